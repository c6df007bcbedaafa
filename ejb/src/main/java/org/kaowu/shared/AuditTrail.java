package org.kaowu.shared;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Records decisions in the caller's transaction: the decision and its audit entry land together or not at all. */
@Stateless
public class AuditTrail {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    public void record(String actor, String action, String subjectType, String subjectId, String reason, String details) {
        em.persist(new AuditEvent(clock.now(), actor, action, subjectType, subjectId, reason, details));
    }

    public List<AuditEvent> recent(int max) {
        return em.createNamedQuery("AuditEvent.findRecent", AuditEvent.class).setMaxResults(max).getResultList();
    }
}
