package org.kaowu.certification;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.plan.ExamEdgePassed;
import org.kaowu.plan.ExamPhase;
import org.kaowu.registration.VerificationCampaign;
import org.kaowu.registration.Verifications;
import org.kaowu.shared.AuthorityClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The post-exam check (告知承诺 事后核查): when an exam's results are published, a verification campaign is drawn from
 * those who passed (their standing complete as of publication) and came through the commitment path: at least 10 %
 * ({@code -Dkaowu.certification.postExamPercent}, default and minimum {@value Verifications#POST_EXAM_MIN_PERCENT}),
 * with a recorded seed. Its deadline is {@code -Dkaowu.certification.postExamDays} (default {@value #DEFAULT_DAYS}) days
 * after publication, but a day before the exam's certificates edge where the calendar leaves room, so that the check is
 * finished before certificates are issued; a task still open at the deadline is not completed in time (no
 * certificate). The outcomes are the registration capability's (CONFIRMED, NOT_MET, FRAUD, UNABLE); the certificate gate
 * reads them through {@link Verifications#postExamStanding}.
 * <p>
 * Observes the calendar's edges after {@link Results} has published on them (a later priority), once per exam: a
 * re-fired edge or a later edge finds the campaign drawn and draws nothing anew.
 */
@Stateless
public class PostExamCheck {

    static final int DEFAULT_DAYS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthorityClock clock;

    @EJB
    Results results;

    @EJB
    Verifications verifications;

    /** After results are published on an edge (Results observes first), the exam's post-exam check is drawn once. */
    public void edgePassed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) ExamEdgePassed edge) {
        if (edge.phase() == null || edge.phase().compareTo(ExamPhase.RESULTS) < 0 || !results.released(edge.examId())) {
            return;
        }
        draw(edge.examId(), null, Verifications.SYSTEM);
    }

    /**
     * Draws the exam's post-exam check (idempotent: an existing one is answered). {@code seed} null draws a new one.
     */
    public VerificationCampaign draw(long examId, Long seed, String actor) {
        Exam exam = em.find(Exam.class, examId);
        Instant now = clock.now();
        return verifications.createPostExam(examId, passed(examId), percent(), seed, deadline(exam, now), actor);
    }

    /** The registrations of the exam whose candidates' standing is complete as of today (they passed). */
    List<Long> passed(long examId) {
        List<Long> scored = em.createQuery("select distinct s.registrationId from Score s where s.examId = :exam"
                + " order by s.registrationId", Long.class).setParameter("exam", examId).getResultList();
        List<Long> passed = new ArrayList<>();
        for (Long id : scored) {
            if (results.standingOf(id).rules().passedAll()) {
                passed.add(id);
            }
        }
        return passed;
    }

    static int percent() {
        return Math.max(Verifications.POST_EXAM_MIN_PERCENT,
                Math.min(100, Integer.getInteger("kaowu.certification.postExamPercent", Verifications.POST_EXAM_MIN_PERCENT)));
    }

    /**
     * The check's deadline: {@code postExamDays} after now, moved earlier to a day before the certificates edge when
     * that leaves the check time (more than a day from now); a calendar with no room keeps the full period, and the
     * certificates of those drawn wait for the outcome.
     */
    static Instant deadline(Exam exam, Instant now) {
        Instant due = now.plus(Duration.ofDays(Math.max(1, Integer.getInteger("kaowu.certification.postExamDays", DEFAULT_DAYS))));
        Instant certificates = exam == null || exam.timeline() == null ? null : exam.timeline().certificatesFrom();
        if (certificates != null) {
            Instant dayBefore = certificates.minus(Duration.ofDays(1));
            if (dayBefore.isAfter(now.plus(Duration.ofDays(1))) && dayBefore.isBefore(due)) {
                due = dayBefore;
            }
        }
        return due;
    }
}
