package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.Timeline;
import org.kaowu.plan.TimelineRules;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Candidates register here: inside the exam's registration window (the area's own where it has one), once per exam,
 * eligible by the exam level's rules, by commitment (the notice signed: version, SHA-256, time, address, browser) or
 * by proof. A repeated submission with the same idempotency key answers the registration it made; submissions of
 * one candidate are serialized on the candidate's profile row, so parallel copies make exactly one.
 */
@Stateless
public class Registrations {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:\\-]{8,100}");
    private static final int MAX_SUBJECTS = 10;
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AnnualPlans plans;

    @EJB
    private AuditTrail audit;

    @EJB
    private Verifications verifications;

    /** The registration, and whether it was made before (a replay of the same idempotency key). */
    public record Outcome(Registration registration, boolean replay) {
    }

    /**
     * An exam level as registration sees it: an immutable snapshot of the exam (subjects, windows), the level's
     * rules and the notice generated for it. Cached per node while the exam and its plan keep their versions.
     */
    public record Target(long examId, int year, String code, String catalogueName, List<String> levels, String level,
                         List<PlanData.SubjectData> subjects, Timeline national, Map<String, Timeline> areas,
                         List<Eligibility.Rule> rules, List<ExemptionRule.Exemption> exemptions, CommitmentNotice notice)
            implements java.io.Serializable {
        /** The area's own windows where it has them, else the national ones. */
        public Timeline timeline(String area) {
            return areas.getOrDefault(area, national);
        }
    }

    /** A cached target and the versions it was built from. */
    private record Cached(long examVersion, long planVersion, Target target) {
    }

    private static final java.util.concurrent.ConcurrentMap<String, Cached> TARGETS = new java.util.concurrent.ConcurrentHashMap<>();

    public List<Registration> of(long accountId) {
        return em.createNamedQuery("Registration.ofAccount", Registration.class).setParameter("account", accountId)
                .getResultList();
    }

    /** The published exam and level, their rules, and the commitment notice generated for them. */
    public Target target(int year, String examCode, String level) {
        String lv = level == null || level.isBlank() ? null : level.strip();
        Object[] versions = em.createQuery("select e.id, e.version, p.version from Exam e join e.plan p where p.year = :year"
                        + " and e.code = :code and p.status = org.kaowu.plan.PlanStatus.PUBLISHED", Object[].class)
                .setParameter("year", year).setParameter("code", examCode == null ? "" : examCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("no-such-exam", 404, "examCode", "plan.noSuchExam"));
        String key = versions[0] + "|" + lv;
        Cached cached = TARGETS.get(key);
        if (cached != null && cached.examVersion() == (Long) versions[1] && cached.planVersion() == (Long) versions[2]) {
            return cached.target();
        }
        Exam exam = em.find(Exam.class, versions[0]);
        AnnualPlan plan = exam.getPlan();
        if (exam.getLevels().isEmpty() ? lv != null : !exam.getLevels().contains(lv)) {
            throw DomainException.unprocessable("invalid-registration", "level", "registration.level",
                    exam.getLevels().isEmpty() ? "—" : String.join("、", exam.getLevels()));
        }
        List<Eligibility.Rule> rules = em.createNamedQuery("EligibilityRule.of", EligibilityRule.class)
                .setParameter("code", exam.getCatalogueCode()).setParameter("level", lv == null ? "" : lv)
                .getResultStream().map(EligibilityRule::rule).toList();
        List<ExemptionRule.Exemption> exemptions = em.createNamedQuery("ExemptionRule.of", ExemptionRule.class)
                .setParameter("code", exam.getCatalogueCode()).setParameter("level", lv == null ? "" : lv)
                .getResultStream().map(ExemptionRule::exemption).toList();
        CommitmentNotice notice = CommitmentNotice.of(year, exam.getCatalogueName(), lv, plan.getAuthority(), rules);
        Target target = new Target(exam.getId(), year, exam.getCode(), exam.getCatalogueName(), List.copyOf(exam.getLevels()), lv,
                List.copyOf(exam.subjectData()), exam.timeline(), Map.copyOf(exam.areaTimelines()), rules, exemptions, notice);
        if (TARGETS.size() > 1000) {
            TARGETS.clear();
        }
        TARGETS.put(key, new Cached((Long) versions[1], (Long) versions[2], target));
        return target;
    }

    /** Published exams whose registration is open now, nationally or in some area, with subjects loaded. */
    public List<Exam> openExams() {
        Instant now = clock.now();
        return em.createNamedQuery("Exam.findPublished", Exam.class).getResultStream().filter(e -> {
            List<Timeline> windows = new ArrayList<>(e.areaTimelines().values());
            windows.add(e.timeline());
            return windows.stream().anyMatch(t -> !now.isBefore(t.registrationOpens()) && now.isBefore(t.registrationCloses()));
        }).peek(e -> {
            e.subjectData();
            e.getPlan().getYear();
        }).toList();
    }

    /** Every published (or archived) exam, newest plan first, with its plan loaded. */
    public List<Exam> publishedExams() {
        List<Exam> exams = new ArrayList<>(em.createQuery("select e from Exam e join fetch e.plan where e.plan.status <> "
                + "org.kaowu.plan.PlanStatus.DRAFT order by e.plan.year desc, e.position", Exam.class).getResultList());
        return exams;
    }

    /** A published exam by year and code. */
    public Exam exam(int year, String examCode) {
        AnnualPlan plan = plans.find(year).filter(p -> p.getStatus() != PlanStatus.DRAFT)
                .orElseThrow(() -> new DomainException("no-such-exam", 404, "examCode", "plan.noSuchExam"));
        Exam exam = plan.getExams().stream().filter(e -> e.getCode().equals(examCode)).findFirst()
                .orElseThrow(() -> new DomainException("no-such-exam", 404, "examCode", "plan.noSuchExam"));
        loaded(exam);
        return exam;
    }

    /** Subjects, sessions and windows loaded, for use outside the transaction. */
    private static void loaded(Exam exam) {
        exam.subjectData();
        exam.sessionData();
        exam.areaTimelines();
    }

    /** The verdict on these facts for this exam level, without storing anything. */
    public Eligibility.Verdict judge(long accountId, RegistrationRequest request) {
        CandidateProfile profile = profile(accountId);
        Target target = target(request.year(), request.examCode(), request.level());
        return Eligibility.judge(target.rules(), facts(profile, request, request.year()));
    }

    /** A registration as submitted, waiting to be decided (alone, or with others at the {@link RegistrationDesk}). */
    public record Submission(long accountId, RegistrationRequest request, String key, String ip, String userAgent)
            implements java.io.Serializable {
    }

    /** What became of a submission: the registration (made now or before), or the refusal. */
    public record Result(Outcome outcome, DomainException refusal) implements java.io.Serializable {

        /** The registration, or the refusal thrown. */
        public Outcome answer() {
            if (refusal != null) {
                throw refusal;
            }
            return outcome;
        }
    }

    /** What deciding a registration needs to know of the candidate, read under the lock on the profile row. */
    private record Candidate(CandidateProfile profile, boolean photo, List<Prior> registrations) {
    }

    /**
     * What deciding needs to know of a registration the candidate already has (read as a projection: the entity is
     * read only to answer a replay), or of one made earlier in the same batch ({@code made}).
     */
    private record Prior(long id, long examId, String key, int year, String examCode, boolean holdsPlace,
                         RegistrationStatus status, boolean commitmentWithdrawn, Registration made) {

        static Prior of(Registration r) {
            return new Prior(r.getId(), r.getExamId(), r.getIdempotencyKey(), r.getPlanYear(), r.getExamCode(), r.holdsPlace(),
                    r.getStatus(), r.getCommitmentWithdrawnAt() != null, r);
        }
    }

    /** The registration a prior stands for. */
    private Registration registration(Prior p) {
        return p.made() != null ? p.made() : em.find(Registration.class, p.id());
    }

    /** Refuses an idempotency key that is not one (before anything is queued). */
    static void checkKey(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw DomainException.badInput("invalid-registration", "Idempotency-Key", "registration.key");
        }
    }

    /** Decides one submission in its own transaction: the registration, or the refusal thrown. */
    public Outcome register(long accountId, RegistrationRequest request, String key, String ip, String userAgent) {
        checkKey(key);
        return decideAll(List.of(new Submission(accountId, request, key, ip, userAgent))).get(0).answer();
    }

    /**
     * Decides submissions together, in one transaction: the candidates' profile rows are locked at once (in account
     * order, so batches never deadlock), and what each decision needs is read with one query per kind for all of them;
     * then each is decided in turn, exactly as it would be alone (a later submission of the same candidate sees the
     * earlier one's registration), and the new rows are written in one batch. A refusal is that submission's result
     * and does not affect the others.
     */
    public List<Result> decideAll(List<Submission> batch) {
        Instant now = clock.now();
        Map<String, Object> targets = new java.util.HashMap<>();
        java.util.TreeSet<Long> accounts = new java.util.TreeSet<>();
        // Never empty (an empty IN list is not SQL): no exam has id -1, no key is "".
        Set<Long> exams = new HashSet<>(Set.of(-1L));
        Set<String> keys = new HashSet<>(Set.of(""));
        for (Submission s : batch) {
            accounts.add(s.accountId());
            if (s.key() != null) {
                keys.add(s.key());
            }
            Object t = targets.computeIfAbsent(targetKey(s.request()), k -> {
                try {
                    return target(s.request().year(), s.request().examCode(), s.request().level());
                } catch (DomainException refused) {
                    return refused;
                }
            });
            if (t instanceof Target target) {
                exams.add(target.examId());
            }
        }
        // One candidate's submissions queue here: whatever runs next sees what ran before.
        Map<Long, CandidateProfile> profiles = new java.util.HashMap<>();
        // What is read to decide is not changed by deciding: read-only, so the commit has nothing to compare.
        em.createNamedQuery("CandidateProfile.ofAccounts", CandidateProfile.class).setParameter("accounts", accounts)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(READ_ONLY, true).getResultList().forEach(p -> profiles.put(p.getAccountId(), p));
        Set<Long> photos = new HashSet<>(em.createQuery("select p.accountId from CandidatePhoto p where p.accountId in :accounts", Long.class)
                .setParameter("accounts", accounts).getResultList());
        Map<Long, List<Prior>> existing = new java.util.HashMap<>();
        for (Object[] r : em.createNamedQuery("Registration.priorOfAccounts", Object[].class).setParameter("accounts", accounts)
                .setParameter("exams", exams).setParameter("keys", keys).getResultList()) {
            existing.computeIfAbsent((Long) r[1], a -> new ArrayList<>()).add(new Prior((Long) r[0], (Long) r[2], (String) r[3],
                    (Integer) r[4], (String) r[5], Boolean.TRUE.equals(r[6]), (RegistrationStatus) r[7], r[8] != null, null));
        }
        Map<Long, Candidate> candidates = new java.util.HashMap<>();
        for (long account : accounts) {
            candidates.put(account, new Candidate(profiles.get(account), photos.contains(account),
                    existing.computeIfAbsent(account, a -> new ArrayList<>())));
        }
        Map<String, List<IntegrityRecord>> integrity = integrity(batch, profiles);
        List<Result> results = new ArrayList<>(batch.size());
        for (Submission s : batch) {
            Candidate c = candidates.get(s.accountId());
            try {
                Object t = targets.get(targetKey(s.request()));
                if (t instanceof DomainException refused) {
                    throw refused;
                }
                results.add(new Result(decide(s, (Target) t, c, integrity, now), null));
            } catch (DomainException refused) {
                // A retry answers what the first attempt made, even once the window has closed; a key is one request's.
                Optional<Prior> replay = s.key() == null || "Idempotency-Key".equals(refused.field()) ? Optional.empty()
                        : c.registrations().stream().filter(r -> s.key().equals(r.key())
                        && r.year() == s.request().year() && r.examCode().equals(s.request().examCode())).findFirst();
                results.add(replay.map(r -> new Result(new Outcome(registration(r), true), null)).orElseGet(() -> new Result(null, refused)));
            }
        }
        for (Result r : results) {
            if (r.outcome() != null && !r.outcome().replay() && r.outcome().registration().getPath() == RegistrationPath.COMMITMENT
                    && r.outcome().registration().getExemption() != null) {
                verifications.exemptionClaimed(r.outcome().registration(), now);
            }
        }
        em.flush();
        return results;
    }

    private static String targetKey(RegistrationRequest r) {
        return r.year() + "|" + r.examCode() + "|" + r.level();
    }

    /** The integrity records of the candidates choosing the commitment path, by identity number (one query). */
    private Map<String, List<IntegrityRecord>> integrity(List<Submission> batch, Map<Long, CandidateProfile> profiles) {
        Set<String> numbers = new HashSet<>();
        for (Submission s : batch) {
            CandidateProfile p = profiles.get(s.accountId());
            if (s.request().path() == RegistrationPath.COMMITMENT && p != null) {
                numbers.add(p.getIdNumber());
            }
        }
        Map<String, List<IntegrityRecord>> records = new java.util.HashMap<>();
        if (!numbers.isEmpty()) {
            em.createNamedQuery("IntegrityRecord.ofPeople", IntegrityRecord.class).setParameter("numbers", numbers)
                    .setHint(READ_ONLY, true).getResultList().forEach(r -> records.computeIfAbsent(r.getIdNumber(), n -> new ArrayList<>()).add(r));
        }
        return records;
    }

    /** Decides one submission on what was read for it; a registration made is persisted and added to the candidate's. */
    private Outcome decide(Submission s, Target target, Candidate c, Map<String, List<IntegrityRecord>> integrity, Instant now) {
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
                    TimelineRules.shown(window.registrationOpens()), TimelineRules.shown(window.registrationCloses()));
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
            return new Outcome(registration(replay.get()), true);
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
            throw DomainException.conflict("commitment-withdrawn", "path", "registration.commitment.withdrawnBefore");
        }
        Eligibility.Facts facts = facts(profile, request, request.year());
        Eligibility.Verdict verdict = Eligibility.judge(target.rules(), facts);
        if (!verdict.eligible()) {
            throw DomainException.unprocessable("not-eligible", "education", "registration.notEligible", verdict.explanation());
        }
        ExemptionRule.Exemption claimed = exemption(target, request, subjects, facts, verdict.rule());
        CommitmentNotice notice = target.notice().claiming(claimed, request.exemptionAlternative());
        if (request.path() == RegistrationPath.COMMITMENT) {
            if (!verdict.ruled()) {
                throw DomainException.unprocessable("commitment-unavailable", "path", "registration.commitment.noRules");
            }
            LocalDate today = clock.today();
            // A number in dispute is not yet this person's: its records may be the owner's, and are neither used
            // against nor shown to the claimant (only records made on this account count until the office decides).
            boolean disputed = profile.getIdentityStatus() == CandidateProfile.IdentityStatus.DISPUTED;
            boolean barred = integrity.getOrDefault(profile.getIdNumber(), List.of()).stream()
                    .filter(r -> !disputed || r.getAccountId() != null && r.getAccountId() == accountId)
                    .anyMatch(r -> r.barsCommitment(today, Verifications.commitmentBarYears()));
            if (barred) {
                throw new DomainException("commitment-barred", 403, "path", "registration.commitment.barred");
            }
            if (request.noticeSha256() == null || !request.noticeSha256().equalsIgnoreCase(notice.sha256())) {
                throw DomainException.conflict("notice-changed", "noticeSha256", "registration.commitment.notice")
                        .with("noticeSha256", notice.sha256()).with("noticeVersion", notice.version());
            }
        }
        BigDecimal fee = target.subjects().stream()
                .filter(x -> java.util.Objects.equals(x.level(), target.level()) && subjects.contains(x.code()))
                .map(x -> x.fee() == null ? BigDecimal.ZERO : x.fee()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Registration registration = new Registration(accountId, target.examId(), request.year(), target.code(),
                target.level(), area, subjects, request.path(), facts, verdict.explanation().zh(), key,
                profile.getIdentityStatus() == CandidateProfile.IdentityStatus.DISPUTED, fee, now);
        registration.exempt(claimed == null ? null : claimed.code(), request.exemptionAlternative());
        if (request.path() == RegistrationPath.COMMITMENT) {
            registration.sign(notice, now, s.ip(), s.userAgent());
        }
        // The row is the record of the candidate's own act (who, when, from where, which notice): no separate audit.
        em.persist(registration);
        c.registrations().add(Prior.of(registration));
        return new Outcome(registration, false);
    }

    /** One of the candidate's own registrations (another's is as good as absent). */
    public Registration own(long accountId, long id) {
        Registration r = em.find(Registration.class, id);
        if (r == null || r.getAccountId() != accountId) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        return r;
    }

    /**
     * Withdraws the commitment: allowed before payment and before the withdrawal deadline (the area's own where it
     * has one). The registration moves to proof; the commitment path stays closed for this exam this year.
     */
    public Registration withdrawCommitment(long accountId, long id, String actor) {
        Registration r = em.find(Registration.class, own(accountId, id).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (r.getPath() != RegistrationPath.COMMITMENT || r.getStatus() != RegistrationStatus.ACCEPTED) {
            throw DomainException.conflict("withdrawal-refused", "path", "registration.withdraw.notCommitment");
        }
        if (r.getPayment() == Payment.PAID && r.getFee().signum() > 0) {
            throw DomainException.conflict("withdrawal-refused", "payment", "registration.withdraw.paid");
        }
        Exam exam = em.find(Exam.class, r.getExamId());
        Timeline window = exam.timeline(r.getArea());
        Instant now = clock.now();
        if (!now.isBefore(window.withdrawalDeadline()) || !now.isBefore(window.registrationCloses())) {
            throw DomainException.conflict("withdrawal-refused", "path", "registration.withdraw.late",
                    TimelineRules.shown(window.withdrawalDeadline()));
        }
        r.withdrawCommitment(now);
        audit.record(actor, "registration.withdrawCommitment", "Registration", Long.toString(id), null, "now PROOF");
        return r;
    }

    /** The candidate adds a proof document (PDF or JPEG, at most 2 MB) to a proof registration under review. */
    public RegistrationDocument addDocument(long accountId, long id, String fileName, byte[] content, String actor) {
        Registration r = own(accountId, id);
        if (r.getPath() != RegistrationPath.PROOF || !(r.getStatus() == RegistrationStatus.PENDING_REVIEW
                || r.getStatus() == RegistrationStatus.MORE_REQUESTED)) {
            throw DomainException.conflict("documents-closed", "document", "registration.document.closed");
        }
        String type = RegistrationDocument.type(content);
        if (content == null || content.length == 0 || content.length > RegistrationDocument.MAX_BYTES || type == null) {
            throw DomainException.unprocessable("invalid-document", "document", "registration.document.invalid",
                    RegistrationDocument.MAX_BYTES / 1024 / 1024);
        }
        long count = em.createNamedQuery("RegistrationDocument.count", Long.class).setParameter("registration", id).getSingleResult();
        if (count >= RegistrationDocument.MAX_PER_REGISTRATION) {
            throw DomainException.conflict("documents-closed", "document", "registration.document.tooMany",
                    RegistrationDocument.MAX_PER_REGISTRATION);
        }
        // Checked by its structure, not its first bytes; a JPEG is stored as written again (no EXIF, no tail).
        DocumentRules.Checked checked;
        try {
            checked = DocumentRules.check(content);
        } catch (UploadRefused refused) {
            if (refused.key().equals("upload.busy")) {
                throw new DomainException("busy", 503, "document", refused.key());
            }
            throw DomainException.unprocessable("invalid-document", "document", refused.key(), refused.args());
        }
        type = checked.contentType();
        byte[] stored = checked.content();
        Instant now = clock.now();
        RegistrationDocument d = new RegistrationDocument(id, RegistrationDocument.safeName(fileName, type), type, stored,
                CommitmentNotice.sha256Of(stored), now);
        em.persist(d);
        r.resubmitted(now);
        audit.record(actor, "registration.document", "Registration", Long.toString(id), null, type + " " + stored.length + " bytes");
        return d;
    }

    /** A document's description, without its bytes. */
    public record DocumentInfo(Long id, String fileName, String contentType, int size, Instant uploadedAt) {
    }

    public List<DocumentInfo> documentInfo(long registrationId) {
        return em.createQuery("select new org.kaowu.registration.Registrations$DocumentInfo(d.id, d.fileName, d.contentType,"
                        + " d.size, d.uploadedAt) from RegistrationDocument d where d.registrationId = :registration"
                        + " order by d.uploadedAt", DocumentInfo.class)
                .setParameter("registration", registrationId).getResultList();
    }

    /** One document of a registration, or a 404-style refusal. */
    public RegistrationDocument document(long registrationId, long documentId) {
        RegistrationDocument d = em.find(RegistrationDocument.class, documentId);
        if (d == null || d.getRegistrationId() != registrationId) {
            throw new DomainException("no-such-registration", 404, "doc", "registration.none");
        }
        return d;
    }

    private CandidateProfile profile(long accountId) {
        CandidateProfile profile = em.find(CandidateProfile.class, accountId);
        if (profile == null) {
            throw DomainException.conflict("profile-missing", "profile", "profile.first");
        }
        return profile;
    }

    /**
     * Years counted to 31 December of the exam year (and from graduation, for the rules that count a full-time
     * graduate's years from then); field years from the jobs the candidate marks as in the field.
     */
    static Eligibility.Facts facts(CandidateProfile profile, RegistrationRequest request, int year) {
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
     * alternative condition (which the rule must have); the subjects it waives are not sat: their names must not be
     * among the chosen subjects. Answers the exemption claimed, or null.
     */
    private static ExemptionRule.Exemption exemption(Target target, RegistrationRequest request, List<String> subjects,
                                                     Eligibility.Facts facts, Eligibility.Rule met) {
        String claimed = request.exemption();
        if (claimed == null || claimed.isBlank()) {
            if (request.exemptionAlternative()) {
                throw DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.alternativeAlone");
            }
            return null;
        }
        ExemptionRule.Exemption e = rule(target, claimed, request.exemptionAlternative());
        if (!request.exemptionAlternative() && !e.yearsMet(facts, met)) {
            if (facts.total(met) < e.minTotalYears()) {
                throw DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.years",
                        e.minTotalYears(), Eligibility.years(facts.total(met)));
            }
            throw DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.fieldYears",
                    met == null ? "" : met.field(), e.minFieldYears(), Eligibility.years(facts.field(met)));
        }
        List<String> waived = target.subjects().stream().filter(s -> java.util.Objects.equals(s.level(), target.level())
                && e.exemptSubjects().contains(s.name())).map(PlanData.SubjectData::code).toList();
        if (subjects.stream().anyMatch(waived::contains) || subjects.isEmpty()) {
            throw DomainException.unprocessable("invalid-registration", "subjects", "registration.exemption.subjects",
                    String.join("、", e.exemptSubjects()));
        }
        return e;
    }

    /** The notice to sign for this exam level and the exemption claimed (none: the level's own notice). */
    public CommitmentNotice notice(Target target, String exemption, boolean alternative) {
        if (exemption == null || exemption.isBlank()) {
            return target.notice();
        }
        return target.notice().claiming(rule(target, exemption, alternative), alternative);
    }

    /** The level's exemption of this code, which must have an alternative condition if that is claimed. */
    private static ExemptionRule.Exemption rule(Target target, String code, boolean alternative) {
        ExemptionRule.Exemption e = target.exemptions().stream().filter(x -> x.code().equals(code.strip())).findFirst()
                .orElseThrow(() -> DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.unknown",
                        target.exemptions().isEmpty() ? "—" : String.join("、", target.exemptions().stream().map(ExemptionRule.Exemption::code).toList())));
        if (alternative && !e.hasAlternative()) {
            throw DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.noAlternative", e.code());
        }
        return e;
    }

    private static List<String> subjects(Target target, List<String> asked) {
        List<String> offered = target.subjects().stream().filter(s -> java.util.Objects.equals(s.level(), target.level()))
                .map(PlanData.SubjectData::code).toList();
        if (asked == null || asked.isEmpty() || asked.size() > MAX_SUBJECTS || new HashSet<>(asked).size() != asked.size()
                || !offered.containsAll(asked)) {
            throw DomainException.unprocessable("invalid-registration", "subjects", "registration.subjects",
                    String.join("、", offered));
        }
        return List.copyOf(asked);
    }
}
