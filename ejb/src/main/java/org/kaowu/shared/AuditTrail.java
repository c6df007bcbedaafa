package org.kaowu.shared;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The audit list's filter: any of actor (exact user name), action (exact key) and days (Beijing time, inclusive). */
    public record Filter(String actor, String action, LocalDate from, LocalDate to) implements Serializable {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** Sortable fields of {@link #search}: field name to JPQL path. */
    static final Map<String, String> SORTABLE = Map.of("occurredAt", "e.occurredAt", "actor", "e.actor",
            "action", "e.action");

    /**
     * One page of the audit trail under {@code filter}, newest first unless sorted otherwise. A range whose end is
     * before its start is refused, naming the field {@code to}.
     */
    public Page<AuditEvent> search(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.none() : filter;
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw DomainException.badInput("invalid-filter", "to", "audit.badRange");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            where.append(" and e.actor = :actor");
            params.put("actor", f.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (f.action() != null && !f.action().isBlank()) {
            where.append(" and e.action = :action");
            params.put("action", f.action().strip());
        }
        if (f.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", f.from().atStartOfDay(AuthorityClock.ZONE).toInstant());
        }
        if (f.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(AuthorityClock.ZONE).toInstant());
        }
        var rows = em.createQuery("select e from AuditEvent e" + where
                + page.orderBy(SORTABLE, "e.occurredAt desc, e.id desc"), AuditEvent.class);
        var count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(rows, count, page);
    }

    /** Every action key the trail holds, for the filter's choices. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    public List<AuditEvent> recent(int max) {
        return em.createNamedQuery("AuditEvent.findRecent", AuditEvent.class).setMaxResults(max).getResultList();
    }
}
