package org.kaowu.plan;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Texts;

import java.time.LocalDate;
import java.util.List;

/** The register of title-review committees and their planned annual sessions. */
@Stateless
public class ReviewCommittees {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public List<ReviewCommittee> all() {
        return em.createNamedQuery("ReviewCommittee.findAll", ReviewCommittee.class).getResultList();
    }

    /** The years that have planned sessions, latest first. */
    public List<Integer> sessionYears() {
        return em.createQuery("select distinct s.year from AnnualSession s order by s.year desc", Integer.class).getResultList();
    }

    public List<AnnualSession> sessions(int year) {
        return em.createNamedQuery("AnnualSession.findByYear", AnnualSession.class).setParameter("year", year).getResultList();
    }

    public ReviewCommittee register(String name, String series, ReviewCommittee.Grade grade, String organiser,
                                    ReviewCommittee.Jurisdiction jurisdiction, String actor) {
        String n = text("name", name, 200);
        if (!em.createNamedQuery("ReviewCommittee.findByName").setParameter("name", n).getResultList().isEmpty()) {
            throw DomainException.conflict("committee-exists", "name", "committee.exists", n);
        }
        if (grade == null || jurisdiction == null) {
            throw DomainException.badInput("invalid-committee", grade == null ? "grade" : "jurisdiction", "committee.required",
                    org.kaowu.shared.Localized.of("committee.field." + (grade == null ? "grade" : "jurisdiction")));
        }
        ReviewCommittee c = new ReviewCommittee(n, text("series", series, 100), grade, text("organiser", organiser, 200),
                jurisdiction, clock.now(), actor);
        em.persist(c);
        audit.record(actor, "committee.register", "ReviewCommittee", n, null, grade + " " + jurisdiction);
        return c;
    }

    /**
     * Plans (or re-plans) a committee's annual session. A session ending after 30 November is stored but flagged:
     * the notice wants sessions over by then and no review across the year end.
     */
    public AnnualSession planSession(long committeeId, int year, LocalDate from, LocalDate to, String note, String actor) {
        ReviewCommittee c = em.find(ReviewCommittee.class, committeeId);
        if (c == null) {
            throw new DomainException("no-such-committee", 404, "committee", "committee.none");
        }
        checkDates(year, from, to);
        AnnualSession s = em.createNamedQuery("AnnualSession.findByCommitteeAndYear", AnnualSession.class).setParameter("committee", committeeId)
                .setParameter("year", year).getResultStream().findFirst().orElse(null);
        String clean = note == null || note.isBlank() ? null : text("note", note, 1000);
        if (s == null) {
            s = new AnnualSession(c, year, from, to, clean);
            em.persist(s);
        } else {
            s.replan(from, to, clean);
        }
        audit.record(actor, "committee.session", "ReviewCommittee", c.getName(), null, year + ": " + from + " – " + to
                + (s.late() ? " (after 30 November)" : ""));
        return s;
    }

    public ReviewCommittee committee(long id) {
        ReviewCommittee c = em.find(ReviewCommittee.class, id);
        if (c == null) {
            throw new DomainException("no-such-committee", 404, "committee", "committee.none");
        }
        return c;
    }

    public AnnualSession session(long id) {
        AnnualSession s = em.createNamedQuery("AnnualSession.findById", AnnualSession.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
        if (s == null) {
            throw new DomainException("no-such-session", 404, "session", "committee.sessionNone");
        }
        return s;
    }

    /** Corrects a committee's particulars (its name stays unique); audited with what it was. */
    public ReviewCommittee update(long id, String name, String series, ReviewCommittee.Grade grade, String organiser,
                                  ReviewCommittee.Jurisdiction jurisdiction, String actor) {
        ReviewCommittee c = committee(id);
        String n = text("name", name, 200);
        boolean taken = em.createNamedQuery("ReviewCommittee.findByName", ReviewCommittee.class).setParameter("name", n)
                .getResultStream().anyMatch(other -> !other.getId().equals(c.getId()));
        if (taken) {
            throw DomainException.conflict("committee-exists", "name", "committee.exists", n);
        }
        if (grade == null || jurisdiction == null) {
            throw DomainException.badInput("invalid-committee", grade == null ? "grade" : "jurisdiction", "committee.required",
                    org.kaowu.shared.Localized.of("committee.field." + (grade == null ? "grade" : "jurisdiction")));
        }
        String s = text("series", series, 100);
        String o = text("organiser", organiser, 200);
        String before = describe(c);
        c.change(n, s, grade, o, jurisdiction);
        audit.record(actor, "committee.update", "ReviewCommittee", Long.toString(id), null, before + " → " + describe(c));
        return c;
    }

    /** Removes a committee that has no planned session; one that has is refused, naming how many. */
    public void delete(long id, String actor) {
        ReviewCommittee c = committee(id);
        long sessions = em.createNamedQuery("AnnualSession.countByCommittee", Long.class).setParameter("committee", id)
                .getSingleResult();
        if (sessions > 0) {
            throw DomainException.conflict("committee-in-use", "committee", "committee.hasSessions", c.getName(), sessions);
        }
        em.remove(c);
        audit.record(actor, "committee.delete", "ReviewCommittee", Long.toString(id), null, describe(c));
    }

    /** Moves a planned session (within its year; the end-of-November flag follows the new dates); audited. */
    public AnnualSession updateSession(long id, LocalDate from, LocalDate to, String note, String actor) {
        AnnualSession s = session(id);
        checkDates(s.getYear(), from, to);
        String clean = note == null || note.isBlank() ? null : text("note", note, 1000);
        String before = s.getPlannedFrom() + " – " + s.getPlannedTo();
        s.replan(from, to, clean);
        audit.record(actor, "committee.session.update", "ReviewCommittee", s.getCommittee().getName(), null,
                s.getYear() + ": " + before + " → " + from + " – " + to + (s.late() ? " (after 30 November)" : ""));
        return s;
    }

    /** Takes a planned session off the register; audited with its dates. */
    public void deleteSession(long id, String actor) {
        AnnualSession s = session(id);
        String what = s.getYear() + ": " + s.getPlannedFrom() + " – " + s.getPlannedTo();
        String committee = s.getCommittee().getName();
        em.remove(s);
        audit.record(actor, "committee.session.delete", "ReviewCommittee", committee, null, what);
    }

    private static void checkDates(int year, LocalDate from, LocalDate to) {
        if (year < 2000 || year > 2100) {
            throw DomainException.badInput("invalid-committee", "year", "committee.badYear");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.badInput("invalid-committee", "plannedTo", "committee.dates");
        }
        if (from.getYear() != year || to.getYear() != year) {
            throw DomainException.badInput("invalid-committee", "plannedFrom", "committee.year", Integer.toString(year));
        }
    }

    private static String describe(ReviewCommittee c) {
        return c.getName() + " / " + c.getSeries() + " / " + c.getGrade() + " / " + c.getOrganiser() + " / " + c.getJurisdiction();
    }

    private static String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (Texts.hidden(v)) {
            throw DomainException.badInput("invalid-committee", field, "text.hidden");
        }
        if (v.isEmpty() || v.length() > max || v.chars().anyMatch(ch -> ch == '<' || ch == '>')) {
            throw DomainException.badInput("invalid-committee", field, "committee.text",
                    org.kaowu.shared.Localized.of("committee.field." + field), Integer.toString(max));
        }
        return v;
    }
}
