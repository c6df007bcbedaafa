package org.kaowu.registration;

import org.kaowu.plan.Timeline;
import org.kaowu.shared.DomainException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a submission makes a registration, answers the one its idempotency key made before, or is refused, and
 * why: a pure function of the exam level, the submission, what was read of the candidate and the moment. The refusals
 * come in the order a candidate meets them (the window, the area, the subjects, the profile, the photo, an earlier
 * registration, eligibility, the exemption, then the commitment's own conditions). No persistence: the caller reads
 * the facts (for many submissions at once) and stores what is made.
 */
public final class RegistrationRules {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:\\-]{8,100}");
    static final int MAX_SUBJECTS = 10;

    private RegistrationRules() {
    }

    /** A registration as submitted, waiting to be decided (alone, or with others at the {@link RegistrationDesk}). */
    public record Submission(long accountId, RegistrationRequest request, String key, String ip, String userAgent)
            implements Serializable {
    }

    /** A submission's exam level as looked up: found, or refused (no such exam, no such level). */
    public sealed interface Lookup permits Found, NotFound {

        /** The exam level, or the refusal thrown. */
        RegistrationTarget target();
    }

    public record Found(RegistrationTarget target) implements Lookup {
    }

    public record NotFound(DomainException refusal) implements Lookup {
        @Override
        public RegistrationTarget target() {
            throw refusal;
        }
    }

    /**
     * What deciding a registration needs to know of the candidate, read under the lock on the profile row: the profile
     * (null if none), whether there is a photo, the registrations that may matter (of the exams asked for, or with the
     * keys given; those made earlier in the same batch are added as they are made) and the integrity records of the
     * profile's identity number (read for the commitment path only).
     */
    public record Candidate(CandidateProfile profile, boolean photo, List<Prior> registrations, List<IntegrityRecord> integrity) {
    }

    /**
     * What deciding needs to know of a registration the candidate already has (read as a projection: the entity is
     * read only to answer a replay), or of one made earlier in the same batch ({@code made}).
     */
    public record Prior(long id, long accountId, long examId, String key, int year, String examCode, boolean holdsPlace,
                        RegistrationStatus status, boolean commitmentWithdrawn, Registration made) {

        /** As the query {@code Registration.priorOfAccounts} projects it. */
        public Prior(long id, long accountId, long examId, String key, int year, String examCode, Boolean holdsPlace,
                     RegistrationStatus status, Instant commitmentWithdrawnAt) {
            this(id, accountId, examId, key, year, examCode, Boolean.TRUE.equals(holdsPlace), status,
                    commitmentWithdrawnAt != null, null);
        }

        public static Prior of(Registration r) {
            return new Prior(r.getId(), r.getAccountId(), r.getExamId(), r.getIdempotencyKey(), r.getPlanYear(), r.getExamCode(), r.holdsPlace(),
                    r.getStatus(), r.getCommitmentWithdrawnAt() != null, r);
        }
    }

    /** What became of a submission. */
    public sealed interface Decision permits Made, Replayed, Refused {
    }

    /** A new registration (not stored yet). */
    public record Made(Registration registration) implements Decision {
    }

    /** The registration this submission's idempotency key made before. */
    public record Replayed(Prior prior) implements Decision {
    }

    public record Refused(DomainException refusal) implements Decision {
    }

    /** Refuses an idempotency key that is not one (before anything is queued). */
    public static void checkKey(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw DomainException.badInput("invalid-registration", "Idempotency-Key", "registration.key");
        }
    }

    /**
     * Decides one submission. A refused retry answers what its key made (even once the window has closed); a key is one
     * request's, so a refusal about the key itself is never answered that way. {@code barYears}: how long a false
     * commitment bars the commitment path (0: for good).
     */
    public static Decision decide(Lookup lookup, Submission s, Candidate c, Instant now, LocalDate today, int barYears) {
        try {
            return make(lookup.target(), s, c, now, today, barYears);
        } catch (DomainException refused) {
            Optional<Prior> replay = s.key() == null || "Idempotency-Key".equals(refused.field()) ? Optional.empty()
                    : c.registrations().stream().filter(r -> s.key().equals(r.key())
                    && r.year() == s.request().year() && r.examCode().equals(s.request().examCode())).findFirst();
            return replay.<Decision>map(Replayed::new).orElseGet(() -> new Refused(refused));
        }
    }

    private static Decision make(RegistrationTarget target, Submission s, Candidate c, Instant now, LocalDate today, int barYears) {
        RegistrationRequest request = s.request();
        long accountId = s.accountId();
        String key = s.key();
        if (request.path() == null) {
            throw DomainException.unprocessable("invalid-registration", "path", "registration.path");
        }
        if (request.major() == null) {
            throw DomainException.unprocessable("invalid-registration", "major", "registration.major");
        }
        String area = request.area() == null ? "" : request.area().strip();
        if (!Areas.ALL.contains(area)) {
            throw DomainException.unprocessable("invalid-registration", "area", "registration.area", String.join("、", Areas.ALL));
        }
        Timeline window = target.timeline(area);
        if (now.isBefore(window.registrationOpens()) || !now.isBefore(window.registrationCloses())) {
            throw DomainException.conflict("registration-closed", "examCode", "registration.closed",
                    org.kaowu.plan.WindowFormat.argument("registrationOpens", window.registrationOpens()),
                    org.kaowu.plan.WindowFormat.argument("registrationCloses", window.registrationCloses()));
        }
        List<String> subjects = subjects(target, request.subjects());
        CandidateProfile profile = c.profile();
        if (profile == null) {
            throw DomainException.conflict("profile-missing", "profile", "profile.first");
        }
        if (profile.getIdentityStatus() == CandidateProfile.IdentityStatus.REJECTED) {
            throw new DomainException("identity-rejected", 403, "idNumber", "registration.identityRejected");
        }
        if (!c.photo()) {
            throw DomainException.conflict("photo-missing", "photo", "registration.photo");
        }
        List<Prior> mine = c.registrations().stream()
                .filter(r -> r.examId() == target.examId() || key != null && key.equals(r.key())).toList();
        Optional<Prior> replay = mine.stream().filter(r -> key != null && key.equals(r.key())).findFirst();
        if (replay.isPresent() && replay.get().examId() != target.examId()) {
            throw DomainException.unprocessable("invalid-registration", "Idempotency-Key", "registration.keyReused");
        }
        if (replay.isPresent()) {
            return new Replayed(replay.get());
        }
        Optional<Prior> existing = mine.stream().filter(r -> r.examId() == target.examId() && r.holdsPlace()).findFirst();
        if (existing.isPresent() && existing.get().status() == RegistrationStatus.VOIDED) {
            throw DomainException.conflict("registration-voided", "examCode", "registration.alreadyVoided",
                    target.code()).with("registration", existing.get().id());
        }
        if (existing.isPresent()) {
            throw DomainException.conflict("already-registered", "examCode", "registration.already",
                    target.code()).with("registration", existing.get().id());
        }
        if (request.path() == RegistrationPath.COMMITMENT
                && mine.stream().anyMatch(r -> r.examId() == target.examId() && r.commitmentWithdrawn())) {
            throw commitmentWithdrawnBefore();
        }
        Eligibility.Facts facts = facts(profile, request, request.year());
        Eligibility.Verdict verdict = Eligibility.judge(target.rules(), facts);
        if (!verdict.eligible()) {
            throw DomainException.unprocessable("not-eligible", "education", "registration.notEligible", verdict.explanation());
        }
        ExemptionRule.Exemption claimed = exemption(target, request, subjects, facts, verdict.rule());
        CommitmentNotice notice = target.notice().claiming(claimed, request.exemptionAlternative());
        boolean disputed = profile.getIdentityStatus() == CandidateProfile.IdentityStatus.DISPUTED;
        if (request.path() == RegistrationPath.COMMITMENT) {
            if (!verdict.ruled()) {
                throw DomainException.unprocessable("commitment-unavailable", "path", "registration.commitment.noRules");
            }
            // A number in dispute is not yet this person's: its records may be the owner's, and are neither used
            // against nor shown to the claimant (only records made on this account count until the office decides).
            if (barred(profile, c.integrity(), accountId, today, barYears)) {
                throw commitmentBarred();
            }
            if (request.noticeSha256() == null || !request.noticeSha256().equalsIgnoreCase(notice.sha256())) {
                throw DomainException.conflict("notice-changed", "noticeSha256", "registration.commitment.notice")
                        .with("noticeSha256", notice.sha256()).with("noticeVersion", notice.version());
            }
        }
        BigDecimal fee = target.levelSubjects().stream().filter(x -> subjects.contains(x.code()))
                .map(x -> x.fee() == null ? BigDecimal.ZERO : x.fee()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Registration registration = new Registration(accountId, target.examId(), request.year(), target.code(),
                target.level(), area, subjects, request.path(), facts, verdict.explanation().zh(), key, disputed, fee, now);
        registration.exempt(claimed == null ? null : claimed.code(), request.exemptionAlternative());
        if (request.path() == RegistrationPath.COMMITMENT) {
            registration.sign(notice, now, s.ip(), s.userAgent());
        }
        return new Made(registration);
    }

    /**
     * Whether the candidate's integrity records close the commitment path on {@code today}: a false commitment for
     * {@code barYears} years (0: for good), serious misconduct in its period. A number in dispute is not yet this
     * person's: only records made on this account count until the office decides.
     */
    public static boolean barred(CandidateProfile profile, List<IntegrityRecord> integrity, long accountId, LocalDate today,
                                 int barYears) {
        boolean disputed = profile != null && profile.getIdentityStatus() == CandidateProfile.IdentityStatus.DISPUTED;
        return integrity.stream()
                .filter(r -> !disputed || r.getAccountId() != null && r.getAccountId() == accountId)
                .anyMatch(r -> r.barsCommitment(today, barYears));
    }

    /** The refusal of a commitment by a candidate {@linkplain #barred barred} from that path. */
    public static DomainException commitmentBarred() {
        return new DomainException("commitment-barred", 403, "path", "registration.commitment.barred");
    }

    /** The refusal of a commitment for an exam whose commitment the candidate withdrew that year. */
    public static DomainException commitmentWithdrawnBefore() {
        return DomainException.conflict("commitment-withdrawn", "path", "registration.commitment.withdrawnBefore");
    }

    /**
     * Years counted to 31 December of the exam year (and from graduation, for the rules that count a full-time
     * graduate's years from then); field years from the jobs the candidate marks as in the field.
     */
    public static Eligibility.Facts facts(CandidateProfile profile, RegistrationRequest request, int year) {
        List<WorkPeriod> work = profile.workPeriods();
        List<WorkPeriod> field = new ArrayList<>();
        for (Integer i : request.fieldWork() == null ? List.<Integer>of() : request.fieldWork()) {
            if (i == null || i < 0 || i >= work.size()) {
                throw DomainException.unprocessable("invalid-registration", "fieldWork", "registration.fieldWork", work.size());
            }
            field.add(work.get(i));
        }
        MajorRelation major = request.major() == null ? MajorRelation.OTHER : request.major();
        return Eligibility.facts(profile.getEducationLevel(), major, profile.getEducationFullTime(),
                profile.getGraduationDate(), work, field, year);
    }

    /**
     * A claimed exemption must be one of the level's; the candidate must have its years of work, unless claiming its
     * alternative condition (which the rule must have); the subjects it waives are not sat: they must not be among the
     * chosen subjects. Answers the exemption claimed, or null.
     */
    private static ExemptionRule.Exemption exemption(RegistrationTarget target, RegistrationRequest request, List<String> subjects,
                                                     Eligibility.Facts facts, Eligibility.Rule met) {
        String claimed = request.exemption();
        if (claimed == null || claimed.isBlank()) {
            if (request.exemptionAlternative()) {
                throw DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.alternativeAlone");
            }
            return null;
        }
        ExemptionRule.Exemption e = target.claimable(claimed, request.exemptionAlternative());
        if (!request.exemptionAlternative() && !e.yearsMet(facts, met)) {
            if (facts.total(met) < e.minTotalYears()) {
                throw DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.years",
                        e.minTotalYears(), Eligibility.years(facts.total(met)));
            }
            throw DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.fieldYears",
                    met == null ? "" : met.field(), e.minFieldYears(), Eligibility.years(facts.field(met)));
        }
        List<String> waived = target.waived(e);
        if (subjects.stream().anyMatch(waived::contains) || subjects.isEmpty()) {
            throw DomainException.unprocessable("invalid-registration", "subjects", "registration.exemption.subjects",
                    String.join("、", e.exemptSubjects()));
        }
        return e;
    }

    private static List<String> subjects(RegistrationTarget target, List<String> asked) {
        List<String> offered = target.levelSubjects().stream().map(org.kaowu.plan.PlanData.SubjectData::code).toList();
        if (asked == null || asked.isEmpty() || asked.size() > MAX_SUBJECTS || new HashSet<>(asked).size() != asked.size()
                || !offered.containsAll(asked)) {
            throw DomainException.unprocessable("invalid-registration", "subjects", "registration.subjects",
                    String.join("、", offered));
        }
        return List.copyOf(asked);
    }
}
