package org.kaowu.web.certification;

import org.kaowu.certification.Certificate;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.web.FacesFeedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the certificate pages write days, moments (Beijing time) and a certificate's status in the page's language:
 * 2026-03-01 and 2026-03-01 14:30 in Chinese, 1 Mar 2026 and 1 Mar 2026 14:30 in English (as the office's other
 * pages do).
 */
final class CertificateWords {

    /** The reason the post-exam check's voiding writes when its event carries none (stored, not shown as it is). */
    static final String CHECK_DEFAULT_REASON = "registration voided";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(AuthorityClock.ZONE);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(AuthorityClock.ZONE);

    private CertificateWords() {
    }

    private static boolean english() {
        return "en".equals(FacesFeedback.locale().getLanguage());
    }

    static String day(LocalDate day) {
        return day == null ? "" : (english() ? DAY_EN : DAY).format(day);
    }

    static String moment(Instant at) {
        return at == null ? "" : (english() ? MINUTE_EN : MINUTE).format(at);
    }

    /**
     * The reason of a revocation or a reinstatement as the reader sees it: what a person wrote stays as written
     * (data); the post-exam check's default, stored in English by the service, is said in the page's language.
     */
    static String reason(Certificate.Source source, String reason) {
        if (source == Certificate.Source.CHECK && CHECK_DEFAULT_REASON.equals(reason)) {
            return FacesFeedback.text("certificates.reason.checkVoided");
        }
        return reason == null ? "" : reason;
    }

    /** What changed the status: the office, a misconduct decision, the post-exam check, an appeal. */
    static String source(Certificate.Source source) {
        return source == null ? "" : FacesFeedback.text("certificates.source." + source.name());
    }

    static String status(Certificate.Status status) {
        return status == null ? "" : FacesFeedback.text("certificates.status." + status.name());
    }
}
