package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

/**
 * A candidate takes back a commitment: allowed before payment and before the withdrawal deadline (the area's own
 * where it has one; {@link Registration#withdrawCommitment} holds to it). The registration moves to proof; the
 * commitment path stays closed for this exam this year.
 */
@Stateless
public class CommitmentWithdrawals {

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public Registration withdraw(long accountId, long id, String actor) {
        Registration own = em.find(Registration.class, id);
        if (own == null || !own.ownedBy(accountId)) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        Registration r = em.find(Registration.class, id, LockModeType.PESSIMISTIC_WRITE);
        Exam exam = em.find(Exam.class, r.getExamId());
        r.withdrawCommitment(clock.now(), exam.timeline(r.getArea()));
        audit.record(actor, "registration.withdrawCommitment", "Registration", Long.toString(id), null, "now PROOF");
        return r;
    }
}
