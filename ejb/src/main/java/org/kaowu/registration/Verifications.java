package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import org.kaowu.plan.Exam;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Verification of commitments (核查): campaigns per exam (all commitments, or a reproducible random sample), targeted
 * cases, verifiers' tasks and their outcome. NOT_MET (the conditions are not met) and FRAUD (deliberate false documents
 * or other improper means) void the registration, tell the candidate, and fire {@link RegistrationVoided} for the
 * capabilities that hold scores and certificates; FRAUD also fires {@link CommitmentFraudFound}: the integrity record,
 * if any, is written by the Art. 10 case's decision after the Art. 17 procedure, never here. FALSE is the outcome of
 * tasks decided before V24, kept as it was and classified by the office ({@link #classify}).
 */
@Stateless
public class Verifications {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    /** Order No. 31, Art. 7: a false commitment stays in the integrity archive for five years. */
    public static final int RECORD_YEARS = 5;

    /**
     * How many years after a false commitment the commitment path stays closed to that person
     * ({@code -Dkaowu.commitment.barYears}); 0, the default, closes it for good, as 人社厅发〔2020〕110号 has it
     * ("作出虚假承诺的申请人不再适用告知承诺制"). Read at each registration.
     */
    public static int commitmentBarYears() {
        return Math.max(0, Integer.getInteger("kaowu.commitment.barYears", 0));
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private Notifications notifications;

    @Inject
    private Event<RegistrationVoided> voided;

    @Inject
    private Event<CommitmentFraudFound> fraudFound;

    @EJB
    private org.kaowu.platform.scheduling.Scheduling scheduling;

    /** Who decides what the system decides by itself (a deadline passing). */
    /** Who acts when the system does (a deadline, a calendar edge): the pages say 系统 / System. */
    public static final String SYSTEM = "system";

    /** The commitments a campaign draws from: standing ones of the exam, by id (the order the seed shuffles). */
    List<Long> population(long examId) {
        return em.createQuery("select r.id from Registration r where r.examId = :exam and r.path = "
                        + "org.kaowu.registration.RegistrationPath.COMMITMENT and r.status = "
                        + "org.kaowu.registration.RegistrationStatus.ACCEPTED order by r.id", Long.class)
                .setParameter("exam", examId).getResultList();
    }

    public VerificationCampaign create(long examId, String name, VerificationCampaign.Mode mode, Integer percent, Long seed,
                                       Instant deadline, String actor) {
        Exam exam = em.find(Exam.class, examId);
        if (exam == null) {
            throw new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam");
        }
        String title = name == null ? "" : name.strip();
        if (org.kaowu.shared.Texts.hidden(title)) {
            throw DomainException.badInput("invalid-campaign", "name", "text.hidden");
        }
        if (title.isEmpty() || title.length() > 200 || title.indexOf('<') >= 0) {
            throw DomainException.badInput("invalid-campaign", "name", "verification.name");
        }
        if (mode == null || mode == VerificationCampaign.Mode.TARGETED) {
            throw DomainException.badInput("invalid-campaign", "mode", "verification.mode");
        }
        if (mode == VerificationCampaign.Mode.SAMPLE && (percent == null || percent < 1 || percent > 100)) {
            throw DomainException.badInput("invalid-campaign", "percent", "verification.percent");
        }
        Instant due = deadline == null ? exam.timeline().verificationDeadline() : deadline;
        Instant now = clock.now();
        if (!due.isAfter(now)) {
            throw DomainException.badInput("invalid-campaign", "deadline", "verification.deadline");
        }
        List<Long> population = population(examId);
        long usedSeed = mode == VerificationCampaign.Mode.SAMPLE ? (seed != null ? seed : new SecureRandom().nextLong()) : 0;
        List<Long> drawn = mode == VerificationCampaign.Mode.ALL ? population : VerificationCampaign.draw(population, percent, usedSeed);
        VerificationCampaign c = new VerificationCampaign(examId, title, mode,
                mode == VerificationCampaign.Mode.SAMPLE ? percent : null,
                mode == VerificationCampaign.Mode.SAMPLE ? usedSeed : null, population.size(), drawn.size(), due, now, actor);
        em.persist(c);
        VerificationTask.Reason reason = mode == VerificationCampaign.Mode.ALL ? VerificationTask.Reason.ALL : VerificationTask.Reason.SAMPLE;
        for (Long id : drawn) {
            em.persist(new VerificationTask(c.getId(), id, reason, null, due));
        }
        scheduleDeadline(c);
        audit.record(actor, "verification.campaign", "Exam", Long.toString(examId), title,
                mode + (mode == VerificationCampaign.Mode.SAMPLE ? " " + percent + "% seed " + usedSeed : "")
                        + ": " + drawn.size() + " of " + population.size());
        return c;
    }

    /** The least share of those who passed on the commitment path that the post-exam check draws (rules §2). */
    public static final int POST_EXAM_MIN_PERCENT = 10;

    /**
     * The post-exam check (事后核查) of an exam: drawn, with a recorded seed, from those of {@code passed} (registration
     * ids the results capability found passed) who came through the commitment path and whose registration still
     * stands; at least {@value #POST_EXAM_MIN_PERCENT} % of them, rounded up. One per exam: asked again, the campaign
     * already drawn is answered and nothing is drawn anew (a re-fired edge or a second node). Its outcomes decide
     * certificates: CONFIRMED lets one be issued, NOT_MET voids the scores with the registration (no record), FRAUD opens
     * an Art. 10 case, and a task still open at the deadline is not completed in time (no certificate).
     */
    public VerificationCampaign createPostExam(long examId, java.util.Collection<Long> passed, int percent, Long seed,
                                               Instant deadline, String actor) {
        Exam exam = em.find(Exam.class, examId);
        if (exam == null) {
            throw new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam");
        }
        List<VerificationCampaign> existing = em.createQuery("select c from VerificationCampaign c where c.examId = :exam"
                        + " and c.mode = org.kaowu.registration.VerificationCampaign.Mode.POST_EXAM", VerificationCampaign.class)
                .setParameter("exam", examId).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        if (percent < POST_EXAM_MIN_PERCENT || percent > 100) {
            throw DomainException.badInput("invalid-campaign", "percent", "verification.postExamPercent", POST_EXAM_MIN_PERCENT);
        }
        Instant now = clock.now();
        if (deadline == null || !deadline.isAfter(now)) {
            throw DomainException.badInput("invalid-campaign", "deadline", "verification.deadline");
        }
        List<Long> population = passed.isEmpty() ? List.of() : em.createQuery("select r.id from Registration r where"
                        + " r.examId = :exam and r.id in :ids and r.path = org.kaowu.registration.RegistrationPath.COMMITMENT"
                        + " and r.status in :live order by r.id", Long.class)
                .setParameter("exam", examId).setParameter("ids", passed)
                .setParameter("live", java.util.Arrays.stream(RegistrationStatus.values()).filter(RegistrationStatus::live).toList())
                .getResultList();
        long usedSeed = seed != null ? seed : new SecureRandom().nextLong();
        List<Long> drawn = VerificationCampaign.draw(population, percent, usedSeed);
        VerificationCampaign c = new VerificationCampaign(examId, org.kaowu.shared.Messages.text(
                org.kaowu.shared.Messages.CHINESE, "verification.postExamName", exam.getCode()),
                VerificationCampaign.Mode.POST_EXAM, percent, usedSeed, population.size(), drawn.size(), deadline, now, actor);
        em.persist(c);
        for (Long id : drawn) {
            em.persist(new VerificationTask(c.getId(), id, VerificationTask.Reason.SAMPLE, null, deadline));
            postExamDrawn(em.find(Registration.class, id), deadline);
        }
        scheduleDeadline(c);
        audit.record(actor, "verification.campaign", "Exam", Long.toString(examId), c.getName(),
                "POST_EXAM " + percent + "% seed " + usedSeed + ": " + drawn.size() + " of " + population.size());
        return c;
    }

    /**
     * Where a registration stands in its exam's post-exam check: NOT_DRAWN (no check, or not drawn), OPEN (drawn and
     * not yet decided), or the outcome. Certificates are issued only for NOT_DRAWN and CONFIRMED.
     */
    public PostExamStanding postExamStanding(long registrationId) {
        List<VerificationTask> tasks = em.createQuery("select t from VerificationTask t, VerificationCampaign c where"
                        + " t.campaignId = c.id and t.registrationId = :r and c.mode ="
                        + " org.kaowu.registration.VerificationCampaign.Mode.POST_EXAM", VerificationTask.class)
                .setParameter("r", registrationId).getResultList();
        if (tasks.isEmpty()) {
            return PostExamStanding.NOT_DRAWN;
        }
        VerificationTask t = tasks.get(0);
        if (t.getStatus() == VerificationTask.Status.OPEN) {
            return PostExamStanding.OPEN;
        }
        return switch (t.getOutcome()) {
            case CONFIRMED -> PostExamStanding.CONFIRMED;
            case NOT_MET -> PostExamStanding.NOT_MET;
            case FRAUD, FALSE -> PostExamStanding.FRAUD;
            case UNABLE -> PostExamStanding.NOT_COMPLETED_IN_TIME;
        };
    }

    /** A candidate drawn for (or added to) a post-exam check is told, with the deadline in Beijing time. */
    private void postExamDrawn(Registration r, Instant deadline) {
        notifications.notify(r, "notice.verification.postExamDrawn", java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm").format(deadline.atZone(AuthorityClock.ZONE)));
    }

    /** A registration's place in the post-exam check, as the certificate gate reads it. */
    public enum PostExamStanding { NOT_DRAWN, OPEN, CONFIRMED, NOT_MET, FRAUD, NOT_COMPLETED_IN_TIME }

    /** Adds a targeted case (flagged, reported, borderline) with what prompted it. */
    public VerificationTask target(long campaignId, long registrationId, VerificationTask.Reason reason, String note, String actor) {
        VerificationCampaign c = campaign(campaignId);
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || r.getExamId() != c.getExamId()) {
            throw new DomainException("no-such-registration", 404, "registration", "registration.none");
        }
        if (r.getPath() != RegistrationPath.COMMITMENT) {
            throw DomainException.conflict("not-a-commitment", "registration", "verification.notCommitment");
        }
        if (reason == null || reason == VerificationTask.Reason.ALL || reason == VerificationTask.Reason.SAMPLE) {
            throw DomainException.badInput("invalid-campaign", "reason", "verification.reason");
        }
        String why = note == null ? "" : note.strip();
        if (org.kaowu.shared.Texts.hiddenMultiline(why)) {
            throw DomainException.badInput("invalid-campaign", "note", "text.hidden");
        }
        if (why.isEmpty() || why.length() > 2000) {
            throw DomainException.badInput("invalid-campaign", "note", "registration.review.noteRequired");
        }
        boolean already = em.createNamedQuery("VerificationTask.findByCampaign", VerificationTask.class).setParameter("campaign", campaignId)
                .getResultStream().anyMatch(t -> t.getRegistrationId() == registrationId);
        if (already) {
            throw DomainException.conflict("already-in-campaign", "registration", "verification.already");
        }
        VerificationTask t = new VerificationTask(campaignId, registrationId, reason, why, c.getDeadline());
        em.persist(t);
        c.targeted();
        if (c.getMode() == VerificationCampaign.Mode.POST_EXAM) {
            postExamDrawn(r, c.getDeadline());
        }
        audit.record(actor, "verification.target", "Registration", Long.toString(registrationId), why, reason.name());
        return t;
    }

    /** Who may verify: an enabled account of the exam office. */
    public record Verifier(String username, String displayName) implements java.io.Serializable {
    }

    /** The accounts a task may be assigned to (enabled office accounts), by user name. */
    public List<Verifier> verifiers() {
        return em.createQuery("select a from Account a where a.role = org.kaowu.platform.security.Role.OFFICE"
                        + " and a.enabled = true order by a.username", org.kaowu.platform.security.Account.class)
                .getResultStream().map(a -> new Verifier(a.getUsername(), a.getDisplayName())).toList();
    }

    /**
     * Assigns an open task to a verifier: an enabled office account (another name, or a disabled or non-office
     * account, is refused naming it).
     */
    public VerificationTask assign(long taskId, String verifier, String actor) {
        VerificationTask t = task(taskId);
        String who = verifier == null ? "" : verifier.strip();
        if (who.isEmpty() || who.length() > 100) {
            throw DomainException.badInput("invalid-verifier", "verifier", "verification.verifier");
        }
        if (t.getStatus() != VerificationTask.Status.OPEN) {
            throw DomainException.conflict("task-decided", "id", "verification.decided");
        }
        org.kaowu.platform.security.Account account = em.createNamedQuery("Account.findByUsername",
                        org.kaowu.platform.security.Account.class).setParameter("username", who)
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            throw DomainException.badInput("invalid-verifier", "verifier", "verification.verifier.unknown", who);
        }
        if (!account.isEnabled() || account.getRole() != org.kaowu.platform.security.Role.OFFICE) {
            throw DomainException.badInput("invalid-verifier", "verifier", "verification.verifier.ineligible", who);
        }
        t.assign(who);
        audit.record(actor, "verification.assign", "VerificationTask", Long.toString(taskId), null, who);
        return t;
    }

    /**
     * The verifier's outcome with the evidence. NOT_MET voids and notifies (no record); FRAUD voids, notifies and
     * fires {@link CommitmentFraudFound} (a case follows; no record before its decision); UNABLE is giving up.
     */
    public VerificationTask decide(long taskId, VerificationTask.Outcome outcome, String evidence, String actor) {
        VerificationTask t = em.find(VerificationTask.class, task(taskId).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (t.getStatus() != VerificationTask.Status.OPEN) {
            throw DomainException.conflict("task-decided", "id", "verification.decided");
        }
        if (outcome == null || outcome == VerificationTask.Outcome.FALSE) {
            // FALSE is the outcome of tasks decided before V24 only: a verifier now chooses NOT_MET or FRAUD.
            throw DomainException.badInput("invalid-verification", "outcome", "verification.outcome");
        }
        String why = evidence == null ? "" : evidence.strip();
        if (org.kaowu.shared.Texts.hiddenMultiline(why)) {
            throw DomainException.badInput("invalid-verification", "evidence", "text.hidden");
        }
        if (why.isEmpty() || why.length() > 2000) {
            throw DomainException.badInput("invalid-verification", "evidence", "verification.evidence");
        }
        Registration r = em.find(Registration.class, t.getRegistrationId(), LockModeType.PESSIMISTIC_WRITE);
        if (r.getPath() != RegistrationPath.COMMITMENT) {
            // Withdrawn before it was decided: the promise no longer stands, the proof is the office's review.
            throw DomainException.conflict("not-a-commitment", "id", "verification.notCommitment");
        }
        Instant now = clock.now();
        decided(t, r, outcome, why, actor, now);
        return t;
    }

    private void decided(VerificationTask t, Registration r, VerificationTask.Outcome outcome, String why, String actor,
                         Instant now) {
        t.decide(outcome, why, actor, now);
        audit.record(actor, "verification." + outcome.name().toLowerCase(java.util.Locale.ROOT), "Registration",
                Long.toString(r.getId()), why, "task " + t.getId());
        VerificationCampaign campaign = em.find(VerificationCampaign.class, t.getCampaignId());
        if (campaign.getMode() == VerificationCampaign.Mode.POST_EXAM
                && (outcome == VerificationTask.Outcome.UNABLE || outcome == VerificationTask.Outcome.NOT_MET)) {
            // After scores, a failed or unfinished check voids what exists then (rules §2): the registration and with it
            // its scores; no certificate follows. Not misconduct: no integrity record.
            boolean unable = outcome == VerificationTask.Outcome.UNABLE;
            if (r.getStatus().live()) {
                r.voided((unable ? POST_EXAM_UNABLE_PREFIX : NOT_MET_PREFIX) + why, now);
                voided.fire(new RegistrationVoided(r.getId(), r.getAccountId(), r.getExamId(), why, false));
            }
            notifications.notify(r, unable ? "notice.verification.postExamUnable" : "notice.verification.postExamNotMet", why);
            return;
        }
        if (outcome == VerificationTask.Outcome.UNABLE && r.getStatus().live()) {
            // Not cooperating with a check by its deadline is giving up the exam (视为放弃考试资格): the registration
            // is void, fees are not refunded, and no integrity record follows (it is not misconduct).
            r.voided("gave up: verification not completed in time: " + why, now);
            notifications.notify(r, "notice.verification.gaveUp", why);
            voided.fire(new RegistrationVoided(r.getId(), r.getAccountId(), r.getExamId(), why, false));
        }
        if (outcome == VerificationTask.Outcome.NOT_MET && r.getStatus().live()) {
            // Not meeting the conditions is not misconduct by itself (rules §2): void, fees kept, no archive record.
            r.voided(NOT_MET_PREFIX + why, now);
            notifications.notify(r, "notice.verification.notMet", why);
            voided.fire(new RegistrationVoided(r.getId(), r.getAccountId(), r.getExamId(), why, false));
        } else if (outcome == VerificationTask.Outcome.NOT_MET) {
            notifications.notify(r, "notice.verification.notMet", why);
        }
        if (outcome == VerificationTask.Outcome.FRAUD) {
            fraud(t, r, why, actor, now);
        }
    }

    /** The reason a registration voided as NOT_MET carries (the candidate's page words it). */
    public static final String NOT_MET_PREFIX = "conditions not met: ";
    /** The reason a registration voided by a post-exam check not completed in time carries (the candidate's page words it). */
    public static final String POST_EXAM_UNABLE_PREFIX = "post-exam check not completed in time: ";
    /** The reason a registration voided as FRAUD carries (the candidate's page words it). */
    public static final String FRAUD_PREFIX = "commitment fraud found: ";

    /**
     * Deliberate false documents or other improper means: the registration is void (fees kept), the candidate told
     * that a misconduct case follows, and {@link CommitmentFraudFound} fired so that the conduct capability opens an
     * Art. 10 case with the full Art. 17 procedure. No integrity record is written here.
     */
    private void fraud(VerificationTask t, Registration r, String why, String actor, Instant now) {
        boolean live = r.getStatus().live();
        if (live) {
            r.voided(FRAUD_PREFIX + why, now);
        }
        notifications.notify(r, "notice.verification.fraud", why);
        if (live) {
            voided.fire(new RegistrationVoided(r.getId(), r.getAccountId(), r.getExamId(), why, true));
        }
        fraudFound.fire(new CommitmentFraudFound(r.getId(), t.getId(), why, actor));
    }

    /**
     * Classifies a task decided FALSE before V24 (when the two were not told apart) as NOT_MET or FRAUD, with a
     * reason (audited as verification.classify). The registration is already void and the record the old outcome
     * wrote was ended by the migration; FRAUD fires {@link CommitmentFraudFound} so a case opens with the Art. 17
     * procedure. A task is classified once.
     */
    public VerificationTask classify(long taskId, VerificationTask.Outcome as, String reason, String actor) {
        VerificationTask t = em.find(VerificationTask.class, task(taskId).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (t.getOutcome() != VerificationTask.Outcome.FALSE) {
            throw DomainException.conflict("not-legacy", "id", "verification.classify.notLegacy");
        }
        if (t.getClassifiedAs() != null) {
            throw DomainException.conflict("already-classified", "id", "verification.classify.already");
        }
        if (as != VerificationTask.Outcome.NOT_MET && as != VerificationTask.Outcome.FRAUD) {
            throw DomainException.badInput("invalid-classification", "outcome", "verification.classify.outcome");
        }
        String why = reason == null ? "" : reason.strip();
        if (org.kaowu.shared.Texts.hiddenMultiline(why)) {
            throw DomainException.badInput("invalid-classification", "reason", "text.hidden");
        }
        if (why.isEmpty() || why.length() > 2000) {
            throw DomainException.badInput("invalid-classification", "reason", "verification.evidence");
        }
        Instant now = clock.now();
        t.classify(as, why, actor, now);
        audit.record(actor, "verification.classify", "Registration", Long.toString(t.getRegistrationId()), why,
                "task " + t.getId() + " FALSE -> " + as);
        if (as == VerificationTask.Outcome.FRAUD) {
            fraudFound.fire(new CommitmentFraudFound(t.getRegistrationId(), t.getId(), why, actor));
        }
        return t;
    }

    /** One page of the tasks decided FALSE before V24, for classification (unclassified first). */
    public Page<TaskRow> legacyTasks(PageRequest page) {
        return Page.of(em.createQuery(TASK_ROWS + " and t.outcome = :legacy"
                                + " order by case when t.classifiedAs is null then 0 else 1 end, t.id", Tuple.class)
                                .setParameter("legacy", VerificationTask.Outcome.FALSE),
                        em.createQuery("select count(t) from VerificationTask t where t.outcome = :legacy", Long.class)
                                .setParameter("legacy", VerificationTask.Outcome.FALSE), page)
                .map(Verifications::row);
    }

    /**
     * A campaign's deadline passed (its Quartz trigger fired, once across the cluster): every task still open is
     * decided UNABLE by the system. Idempotent: tasks already decided are left as they are.
     */
    public int deadlinePassed(long campaignId) {
        Instant now = clock.now();
        List<VerificationTask> open = em.createQuery("select t from VerificationTask t where t.campaignId = :campaign"
                        + " and t.status = org.kaowu.registration.VerificationTask.Status.OPEN and t.dueAt <= :now order by t.id",
                VerificationTask.class).setParameter("campaign", campaignId).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        String why = org.kaowu.shared.Messages.text(org.kaowu.shared.Messages.CHINESE, "verification.notCompletedInTime");
        int settled = 0;
        for (VerificationTask t : open) {
            Registration r = em.find(Registration.class, t.getRegistrationId(), LockModeType.PESSIMISTIC_WRITE);
            if (r.getPath() != RegistrationPath.COMMITMENT) {
                t.decide(VerificationTask.Outcome.UNABLE, why, SYSTEM, now);
                continue;
            }
            decided(t, r, VerificationTask.Outcome.UNABLE, why, SYSTEM, now);
            settled++;
        }
        return settled;
    }

    /** The clock was moved back: campaigns whose deadline now lies ahead and that have open tasks are scheduled again. */
    public void rewound(@jakarta.enterprise.event.Observes org.kaowu.shared.ClockRewound event) {
        Instant now = clock.now();
        for (VerificationCampaign c : em.createQuery("select c from VerificationCampaign c where c.deadline > :now and exists"
                + " (select t from VerificationTask t where t.campaignId = c.id and t.status = "
                + "org.kaowu.registration.VerificationTask.Status.OPEN)", VerificationCampaign.class)
                .setParameter("now", now).getResultList()) {
            scheduleDeadline(c);
        }
    }

    private void scheduleDeadline(VerificationCampaign c) {
        scheduling.replace(VerificationDeadlineJob.GROUP, VerificationDeadlineJob.jobName(c.getId()),
                VerificationDeadlineJob.class, java.util.Map.of("deadline", c.getDeadline()));
    }

    /**
     * An exemption claimed on the commitment path goes into the exam's standing targeted check (重点核查) as the
     * registration is made, as offices do with claims that cannot be checked online. The campaign is created with
     * the first claim (its deadline the plan's verification deadline); the exam's row is locked while it is found or
     * made, so parallel registrations make one.
     */
    public void exemptionClaimed(Registration r, Instant now) {
        Exam exam = em.find(Exam.class, r.getExamId(), LockModeType.PESSIMISTIC_WRITE);
        VerificationCampaign c = em.createQuery("select c from VerificationCampaign c where c.examId = :exam and c.mode = "
                        + "org.kaowu.registration.VerificationCampaign.Mode.TARGETED order by c.id", VerificationCampaign.class)
                .setParameter("exam", exam.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (c == null) {
            Instant due = exam.timeline().verificationDeadline();
            if (!due.isAfter(now)) {
                due = now.plus(java.time.Duration.ofDays(15));
            }
            c = new VerificationCampaign(exam.getId(), org.kaowu.shared.Messages.text(org.kaowu.shared.Messages.CHINESE,
                    "verification.targetedName", exam.getCode()), VerificationCampaign.Mode.TARGETED, null, null, 0, 0,
                    due, now, SYSTEM);
            em.persist(c);
            scheduleDeadline(c);
        }
        c.joined();
        em.persist(new VerificationTask(c.getId(), r.getId(), VerificationTask.Reason.EXEMPTION,
                org.kaowu.shared.Messages.text(org.kaowu.shared.Messages.CHINESE, "verification.exemptionNote",
                        r.getExemption() == null ? "" : r.getExemption()), c.getDeadline()));
        notifications.notify(r, "notice.verification.exemption", "");
    }

    public VerificationCampaign campaign(long id) {
        VerificationCampaign c = em.find(VerificationCampaign.class, id);
        if (c == null) {
            throw new DomainException("no-such-campaign", 404, "id", "verification.none");
        }
        return c;
    }

    public VerificationTask task(long id) {
        VerificationTask t = em.find(VerificationTask.class, id);
        if (t == null) {
            throw new DomainException("no-such-task", 404, "id", "verification.noTask");
        }
        return t;
    }

    /** What the campaigns may be sorted on; their own order is newest first. */
    private static final Map<String, String> CAMPAIGN_SORT = Map.of("id", "c.id", "name", "c.name", "mode", "c.mode",
            "drawn", "c.drawn", "population", "c.population", "deadline", "c.deadline", "createdAt", "c.createdAt",
            "createdBy", "c.createdBy");

    /** One page of the campaigns (newest first unless sorted otherwise). */
    public Page<VerificationCampaign> campaigns(PageRequest page) {
        return Page.of(em.createQuery("select c from VerificationCampaign c" + page.orderBy(CAMPAIGN_SORT, "c.id desc"),
                        VerificationCampaign.class),
                em.createQuery("select count(c) from VerificationCampaign c", Long.class), page);
    }

    /** A task as the office's lists show it: the candidate's name and number masked, the registration's status. */
    public record TaskRow(VerificationTask task, String candidate, String idNumber, RegistrationStatus registrationStatus)
            implements java.io.Serializable {
    }

    private static final String TASK_ROWS = "select t as task, r.status as regstatus, p.realName as candname,"
            + " p.idNumber as candnumber from VerificationTask t, Registration r, CandidateProfile p"
            + " where r.id = t.registrationId and p.accountId = r.accountId";

    /** What a campaign's tasks may be sorted on; their own order is the order they were drawn in. */
    private static final Map<String, String> TASK_SORT = Map.of("id", "t.id", "registrationId", "t.registrationId",
            "reason", "t.reason", "verifier", "t.verifier", "status", "t.status", "outcome", "t.outcome", "due", "t.dueAt",
            "registrationStatus", "r.status");

    /** One page of the campaign's tasks, with what the lists show of each (one query for the rows). */
    public Page<TaskRow> taskRows(long campaignId, PageRequest page) {
        return Page.of(em.createQuery(TASK_ROWS + " and t.campaignId = :campaign" + page.orderBy(TASK_SORT, "t.id"), Tuple.class)
                                .setParameter("campaign", campaignId),
                        em.createQuery("select count(t) from VerificationTask t where t.campaignId = :campaign", Long.class)
                                .setParameter("campaign", campaignId), page)
                .map(Verifications::row);
    }

    public TaskRow taskRow(long taskId) {
        return em.createQuery(TASK_ROWS + " and t.id = :task", Tuple.class).setParameter("task", taskId)
                .getResultStream().map(Verifications::row).findFirst()
                .orElseThrow(() -> new DomainException("no-such-task", 404, "id", "verification.noTask"));
    }

    private static TaskRow row(Tuple t) {
        return new TaskRow(t.get("task", VerificationTask.class), IdNumbers.maskName(t.get("candname", String.class)),
                IdNumbers.mask(t.get("candnumber", String.class)), t.get("regstatus", RegistrationStatus.class));
    }

    /**
     * What a verifier checks a task against: the candidate in full (the verifier asks the education and work
     * registers with the name and number) and the facts as committed: the profile's education and work history as
     * they stand, and the registration's own claims (how the major relates, years counted, the eligibility found, an
     * exemption claimed) with the notice signed.
     */
    public record Facts(long taskId, long registrationId, int year, String examCode, String level, String area,
                        String realName, String idNumber, String mobile, EducationLevel education, String school,
                        String major, LocalDate graduationDate, Boolean fullTime, String educationCertificate,
                        List<WorkPeriod> work, MajorRelation majorRelation, java.math.BigDecimal totalYears,
                        java.math.BigDecimal fieldYears, String eligibility, String exemption, boolean exemptionByAlternative,
                        String noticeVersion, Instant signedAt) implements java.io.Serializable {
    }

    public Facts facts(long taskId) {
        VerificationTask t = task(taskId);
        Registration r = em.find(Registration.class, t.getRegistrationId());
        CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
        return new Facts(t.getId(), r.getId(), r.getPlanYear(), r.getExamCode(), r.getLevel(), r.getArea(), p.getRealName(),
                p.getIdNumber(), p.getMobile(), p.getEducationLevel(), p.getSchool(), p.getMajor(), p.getGraduationDate(),
                p.getEducationFullTime(), p.getEducationCertificate(), p.workPeriods(), r.getMajorRelation(),
                r.getTotalYears(), r.getFieldYears(), r.getEligibility(), r.getExemption(), r.isExemptionByAlternative(),
                r.getNoticeVersion(), r.getSignedAt());
    }

    /** An integrity record as the office's lists show it: the number masked; ended records say so (V24). */
    public record RecordRow(long id, String idNumber, IntegrityRecord.Kind kind, IntegrityRecord.Severity severity,
                            LocalDate validFrom, LocalDate validUntil, String reason, String sourceRef, LocalDate endedOn,
                            String endedReason, String ruleCode)
            implements java.io.Serializable {
        static RecordRow of(IntegrityRecord r) {
            return new RecordRow(r.getId(), IdNumbers.mask(r.getIdNumber()), r.getKind(), r.getSeverity(), r.getValidFrom(),
                    r.getValidUntil(), r.getReason(), r.getSourceRef(), r.getEndedOn(), r.getEndedReason(), r.getRuleCode());
        }
    }

    /** What the integrity archive may be sorted on; its own order is newest first. */
    private static final Map<String, String> RECORD_SORT = Map.of("id", "r.id", "kind", "r.kind", "severity", "r.severity",
            "validFrom", "r.validFrom", "validUntil", "r.validUntil", "createdAt", "r.createdAt", "sourceRef", "r.sourceRef");

    /** One page of the integrity archive (newest first unless sorted otherwise), or of one (normalized) number's records. */
    public Page<RecordRow> integrityRecords(String idNumber, PageRequest page) {
        String where = idNumber == null ? "" : " where r.idNumber = :number";
        TypedQuery<IntegrityRecord> rows = em.createQuery("select r from IntegrityRecord r" + where
                + page.orderBy(RECORD_SORT, "r.createdAt desc, r.id desc"), IntegrityRecord.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from IntegrityRecord r" + where, Long.class);
        if (idNumber != null) {
            rows.setParameter("number", idNumber);
            count.setParameter("number", idNumber);
        }
        return Page.of(rows, count, page).map(RecordRow::of);
    }
}
