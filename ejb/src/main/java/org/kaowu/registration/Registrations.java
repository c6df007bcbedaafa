package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.Timeline;
import org.kaowu.registration.RegistrationRules.Candidate;
import org.kaowu.registration.RegistrationRules.Decision;
import org.kaowu.registration.RegistrationRules.Prior;
import org.kaowu.registration.RegistrationRules.Submission;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Candidates register here: inside the exam's registration window (the area's own where it has one), once per exam,
 * eligible by the exam level's rules, by commitment (the notice signed: version, SHA-256, time, address, browser) or
 * by proof. This bean reads what deciding needs and stores what is decided; the decision is
 * {@link RegistrationRules}'; exam levels are cached per node by {@link RegistrationTargets}. A repeated submission
 * with the same idempotency key answers the registration it made; submissions of one candidate are serialized on the
 * candidate's profile row, so parallel copies make exactly one.
 */
@Stateless
public class Registrations {

    private static final String READ_ONLY = "org.hibernate.readOnly";

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AnnualPlans plans;

    @EJB
    private RegistrationTargets targets;

    @EJB
    private RegistrationDocuments documents;

    @EJB
    private Verifications verifications;

    /** The registration, and whether it was made before (a replay of the same idempotency key). */
    public record Outcome(Registration registration, boolean replay) {
    }

    /** What became of a submission: the registration (made now or before), or the refusal. */
    public record Result(Outcome outcome, DomainException refusal) implements Serializable {

        /** The registration, or the refusal thrown. */
        public Outcome answer() {
            if (refusal != null) {
                throw refusal;
            }
            return outcome;
        }
    }

    public List<Registration> of(long accountId) {
        return em.createNamedQuery("Registration.findByAccount", Registration.class).setParameter("account", accountId)
                .getResultList();
    }

    /** The published exam and level, their rules, and the commitment notice generated for them. */
    public RegistrationTarget target(int year, String examCode, String level) {
        String lv = level == null || level.isBlank() ? null : level.strip();
        // Read every time, so that an exam or plan changed on another node is built again here.
        RegistrationTargets.Versions versions = em.createQuery("select new org.kaowu.registration.RegistrationTargets$Versions("
                        + "e.id, e.version, p.version) from Exam e join e.plan p where p.year = :year and e.code = :code"
                        + " and p.status = org.kaowu.plan.PlanStatus.PUBLISHED", RegistrationTargets.Versions.class)
                .setParameter("year", year).setParameter("code", examCode == null ? "" : examCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("no-such-exam", 404, "examCode", "plan.noSuchExam"));
        return targets.target(versions, lv, () -> load(em.find(Exam.class, versions.examId()), lv));
    }

    private RegistrationTarget load(Exam exam, String lv) {
        AnnualPlan plan = exam.getPlan();
        if (exam.getLevels().isEmpty() ? lv != null : !exam.getLevels().contains(lv)) {
            throw DomainException.unprocessable("invalid-registration", "level", "registration.level",
                    exam.getLevels().isEmpty() ? "—" : String.join("、", exam.getLevels()));
        }
        List<Eligibility.Rule> rules = em.createNamedQuery("EligibilityRule.findByCatalogueCodeAndLevel", EligibilityRule.class)
                .setParameter("code", exam.getCatalogueCode()).setParameter("level", lv == null ? "" : lv)
                .getResultStream().map(EligibilityRule::rule).toList();
        List<ExemptionRule.Exemption> exemptions = em.createNamedQuery("ExemptionRule.findByCatalogueCodeAndLevel", ExemptionRule.class)
                .setParameter("code", exam.getCatalogueCode()).setParameter("level", lv == null ? "" : lv)
                .getResultStream().map(ExemptionRule::exemption).toList();
        CommitmentNotice notice = CommitmentNotice.of(plan.getYear(), exam.getCatalogueName(), lv, plan.getAuthority(), rules);
        return new RegistrationTarget(exam.getId(), plan.getYear(), exam.getCode(), exam.getCatalogueName(),
                List.copyOf(exam.getLevels()), lv, List.copyOf(exam.subjectData()), exam.timeline(),
                Map.copyOf(exam.areaTimelines()), rules, exemptions, notice);
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
        return plans.all().stream().filter(p -> p.getStatus() != PlanStatus.DRAFT)
                .flatMap(p -> p.getExams().stream()).toList();
    }

