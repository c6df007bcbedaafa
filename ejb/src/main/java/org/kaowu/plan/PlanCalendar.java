package org.kaowu.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.platform.scheduling.Scheduling;
import org.kaowu.shared.AuthorityClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The automatic calendar: schedules a trigger for every edge of a published exam, and settles the exam's phase when
 * one passes. On start it also settles every published exam, so nothing depends on a job having run.
 */
@Singleton
@Startup
@DependsOn("Scheduling")
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class PlanCalendar {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final Logger LOG = Logger.getLogger(PlanCalendar.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Scheduling scheduling;

    @Inject
    private Event<ExamEdgePassed> edges;

    @PostConstruct
    void settleAll() {
        Instant now = clock.now();
        int changed = 0;
        for (Exam exam : em.createNamedQuery("Exam.findPublished", Exam.class).getResultList()) {
            if (exam.settlePhase(now)) {
                changed++;
            }
        }
        if (changed > 0) {
            LOG.info("Settled the phase of " + changed + " exam(s) on start");
        }
    }

    /**
     * The clock was moved back: every published exam's edges that now lie ahead get their triggers again, and every
     * phase is what the clock says.
     */
    public void rewound(@jakarta.enterprise.event.Observes org.kaowu.shared.ClockRewound event) {
        Instant now = clock.now();
        for (Exam exam : em.createNamedQuery("Exam.findPublished", Exam.class).getResultList()) {
            schedule(exam);
            exam.settlePhase(now);
        }
    }

    /** Every future edge of the exam gets a trigger; earlier ones are replaced. */
    public void schedule(Exam exam) {
        scheduling.replace(PhaseEdgeJob.GROUP, PhaseEdgeJob.jobName(exam.getId()), PhaseEdgeJob.class,
                exam.timeline().moments());
    }

    /**
     * An edge passed: settle the phase, record the run, tell whoever observes. Safe to repeat. The edge's due time
     * comes from the exam's windows: a misfired trigger reports the time it finally fired, not the time it was due.
     */
    public void edgePassed(long examId, String edge) {
        Exam exam = em.find(Exam.class, examId);
        if (exam == null) {
            return;
        }
        Instant now = clock.now();
        Instant due = exam.timeline().moments().getOrDefault(edge, now);
        exam.settlePhase(now);
        em.persist(new JobRun(examId, edge, due, now, JobRun.Outcome.DONE, exam.getPhase(),
                now.isAfter(due.plusSeconds(5)) ? "late by " + (now.getEpochSecond() - due.getEpochSecond()) + " s" : null,
                scheduling.node()));
        edges.fire(new ExamEdgePassed(examId, edge, due, exam.getPhase()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void edgeFailed(long examId, String edge, String what) {
        Exam exam = em.find(Exam.class, examId);
        if (exam != null) {
            Instant now = clock.now();
            em.persist(new JobRun(examId, edge, exam.timeline().moments().getOrDefault(edge, now), now,
                    JobRun.Outcome.FAILED, null, what,
                    scheduling.node()));
        }
    }

    /** An edge still to pass, by exam code. */
    public record Due(String exam, String edge, Instant at) implements java.io.Serializable {
    }

    /** The triggers still to fire for these exams, soonest first. */
    public List<Due> scheduled(List<Exam> exams) {
        Map<String, String> codes = new java.util.HashMap<>();
        exams.forEach(e -> codes.put(PhaseEdgeJob.jobName(e.getId()), e.getCode()));
        return scheduling.scheduled(PhaseEdgeJob.GROUP).stream().filter(s -> codes.containsKey(s.job()))
                .map(s -> new Due(codes.get(s.job()), s.trigger().substring(s.trigger().indexOf(':') + 1), s.fireAt()))
                .toList();
    }
}
