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

    /** Problem type of a revision refused. */
    public static final String INVALID_REVISION = "conduct/invalid-revision";

    /**
     * What a revision may change: the behaviour in both languages, what it does (score void, record, staff bar), the
     * reminder-first condition, whether it is decided at provincial level, and its source. Article, item and party
     * stay (a different article is a different rule).
     */
    public record Revision(String behaviourZh, String behaviourEn, ScoreVoid scoreVoid, RecordPeriod recordPeriod,
                           StaffBarPeriod staffBar, boolean reminderRequired, boolean provincial, String source)
            implements java.io.Serializable {
    }

    /**
     * Revises a rule: the version in force gets its end date (yesterday, or its own first day if it began today), a
     * new version with the changes takes effect today; audited as conduct.rule.revise with the reason. Cases keep the
     * version they were decided under. A staff rule voids no score and writes no record; a candidate rule bars nobody
     * from exam work; an unchanged revision is refused.
     */
    public MisconductRule revise(String code, Revision change, String reason, String actor) {
        MisconductRule current = find(code == null ? "" : code.trim())
                .orElseThrow(() -> new DomainException(UNKNOWN_RULE, 404, "code", "conduct.rule.unknown", code));
        em.lock(current, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw DomainException.badInput(INVALID_REVISION, "behaviourZh", "conduct.rule.revision.text");
        }
        String why = reason == null ? "" : reason.strip();
        if (org.kaowu.shared.Texts.hiddenMultiline(why)) {
            throw DomainException.badInput(INVALID_REVISION, "reason", "text.hidden");
        }
        if (why.isEmpty() || why.length() > 1000) {
            throw DomainException.badInput(INVALID_REVISION, "reason", "conduct.rule.revision.reason");
        }
        String zh = text(change.behaviourZh(), "behaviourZh", 500);
        String en = text(change.behaviourEn(), "behaviourEn", 500);
        String source = text(change.source(), "source", 200);
        if (change.scoreVoid() == null) {
            throw DomainException.badInput(INVALID_REVISION, "scoreVoid", "conduct.rule.revision.choice");
        }
        if (change.recordPeriod() == null) {
            throw DomainException.badInput(INVALID_REVISION, "recordPeriod", "conduct.rule.revision.choice");
        }
        if (change.staffBar() == null) {
            throw DomainException.badInput(INVALID_REVISION, "staffBar", "conduct.rule.revision.choice");
        }
        if (current.getParty() != Party.CANDIDATE
                && (change.scoreVoid() != ScoreVoid.NONE || change.recordPeriod() != RecordPeriod.NONE)) {
            throw DomainException.badInput(INVALID_REVISION, "scoreVoid", "conduct.rule.revision.notCandidate");
        }
        if (current.getParty() != Party.STAFF && change.staffBar() != StaffBarPeriod.NONE) {
            throw DomainException.badInput(INVALID_REVISION, "staffBar", "conduct.rule.revision.notStaff");
        }
        if (zh.equals(current.getBehaviourZh()) && en.equals(current.getBehaviourEn()) && source.equals(current.getSource())
                && change.scoreVoid() == current.getScoreVoid() && change.recordPeriod() == current.getRecordPeriod()
                && change.staffBar() == current.getStaffBar() && change.reminderRequired() == current.isReminderRequired()
                && change.provincial() == current.isProvincial()) {
            throw DomainException.badInput(INVALID_REVISION, "behaviourZh", "conduct.rule.revision.unchanged");
        }
        java.time.LocalDate today = clock.today();
        java.time.LocalDate until = today.minusDays(1).isBefore(current.getValidFrom()) ? current.getValidFrom()
                : today.minusDays(1);
        current.supersede(until);
        em.flush();
        MisconductRule next = new MisconductRule(current, today, clock.now(), actor, why);
        next.revise(zh, en, change.scoreVoid(), change.recordPeriod(), change.staffBar(), change.reminderRequired(),
                change.provincial(), source);
        em.persist(next);
        em.flush();
        audit.record(actor, "conduct.rule.revise", "MisconductRule", code, why,
                "version " + current.getVersion() + " -> " + next.getVersion() + ": " + next.sanction());
        return next;
    }

    private static String text(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (org.kaowu.shared.Texts.hidden(v)) {
            throw DomainException.badInput(INVALID_REVISION, field, "text.hidden");
        }
        if (v.isEmpty() || v.length() > max || v.indexOf('<') >= 0) {
            throw DomainException.badInput(INVALID_REVISION, field, "conduct.rule.revision.text");
        }
        return v;
    }

    /** The rule of this id (any version): a case keeps the version it was decided under. */
    public Optional<MisconductRule> version(long id) {
        return Optional.ofNullable(em.find(MisconductRule.class, id));
    }
}
