package org.kaowu.certification;

import org.kaowu.shared.Localized;
import org.kaowu.shared.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The certificate gate, pure: whether one candidate's certificate for one qualification (catalogue entry, sub-item,
 * level) may be issued now, and, when not, <b>every</b> reason that does not hold, each with a stable {@link Code}, a
 * message key ({@code issuance.reason.CODE}, both bundles) and its arguments.
 * <p>
 * The conditions (issue 14; rules.md §2, §3, §5):
 * <ol>
 * <li>the qualification is in the National Qualification Catalogue (2021 edition) in force: only catalogue entries
 *     may be certified, the rule above all (REFUSE);</li>
 * <li>every subject to pass is passed inside the rolling period ({@link ResultRules.Standing#passedAll()}); else the
 *     missing subjects and the exam year by which (REFUSE: only a later sitting changes it);</li>
 * <li>the post-exam check (告知承诺 事后核查), where the candidate was drawn: OPEN waits; NOT_MET (the score is void,
 *     人社厅发〔2020〕110号), FRAUD (a misconduct case follows) and NOT_COMPLETED_IN_TIME (treated as giving up: no
 *     certificate) refuse;</li>
 * <li>no decision in force voids the sitting the certificate rests on (Order No. 31 Art. 7, 8: all subjects of that
 *     sitting), a subject pass it uses (Art. 6, 11), or declares the certificate or score proof void (Art. 10) on any
 *     sitting of this qualification (REFUSE, naming the case);</li>
 * <li>the public listing (公示): not yet open, the period still running or an objection unresolved wait; an upheld
 *     objection refuses; a passer not listed yet waits for the listing;</li>
 * <li>no integrity record in force bars issuance (see {@link IntegrityFact});</li>
 * <li>no certificate of the same qualification and level is already issued and in force (no duplicates).</li>
 * </ol>
 * The decision is REFUSE when any reason refuses, else WAIT when any waits (the batch retries WAITs on its next run),
 * else ISSUE. The reasons come in the order of the list above.
 */
public final class IssuanceRules {

    private IssuanceRules() {
    }

    /** What the gate decides. */
    public enum Decision { ISSUE, WAIT, REFUSE }

    /** Why a certificate is not issued; {@code waits}: the condition may still come true without a new sitting. */
    public enum Code {
        OFF_CATALOGUE(false),
        STANDING_INCOMPLETE(false),
        CHECK_OPEN(true),
        CHECK_NOT_MET(false),
        CHECK_FRAUD(false),
        CHECK_NOT_COMPLETED_IN_TIME(false),
        SITTING_VOIDED(false),
        SUBJECT_VOIDED(false),
        CERTIFICATE_DECLARED_VOID(false),
        LISTING_NOT_LISTED(true),
        LISTING_NOT_OPEN(true),
        LISTING_PERIOD_RUNNING(true),
        LISTING_OBJECTION_OPEN(true),
        LISTING_WITHHELD(false),
        INTEGRITY_RECORD(false),
        ALREADY_ISSUED(false);

        private final boolean waits;

        Code(boolean waits) {
            this.waits = waits;
        }

        public boolean waits() {
            return waits;
        }

        /** The message key of this reason in the core bundles. */
        public String key() {
            return "issuance.reason." + name();
        }
    }

    /** The post-exam check as the gate reads it (the names of {@code Verifications.PostExamStanding}). */
    public enum Check { NOT_DRAWN, OPEN, CONFIRMED, NOT_MET, FRAUD, NOT_COMPLETED_IN_TIME }

    /**
     * The public listing's clearance as the gate reads it (the public listing's CLEARED, PENDING with its cause,
     * WITHHELD, NOT_LISTED).
     */
    public enum ListingState { CLEARED, NOT_OPEN, PERIOD_RUNNING, OBJECTION_OPEN, WITHHELD, NOT_LISTED }

    /** The listing: its state, the objection it concerns (OBJECTION_OPEN, WITHHELD) and the period's last day. */
    public record Listing(ListingState state, Long objectionId, LocalDate lastDay) implements Serializable {
        public Listing {
            Objects.requireNonNull(state, "state");
        }

        public static Listing cleared(LocalDate lastDay) {
            return new Listing(ListingState.CLEARED, null, lastDay);
        }
    }

    /** What a decision in force voids: the whole sitting, one subject of it, or the certificate (score proof). */
    public enum VoidKind { SITTING, SUBJECT, CERTIFICATE }

    /**
     * A decision in force on one of the candidate's sittings of this qualification: the case, the registration
     * (sitting), what it voids and, for SUBJECT, the subject's name (as the plan writes it).
     */
    public record Voiding(long caseId, long registrationId, VoidKind kind, String subject) implements Serializable {
        public Voiding {
            Objects.requireNonNull(kind, "kind");
            if (kind == VoidKind.SUBJECT && (subject == null || subject.isBlank())) {
                throw new IllegalArgumentException("a subject void names its subject");
            }
        }
    }

    /** The kinds of integrity record (the archive's). */
    public enum RecordKind { FALSE_COMMITMENT, MISCONDUCT }

    /**
     * An integrity record in force on the day of issuance (the archive is consulted at certificate issuance, Order
     * No. 31 Art. 12; rules.md §3): its id, kind, article and case, its last day (null: long-term, Art. 8), and
     * whether its source is a decision on a sitting of <b>this</b> qualification (the case concerns one of the
     * registrations the standing counts, or the one being certified).
     * <p>
     * Which records bar: only those that concern this qualification. Order No. 31 attaches to each breach a sanction
     * on <i>that</i> sitting (a score void, Art. 6–8, 11), on the certificate obtained by it (Art. 10) and a record
     * for a period (Art. 7, 8); it knows no ban on other qualifications (rules.md: there is no lifetime exam ban), and
     * Art. 12 makes the archive something consulted, not a sanction of its own. So a record from another
     * qualification's exam is consulted (listed in {@link Verdict#consulted()}) but does not bar; a record from a
     * decision on this qualification's sittings bars while it is in force, even if the score void it came with was
     * lifted separately, until the appeal that ends the record.
     */
    public record IntegrityFact(long recordId, RecordKind kind, Integer article, Long caseId, LocalDate lastDay,
                                boolean concernsThisQualification) implements Serializable {
        public IntegrityFact {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A certificate already issued to the candidate for the same qualification and level. */
    public record ExistingCertificate(String number, boolean inForce) implements Serializable {
    }

    /**
     * Everything the gate weighs for one candidate and qualification: {@code registrationId} the sitting certified
     * (the latest of the window), {@code qualification} the entry · sub-item · level as one line (for messages),
     * {@code onCatalogue} whether the catalogue check against the edition in force passed, {@code standing} the
     * rolling-period standing, {@code check} the post-exam check, {@code voidings} the decisions in force on the
     * candidate's sittings of this qualification, {@code listing} the public listing's clearance, {@code records} the
     * integrity records in force, {@code existing} certificates of the same qualification and level.
     */
    public record Facts(long registrationId, String qualification, boolean onCatalogue, ResultRules.Standing standing,
                        Check check, List<Voiding> voidings, Listing listing, List<IntegrityFact> records,
                        List<ExistingCertificate> existing) implements Serializable {
        public Facts {
            Objects.requireNonNull(standing, "standing");
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(listing, "listing");
            voidings = List.copyOf(voidings == null ? List.of() : voidings);
            records = List.copyOf(records == null ? List.of() : records);
            existing = List.copyOf(existing == null ? List.of() : existing);
        }
    }

    /** One reason that does not hold: its code and the arguments of its message. */
    public record Reason(Code code, List<Serializable> args) implements Serializable {
        public Reason {
            Objects.requireNonNull(code, "code");
            args = List.copyOf(args);
        }

        public boolean waits() {
            return code.waits();
        }

        public String key() {
            return code.key();
        }

        /** The reason in the reader's language. */
        public String text(Locale locale) {
            return Messages.text(locale, key(), args.toArray());
        }
    }

    /**
     * The gate's answer: the decision, every reason that does not hold (empty for ISSUE), and the integrity records
     * consulted (ids; those that did not bar included), for the audit trail.
     */
    public record Verdict(Decision decision, List<Reason> reasons, List<Long> consulted) implements Serializable {
        public Verdict {
            reasons = List.copyOf(reasons);
            consulted = List.copyOf(consulted);
        }

        public boolean issues() {
            return decision == Decision.ISSUE;
        }

        /** The codes of the reasons, in order. */
        public List<Code> codes() {
            return reasons.stream().map(Reason::code).toList();
        }

        /** Every reason in the reader's language. */
        public List<String> explain(Locale locale) {
            return reasons.stream().map(r -> r.text(locale)).toList();
        }
    }

    /** Weighs every condition; see the class comment. */
    public static Verdict gate(Facts facts) {
        Objects.requireNonNull(facts, "facts");
        List<Reason> reasons = new ArrayList<>();
        if (!facts.onCatalogue()) {
            reasons.add(reason(Code.OFF_CATALOGUE, facts.qualification()));
        }
        standing(facts.standing(), reasons);
        switch (facts.check()) {
            case OPEN -> reasons.add(reason(Code.CHECK_OPEN));
            case NOT_MET -> reasons.add(reason(Code.CHECK_NOT_MET));
            case FRAUD -> reasons.add(reason(Code.CHECK_FRAUD));
            case NOT_COMPLETED_IN_TIME -> reasons.add(reason(Code.CHECK_NOT_COMPLETED_IN_TIME));
            case NOT_DRAWN, CONFIRMED -> {
            }
        }
        voidings(facts, reasons);
        Listing l = facts.listing();
        switch (l.state()) {
            case NOT_LISTED -> reasons.add(reason(Code.LISTING_NOT_LISTED));
            case NOT_OPEN -> reasons.add(reason(Code.LISTING_NOT_OPEN));
            case PERIOD_RUNNING -> reasons.add(reason(Code.LISTING_PERIOD_RUNNING, day(l.lastDay())));
            case OBJECTION_OPEN -> reasons.add(reason(Code.LISTING_OBJECTION_OPEN, id(l.objectionId())));
            case WITHHELD -> reasons.add(reason(Code.LISTING_WITHHELD, id(l.objectionId())));
            case CLEARED -> {
            }
        }
        List<Long> consulted = new ArrayList<>();
        for (IntegrityFact r : facts.records()) {
            consulted.add(r.recordId());
            if (r.concernsThisQualification()) {
                reasons.add(reason(Code.INTEGRITY_RECORD, r.recordId(), id(r.caseId()),
                        r.article() == null ? "—" : r.article().toString(),
                        r.lastDay() == null ? Localized.of("issuance.record.longTerm")
                                : Localized.of("issuance.record.until", r.lastDay().toString())));
            }
        }
        for (ExistingCertificate c : facts.existing()) {
            if (c.inForce()) {
                reasons.add(reason(Code.ALREADY_ISSUED, c.number()));
            }
        }
        Decision d = reasons.isEmpty() ? Decision.ISSUE
                : reasons.stream().allMatch(Reason::waits) ? Decision.WAIT : Decision.REFUSE;
        return new Verdict(d, reasons, consulted);
    }

    private static void standing(ResultRules.Standing s, List<Reason> reasons) {
        if (s.passedAll()) {
            return;
        }
        String missing = String.join("、", s.missing().isEmpty() ? s.required() : s.missing());
        reasons.add(reason(Code.STANDING_INCOMPLETE, missing, s.deadlineYear() == null
                ? Localized.of("issuance.standing.noDeadline")
                : Localized.of("issuance.standing.by", s.deadlineYear().toString())));
    }

    /**
     * The decisions that matter: a SITTING void on the certified sitting or on a sitting whose pass the standing uses;
     * a SUBJECT void on a pass the standing uses; a CERTIFICATE void on any sitting of this qualification. One reason
     * per case and kind.
     */
    private static void voidings(Facts facts, List<Reason> reasons) {
        Set<Long> resting = new LinkedHashSet<>();
        resting.add(facts.registrationId());
        facts.standing().passes().forEach(p -> resting.add(p.registrationId()));
        Set<String> seen = new LinkedHashSet<>();
        for (Voiding v : facts.voidings()) {
            Reason r = switch (v.kind()) {
                case SITTING -> resting.contains(v.registrationId())
                        ? reason(Code.SITTING_VOIDED, v.caseId()) : null;
                case SUBJECT -> facts.standing().passes().stream().anyMatch(p -> p.registrationId() == v.registrationId()
                        && p.subject().equals(v.subject())) ? reason(Code.SUBJECT_VOIDED, v.subject(), v.caseId()) : null;
                case CERTIFICATE -> reason(Code.CERTIFICATE_DECLARED_VOID, v.caseId());
            };
            if (r != null && seen.add(r.code() + "/" + v.caseId() + "/" + v.subject())) {
                reasons.add(r);
            }
        }
    }

    private static Reason reason(Code code, Object... args) {
        List<Serializable> a = new ArrayList<>();
        for (Object o : args) {
            a.add(o instanceof Serializable s ? s : String.valueOf(o));
        }
        return new Reason(code, a);
    }

    private static String id(Long id) {
        return id == null ? "—" : id.toString();
    }

    private static String day(LocalDate d) {
        return d == null ? "—" : d.toString();
    }
}