    /** A published exam by year and code. */
    public Exam exam(int year, String examCode) {
        AnnualPlan plan = plans.find(year).filter(p -> p.getStatus() != PlanStatus.DRAFT)
                .orElseThrow(() -> new DomainException("no-such-exam", 404, "examCode", "plan.noSuchExam"));
        Exam exam = plan.getExams().stream().filter(e -> e.getCode().equals(examCode)).findFirst()
                .orElseThrow(() -> new DomainException("no-such-exam", 404, "examCode", "plan.noSuchExam"));
        // Subjects, sessions and windows loaded, for use outside the transaction.
        exam.subjectData();
        exam.sessionData();
        exam.areaTimelines();
        return exam;
    }

    /** The verdict on these facts for this exam level, without storing anything. */
    public Eligibility.Verdict judge(long accountId, RegistrationRequest request) {
        CandidateProfile profile = profile(accountId);
        RegistrationTarget target = target(request.year(), request.examCode(), request.level());
        return Eligibility.judge(target.rules(), RegistrationRules.facts(profile, request, request.year()));
    }

    /** Decides one submission in its own transaction: the registration, or the refusal thrown. */
    public Outcome register(long accountId, RegistrationRequest request, String key, String ip, String userAgent) {
        RegistrationRules.checkKey(key);
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
        LocalDate today = clock.today();
        Map<String, RegistrationRules.Lookup> lookups = new HashMap<>();
        TreeSet<Long> accounts = new TreeSet<>();
        // Never empty (an empty IN list is not SQL): no exam has id -1, no key is "".
        Set<Long> exams = new HashSet<>(Set.of(-1L));
        Set<String> keys = new HashSet<>(Set.of(""));
        for (Submission s : batch) {
            accounts.add(s.accountId());
            if (s.key() != null) {
                keys.add(s.key());
            }
            RegistrationRules.Lookup lookup = lookups.computeIfAbsent(targetKey(s.request()), k -> lookup(s.request()));
            if (lookup instanceof RegistrationRules.Found found) {
                exams.add(found.target().examId());
            }
        }
        // One candidate's submissions queue here: whatever runs next sees what ran before.
        Map<Long, CandidateProfile> profiles = new HashMap<>();
        // What is read to decide is not changed by deciding: read-only, so the commit has nothing to compare.
        em.createNamedQuery("CandidateProfile.findByAccounts", CandidateProfile.class).setParameter("accounts", accounts)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(READ_ONLY, true).getResultList()
                .forEach(p -> profiles.put(p.getAccountId(), p));
        Set<Long> photos = new HashSet<>(em.createQuery("select p.accountId from CandidatePhoto p where p.accountId in :accounts", Long.class)
                .setParameter("accounts", accounts).getResultList());
        Map<Long, List<Prior>> existing = new HashMap<>();
        em.createNamedQuery("Registration.findPriorByAccounts", Prior.class).setParameter("accounts", accounts)
                .setParameter("exams", exams).setParameter("keys", keys).getResultList()
                .forEach(p -> existing.computeIfAbsent(p.accountId(), a -> new ArrayList<>()).add(p));
        Map<String, List<IntegrityRecord>> integrity = integrity(batch, profiles);
        Map<Long, Candidate> candidates = new HashMap<>();
        for (long account : accounts) {
            CandidateProfile p = profiles.get(account);
            candidates.put(account, new Candidate(p, photos.contains(account), existing.computeIfAbsent(account, a -> new ArrayList<>()),
                    p == null ? List.of() : integrity.getOrDefault(p.getIdNumber(), List.of())));
        }
        int barYears = Verifications.commitmentBarYears();
        List<Result> results = new ArrayList<>(batch.size());
        for (Submission s : batch) {
            Candidate c = candidates.get(s.accountId());
            Decision d = RegistrationRules.decide(lookups.get(targetKey(s.request())), s, c, now, today, barYears);
            if (d instanceof RegistrationRules.Made made) {
                // The row is the record of the candidate's own act (who, when, from where, which notice): no separate audit.
                em.persist(made.registration());
                c.registrations().add(Prior.of(made.registration()));
                results.add(new Result(new Outcome(made.registration(), false), null));
            } else if (d instanceof RegistrationRules.Replayed replayed) {
                results.add(new Result(new Outcome(registration(replayed.prior()), true), null));
            } else {
                results.add(new Result(null, ((RegistrationRules.Refused) d).refusal()));
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

    private RegistrationRules.Lookup lookup(RegistrationRequest r) {
        try {
            return new RegistrationRules.Found(target(r.year(), r.examCode(), r.level()));
        } catch (DomainException refused) {
            return new RegistrationRules.NotFound(refused);
        }
    }

    /** The registration a prior stands for. */
    private Registration registration(Prior p) {
        return p.made() != null ? p.made() : em.find(Registration.class, p.id());
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
        Map<String, List<IntegrityRecord>> records = new HashMap<>();
        if (!numbers.isEmpty()) {
            em.createNamedQuery("IntegrityRecord.findByIdNumbers", IntegrityRecord.class).setParameter("numbers", numbers)
                    .setHint(READ_ONLY, true).getResultList().forEach(r -> records.computeIfAbsent(r.getIdNumber(), n -> new ArrayList<>()).add(r));
        }
        return records;
    }

    /**
     * Why the commitment path is closed to this candidate now, as the refusal a commitment would meet (so the page can
     * say so before the notice is read and signed): barred by the integrity archive, or (with an exam) the commitment
     * for that exam withdrawn earlier. Empty when it is open.
     */
    public java.util.Optional<DomainException> commitmentClosed(long accountId, Integer year, String examCode) {
        CandidateProfile profile = em.find(CandidateProfile.class, accountId);
        if (profile == null) {
            return java.util.Optional.empty();
        }
        List<IntegrityRecord> records = em.createNamedQuery("IntegrityRecord.findByIdNumbers", IntegrityRecord.class)
                .setParameter("numbers", Set.of(profile.getIdNumber())).setHint(READ_ONLY, true).getResultList();
        if (RegistrationRules.barred(profile, records, accountId, clock.today(), Verifications.commitmentBarYears())) {
            return java.util.Optional.of(RegistrationRules.commitmentBarred());
        }
        if (year != null && examCode != null && of(accountId).stream().anyMatch(r -> r.getPlanYear() == year
                && r.getExamCode().equals(examCode) && r.getCommitmentWithdrawnAt() != null)) {
            return java.util.Optional.of(RegistrationRules.commitmentWithdrawnBefore());
        }
        return java.util.Optional.empty();
    }

    /** One of the candidate's own registrations (another's is as good as absent). */
    public Registration own(long accountId, long id) {
        Registration r = em.find(Registration.class, id);
        if (r == null || !r.ownedBy(accountId)) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        return r;
    }

    /** A registration's documents, without their bytes (kept here for the office's API: {@link RegistrationDocuments#of}). */
    public List<RegistrationDocuments.DocumentInfo> documentInfo(long registrationId) {
        return documents.of(registrationId);
    }

    /** One document of a registration (kept here for the office's API: {@link RegistrationDocuments#document}). */
    public RegistrationDocument document(long registrationId, long documentId) {
        return documents.document(registrationId, documentId);
    }

    private CandidateProfile profile(long accountId) {
        CandidateProfile profile = em.find(CandidateProfile.class, accountId);
        if (profile == null) {
            throw DomainException.conflict("profile-missing", "profile", "profile.first");
        }
        return profile;
    }
}
