package org.kaowu.registration;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.plan.ExamEdgePassed;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The payment deadline's side-effect: when the exam calendar's Quartz job passes an edge at or after the withdrawal
 * and payment deadline, unpaid registrations whose (area's) deadline has passed lapse. Idempotent: a repeated or late
 * job lapses nothing twice, and later edges catch areas with later deadlines.
 */
@Stateless
public class RegistrationDeadlines {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final Logger LOG = Logger.getLogger(RegistrationDeadlines.class.getName());

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private AuditTrail audit;

    public void edgePassed(@Observes ExamEdgePassed edge) {
        Exam exam = em.find(Exam.class, edge.examId());
        if (exam == null) {
            return;
        }
        int lapsed = lapseUnpaid(exam, clock.now());
        if (lapsed > 0) {
            LOG.info("Exam " + exam.getId() + ": " + lapsed + " unpaid registration(s) lapsed at the payment deadline");
        }
    }

    /**
     * Lapses every unpaid registration of the exam that could have been paid (commitment accepted, proof approved) once
     * its area's deadline has passed; returns how many. Proof still under review is the office's to decide.
     */
    public int lapseUnpaid(Exam exam, Instant now) {
        List<Registration> unpaid = em.createQuery("select r from Registration r where r.examId = :exam and r.payment = "
                        + "org.kaowu.registration.Payment.UNPAID and r.status in :statuses", Registration.class)
                .setParameter("exam", exam.getId())
                .setParameter("statuses", List.of(RegistrationStatus.ACCEPTED, RegistrationStatus.APPROVED))
                .getResultList();
        int n = 0;
        for (Registration r : unpaid) {
            // Registration.lapse holds to the rest: only what could have been paid lapses.
            if (!now.isBefore(exam.timeline(r.getArea()).withdrawalDeadline())) {
                r.lapse(now);
                n++;
            }
        }
        if (n > 0) {
            audit.record("system", "registration.lapse", "Exam", Long.toString(exam.getId()), "unpaid at the deadline",
                    n + " registration(s)");
        }
        return n;
    }
}
