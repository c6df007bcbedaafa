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
                    grade == null ? "grade" : "jurisdiction");
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
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.badInput("invalid-committee", "plannedTo", "committee.dates");
        }
        if (from.getYear() != year || to.getYear() != year) {
            throw DomainException.badInput("invalid-committee", "plannedFrom", "committee.year", year);
        }
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

    private static String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (Texts.hidden(v)) {
            throw DomainException.badInput("invalid-committee", field, "text.hidden");
        }
        if (v.isEmpty() || v.length() > max || v.chars().anyMatch(ch -> ch == '<' || ch == '>')) {
            throw DomainException.badInput("invalid-committee", field, "committee.text", field, max);
        }
        return v;
    }
}
