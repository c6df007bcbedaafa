package org.kaowu.conduct;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.util.List;
import java.util.Optional;

/**
 * The misconduct rules in force (V23): the behaviours a report offers for a party, a rule by code, a rule's history,
 * and revisions (a new version, the old one kept with its end date, audited as conduct.rule.revise).
 */
@Stateless
public class RuleBook {

    /** Problem type of an unknown rule code. */
    public static final String UNKNOWN_RULE = "conduct/unknown-rule";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthorityClock clock;

    @Inject
    AuditTrail audit;

    /** Every rule in force, by party, article and item. */
    public List<MisconductRule> current() {
        return em.createNamedQuery("MisconductRule.findCurrent", MisconductRule.class).getResultList();
    }

    /** The rules in force for one party, by article and item: what a report's behaviour list offers. */
    public List<MisconductRule> current(Party party) {
        return current().stream().filter(r -> r.getParty() == party).toList();
    }

    /** The rule in force with this code, if any. */
    public Optional<MisconductRule> find(String code) {
        return em.createNamedQuery("MisconductRule.findCurrentByCode", MisconductRule.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The rule in force with this code, or a 422 naming the code. */
    public MisconductRule require(String field, String code) {
        return find(code == null ? "" : code.trim())
                .orElseThrow(() -> DomainException.unprocessable(UNKNOWN_RULE, field, "conduct.rule.unknown", code));
    }

    /** Every version of a code, newest first. */
    public List<MisconductRule> history(String code) {
        return em.createNamedQuery("MisconductRule.findByCode", MisconductRule.class).setParameter("code", code)
                .getResultList();
    }

    /** The rule of this id (any version): a case keeps the version it was decided under. */
    public Optional<MisconductRule> version(long id) {
        return Optional.ofNullable(em.find(MisconductRule.class, id));
    }
}
