package org.kaowu.registration;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who will sit an exam, as registration knows it, for seat allocation: a registration that is live and standing
 * (commitment ACCEPTED or proof APPROVED; proof still under review, rejected, lapsed or voided is not), paid or free
 * (fee 0), not waiting for an identity case (neither the registration's {@code identityPending} nor a profile that
 * is DISPUTED or REJECTED). Each comes with the subjects it sits and the candidate's employer (the current work
 * period's, else the latest one's; normalised), which seat allocation keeps apart.
 */
@Stateless
public class Sitters {

    /**
     * A registration that will sit: its level, area, subjects sat (exemptions already left out), employer, and
     * whether the candidate's profile asks for an accessible room (无障碍考场).
     */
    public record Sitter(long registrationId, String level, String area, List<String> subjects, String employer,
                         boolean needsAccessible) {
        public Sitter(long registrationId, String level, String area, List<String> subjects, String employer) {
            this(registrationId, level, area, subjects, employer, false);
        }
    }

    /** The row the query reads; {@code subjects} as stored ("A/B"). */
    public record Row(long registrationId, String level, String area, String subjects, boolean needsAccessible) {
    }

    /** One work period of a sitter's profile. */
    public record Work(long registrationId, String employer, LocalDate from, LocalDate to) {
    }

    @PersistenceContext
    private EntityManager em;

    private static final String STANDING = " r.examId = :exam and r.status in :statuses"
            + " and (r.payment = org.kaowu.registration.Payment.PAID or r.fee = 0)"
            + " and r.identityPending = false"
            + " and p.identityStatus not in :disputed";

    /** Every registration of the exam that will sit, optionally of one area only, in id order. */
    public List<Sitter> of(long examId, String area) {
        return read(examId, area, true);
    }

    /**
     * Every registration of the exam in the area, whether it will sit or not (as {@link #of} describes them): for
     * re-seating, which must know everyone a completed run seated, even one voided since.
     */
    public List<Sitter> everyone(long examId, String area) {
        return read(examId, java.util.Objects.requireNonNull(area, "area"), false);
    }

    private List<Sitter> read(long examId, String area, boolean standing) {
        String areaClause = area == null ? "" : " and r.area = :area";
        String where = standing ? STANDING : " r.examId = :exam";
        var rows = em.createQuery("select new org.kaowu.registration.Sitters$Row(r.id, r.level, r.area, r.subjects,"
                        + " p.needsAccessibleRoom) from Registration r, CandidateProfile p where p.accountId = r.accountId"
                        + " and" + where + areaClause + " order by r.id", Row.class);
        var works = em.createQuery("select new org.kaowu.registration.Sitters$Work(r.id, w.employer, w.from, w.to)"
                        + " from Registration r, CandidateProfile p join p.work w where p.accountId = r.accountId and"
                        + where + areaClause, Work.class);
        for (var q : List.of(rows, works)) {
            q.setParameter("exam", examId);
            if (standing) {
                q.setParameter("statuses", List.of(RegistrationStatus.ACCEPTED, RegistrationStatus.APPROVED))
                        .setParameter("disputed", List.of(CandidateProfile.IdentityStatus.DISPUTED,
                                CandidateProfile.IdentityStatus.REJECTED));
            }
            if (area != null) {
                q.setParameter("area", area);
            }
        }
        Map<Long, Work> employer = new HashMap<>();
        for (Work w : works.getResultList()) {
            employer.merge(w.registrationId(), w, Sitters::later);
        }
        return rows.getResultList().stream().map(r -> new Sitter(r.registrationId(), r.level(), r.area(),
                Arrays.asList(r.subjects().split("/")), normalise(employer.get(r.registrationId())),
                r.needsAccessible())).toList();
    }

    /** The areas of the exam with at least one registration that will sit. */
    public List<String> areas(long examId) {
        return of(examId, null).stream().map(Sitter::area).distinct().sorted().toList();
    }

    /** The current period (no end) before an ended one; between two of a kind, the later. */
    private static Work later(Work a, Work b) {
        if (a.to() == null && b.to() == null) {
            return b.from().isAfter(a.from()) ? b : a;
        }
        if (a.to() == null || b.to() == null) {
            return a.to() == null ? a : b;
        }
        return b.to().isAfter(a.to()) ? b : a;
    }

    private static String normalise(Work w) {
        if (w == null || w.employer() == null || w.employer().isBlank()) {
            return null;
        }
        return w.employer().strip().toLowerCase(Locale.ROOT);
    }
}
