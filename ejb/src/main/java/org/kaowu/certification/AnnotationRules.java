package org.kaowu.certification;

import org.kaowu.shared.DomainException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The annotation (加注) of an electronic certificate, pure: the validity period set on it for its use, and its
 * renewal.
 * <p>
 * Source ({@link #SOURCE}): 人社厅发〔2021〕97号 (关于推行专业技术人员职业资格电子证书的通知) as quoted by the exam
 * authorities: electronic certificates made after 2021-12-17 must be annotated and are downloaded and used within the
 * validity period the annotation sets; past it, the holder annotates again. The figures are those of the national
 * certificate system's notice on downloading (中国人事考试网《电子证书下载》, quoted by secondary sites; the notice of
 * 97号 itself was not found): at most 90 days per annotation, and at most 3 annotations in force for one certificate
 * within 90 days counted back from the day of the request. Every figure is a {@link Policy} setting.
 * <p>
 * The rules: the first annotation starts on the later of the approval date and the day of issue; the holder asks for
 * up to {@link Policy#maxDays()} days (default {@link Policy#days()}). A renewal is possible once the annotation has
 * lapsed or within {@link Policy#renewWithinDays()} days before its last day; it runs from the later of today and the
 * day after the old last day (so no day is lost and none is covered twice); it is refused for a revoked certificate,
 * and when {@link Policy#maxPerWindow()} annotations were already made in the last {@link Policy#windowDays()} days.
 * Periods are whole days, both ends included.
 */
public final class AnnotationRules {

    /** Where the rules come from (the policy row carries it; an office may set its own). */
    public static final String SOURCE = "人社厅发〔2021〕97号《关于推行专业技术人员职业资格电子证书的通知》（2021年12月17日后制发的"
            + "电子证书须经加注并在加注设定的有效期内下载和使用，超过有效期须重新加注）；期限与次数见中国人事考试网《电子证书下载》"
            + "说明（每次加注最长90天；自申请当日起向前计算90日内同一证书至多3次有效加注），二手资料";

    /** Problem types. */
    public static final String REVOKED = "certificate-revoked";
    public static final String NOT_DUE = "annotation-not-due";
    public static final String LIMIT = "annotation-limit";
    public static final String INVALID_DAYS = "invalid-annotation-days";

    private AnnotationRules() {
    }

    /**
     * The settings: the period given unless the holder asks for less ({@code days}), the longest period
     * ({@code maxDays}), how many days before the last day a renewal opens ({@code renewWithinDays}), at most
     * {@code maxPerWindow} annotations in any {@code windowDays} days, and the source.
     */
    public record Policy(int days, int maxDays, int renewWithinDays, int maxPerWindow, int windowDays, String source)
            implements Serializable {
        public Policy {
            if (maxDays < 1 || days < 1 || days > maxDays) {
                throw new IllegalArgumentException("days must be from 1 to maxDays (" + maxDays + "), was " + days);
            }
            if (renewWithinDays < 0 || renewWithinDays >= maxDays) {
                throw new IllegalArgumentException("renewWithinDays must be from 0 to maxDays - 1, was "
                        + renewWithinDays);
            }
            if (maxPerWindow < 1 || windowDays < 1) {
                throw new IllegalArgumentException("maxPerWindow and windowDays must be at least 1");
            }
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("a policy cites its source");
            }
        }

        /** 90 days, at most 90, renewable 15 days before the end, at most 3 in 90 days ({@link #SOURCE}). */
        public static Policy standard() {
            return new Policy(90, 90, 15, 3, 90, SOURCE);
        }
    }

    /** One annotation: its first and last day (both included). */
    public record Annotation(LocalDate from, LocalDate until) implements Serializable {
        public Annotation {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (until.isBefore(from)) {
                throw new IllegalArgumentException("until must not be before from");
            }
        }

        /** Whether the certificate may be downloaded and used on {@code day} under this annotation. */
        public boolean inForce(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }

        public boolean lapsed(LocalDate day) {
            return day.isAfter(until);
        }

        public long days() {
            return ChronoUnit.DAYS.between(from, until) + 1;
        }
    }

    /**
     * The annotation given at issue on {@code issuedOn}: from the later of the approval date and the day of issue, for
     * {@code requestedDays} (null: the policy's days).
     *
     * @throws DomainException ({@value #INVALID_DAYS}, 400, field days) when the days asked for are not 1 … maxDays
     */
    public static Annotation first(LocalDate approvalDate, LocalDate issuedOn, Integer requestedDays, Policy policy) {
        LocalDate from = approvalDate.isAfter(issuedOn) ? approvalDate : issuedOn;
        return span(from, requestedDays, policy);
    }

    /** The first day a renewal of {@code current} may be asked for. */
    public static LocalDate renewableFrom(Annotation current, Policy policy) {
        return current.until().minusDays(policy.renewWithinDays());
    }

    /**
     * Renews the annotation of a certificate on {@code today}.
     *
     * @param current the annotation in place (the latest)
     * @param revoked whether the certificate is revoked
     * @param madeOn  the days on which the certificate's annotations were made (any order; the first one included)
     * @throws DomainException {@value #REVOKED} (409) for a revoked certificate; {@value #NOT_DUE} (422, with the first
     *                         day a renewal is possible) while the annotation runs beyond the renewal window;
     *                         {@value #LIMIT} (422, with the day the oldest counted annotation leaves the window) when
     *                         the policy's count in its window is reached; {@value #INVALID_DAYS} (400) for days
     *                         outside 1 … maxDays
     */
    public static Annotation renew(Annotation current, boolean revoked, List<LocalDate> madeOn, LocalDate today,
                                   Integer requestedDays, Policy policy) {
        Objects.requireNonNull(current, "current");
        if (revoked) {
            throw DomainException.conflict(REVOKED, null, "annotation.revoked");
        }
        LocalDate opens = renewableFrom(current, policy);
        if (today.isBefore(opens)) {
            throw DomainException.unprocessable(NOT_DUE, null, "annotation.notDue", current.until().toString(),
                    opens.toString(), policy.renewWithinDays());
        }
        LocalDate windowStart = today.minusDays(policy.windowDays() - 1L);
        List<LocalDate> counted = madeOn.stream().filter(d -> !d.isBefore(windowStart) && !d.isAfter(today))
                .sorted().toList();
        if (counted.size() >= policy.maxPerWindow()) {
            LocalDate again = counted.get(counted.size() - policy.maxPerWindow()).plusDays(policy.windowDays());
            throw DomainException.unprocessable(LIMIT, null, "annotation.limit", policy.maxPerWindow(),
                    policy.windowDays(), again.toString());
        }
        LocalDate next = current.until().plusDays(1);
        return span(today.isAfter(next) ? today : next, requestedDays, policy);
    }

    private static Annotation span(LocalDate from, Integer requestedDays, Policy policy) {
        int days = requestedDays == null ? policy.days() : requestedDays;
        if (days < 1 || days > policy.maxDays()) {
            throw DomainException.badInput(INVALID_DAYS, "days", "annotation.days", policy.maxDays());
        }
        return new Annotation(from, from.plusDays(days - 1L));
    }
}
