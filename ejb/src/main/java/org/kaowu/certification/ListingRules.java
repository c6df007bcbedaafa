package org.kaowu.certification;

import org.kaowu.registration.IdNumbers;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Contacts;
import org.kaowu.shared.Messages;
import org.kaowu.shared.Texts;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public listing's rules (公示), pure: the period, its phase, an entry's clearance for the certificate gate, the
 * objection form's fields, and what the public sees of a listed person.
 * <p>
 * The period: publication day, then {@code days} whole days; it closes at the midnight (Beijing time) after the last
 * one. The default of {@value #DEFAULT_DAYS} days covers five working days in any ordinary week: provincial exam offices
 * commonly list passers for 5 working days; the national texts ask for a listing (人考中心函〔2019〕26号: "考试成绩合格且公示无异议")
 * without fixing its length, so the number is configuration ({@code -Dkaowu.certification.listingDays}).
 */
public final class ListingRules {

    /** Days of the period after the publication day unless configured. */
    public static final int DEFAULT_DAYS = 7;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 60;
    public static final int MAX_NAME = 50;
    public static final int MAX_GROUNDS = 1000;
    public static final int MAX_REASON = 1000;
    /** Objections one source may lodge within {@link #SOURCE_WINDOW} before it must wait. */
    public static final int SOURCE_LIMIT = 5;
    public static final Duration SOURCE_WINDOW = Duration.ofHours(1);

    private ListingRules() {
    }

    /** The period's end: the midnight after the {@code days}-th day following the day of {@code opens}. */
    public static Instant closes(Instant opens, int days) {
        int d = Math.max(MIN_DAYS, Math.min(MAX_DAYS, days));
        return LocalDate.ofInstant(opens, AuthorityClock.ZONE).plusDays(d + 1L).atStartOfDay(AuthorityClock.ZONE).toInstant();
    }

    /** The last day of a period that ends at {@code closes} (the day before that midnight). */
    public static LocalDate lastDay(Instant closes) {
        return LocalDate.ofInstant(closes.minusNanos(1), AuthorityClock.ZONE);
    }

    public enum Phase { NOT_OPEN, OPEN, CLOSED }

    public static Phase phase(Instant opens, Instant closes, Instant now) {
        if (now.isBefore(opens)) {
            return Phase.NOT_OPEN;
        }
        return now.isBefore(closes) ? Phase.OPEN : Phase.CLOSED;
    }

    /**
     * A period the office sets, as days in Beijing time (the first and the last day, both included): it starts today or
     * later and lasts 1 to {@value #MAX_DAYS} days. Else the message key.
     */
    public static Optional<String> periodProblem(LocalDate first, LocalDate last, LocalDate today) {
        if (first == null || last == null) {
            return Optional.of("listing.period.missing");
        }
        if (first.isBefore(today)) {
            return Optional.of("listing.period.past");
        }
        if (last.isBefore(first)) {
            return Optional.of("listing.period.order");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
            return Optional.of("listing.period.length");
        }
        return Optional.empty();
    }

    /** The instants of such a period: from the start of the first day (now, if that is today) to the midnight after the last. */
    public static Instant[] period(LocalDate first, LocalDate last, Instant now) {
        Instant opens = first.atStartOfDay(AuthorityClock.ZONE).toInstant();
        return new Instant[]{opens.isBefore(now) ? now : opens, last.plusDays(1).atStartOfDay(AuthorityClock.ZONE).toInstant()};
    }

    public enum ObjectionStatus { OPEN, UPHELD, DISMISSED }

    /** An objection as clearance reads it. */
    public record ObjectionState(long id, ObjectionStatus status, String reason) implements Serializable {
    }

    public enum State { CLEARED, PENDING, WITHHELD, NOT_LISTED }

    /** Why PENDING: the period has not begun or still runs, or an objection waits for the office. */
    public enum Pending { NOT_OPEN, PERIOD_RUNNING, OBJECTION_OPEN }

    /**
     * An entry's clearance: {@code pending} with PENDING, {@code reason} with WITHHELD (the upheld objection's),
     * {@code closes} the period's end when listed.
     */
    public record Clearance(State state, Pending pending, String reason, Long objectionId, Instant closes)
            implements Serializable {

        public boolean cleared() {
            return state == State.CLEARED;
        }

        /** In words, in the reader's language. */
        public String explain(Locale locale) {
            return switch (state) {
                case CLEARED -> Messages.text(locale, "listing.clearance.CLEARED", lastDay(closes));
                case NOT_LISTED -> Messages.text(locale, "listing.clearance.NOT_LISTED");
                case WITHHELD -> Messages.text(locale, "listing.clearance.WITHHELD", reason);
                case PENDING -> Messages.text(locale, "listing.clearance.PENDING." + pending.name(), lastDay(closes));
            };
        }
    }

    /**
     * Whether a listed entry is clear for certification at {@code now}: an upheld objection withholds it for good
     * (until the office's decision changes); an unresolved one keeps it pending even after the period; otherwise it is
     * clear once the period is over. {@code closes} null: not listed.
     */
    public static Clearance clearance(Instant opens, Instant closes, List<ObjectionState> objections, Instant now) {
        if (opens == null || closes == null) {
            return new Clearance(State.NOT_LISTED, null, null, null, null);
        }
        for (ObjectionState o : objections) {
            if (o.status() == ObjectionStatus.UPHELD) {
                return new Clearance(State.WITHHELD, null, o.reason(), o.id(), closes);
            }
        }
        for (ObjectionState o : objections) {
            if (o.status() == ObjectionStatus.OPEN) {
                return new Clearance(State.PENDING, Pending.OBJECTION_OPEN, null, o.id(), closes);
            }
        }
        return switch (phase(opens, closes, now)) {
            case NOT_OPEN -> new Clearance(State.PENDING, Pending.NOT_OPEN, null, null, closes);
            case OPEN -> new Clearance(State.PENDING, Pending.PERIOD_RUNNING, null, null, closes);
            case CLOSED -> new Clearance(State.CLEARED, null, null, null, closes);
        };
    }

    /** A refusal of one field of the objection form: the field and the message key. */
    public record FieldProblem(String field, String key) implements Serializable {
    }

    /**
     * The objection form, field by field in the form's order: the objector's name (1 to 50 characters), a contact (a
     * mainland mobile number or an e-mail address, as accounts take them), the grounds (1 to 1,000 characters); no
     * invisible control or format characters anywhere. Answers the first problem, or empty.
     */
    public static Optional<FieldProblem> objectionProblem(String name, String contact, String grounds) {
        String n = strip(name);
        if (n.isEmpty()) {
            return problem("name", "listing.objection.nameRequired");
        }
        if (n.length() > MAX_NAME || Texts.hidden(n) || n.chars().anyMatch(c -> c == '<' || c == '>')) {
            return problem("name", "listing.objection.nameInvalid");
        }
        String c = strip(contact);
        if (c.isEmpty()) {
            return problem("contact", "listing.objection.contactRequired");
        }
        if (!Contacts.isMobile(c) && !Contacts.isEmail(c)) {
            return problem("contact", "listing.objection.contactInvalid");
        }
        String g = strip(grounds);
        if (g.isEmpty()) {
            return problem("grounds", "listing.objection.groundsRequired");
        }
        if (g.length() > MAX_GROUNDS) {
            return problem("grounds", "listing.objection.groundsTooLong");
        }
        if (Texts.hiddenMultiline(g)) {
            return problem("grounds", "listing.objection.groundsInvalid");
        }
        return Optional.empty();
    }

    /** The office's reason for a resolution: 1 to 1,000 characters, no invisible characters. Else the message key. */
    public static Optional<String> reasonProblem(String reason) {
        String r = strip(reason);
        if (r.isEmpty()) {
            return Optional.of("listing.resolution.reasonRequired");
        }
        if (r.length() > MAX_REASON || Texts.hiddenMultiline(r)) {
            return Optional.of("listing.resolution.reasonInvalid");
        }
        return Optional.empty();
    }

    /** What the public sees of a person: the family name and the ID number's first and last four (IdNumbers' masks). */
    public record Masked(String name, String idNumber) implements Serializable {
    }

    public static Masked mask(String realName, String idNumber) {
        return new Masked(IdNumbers.maskName(realName), IdNumbers.mask(idNumber));
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static Optional<FieldProblem> problem(String field, String key) {
        return Optional.of(new FieldProblem(field, key));
    }
}
