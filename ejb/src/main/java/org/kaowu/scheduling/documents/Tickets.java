package org.kaowu.scheduling.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.Timeline;
import org.kaowu.registration.CandidatePhoto;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.scheduling.ExamRoom;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.scheduling.SeatAssignment;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Admission tickets (准考证): the candidate's PDF, only for their own registration and only inside the area's ticket
 * window ({@code ticketsOpen} to {@code ticketsClose}, checked here on the server), and the check at the door of the
 * QR code's signed token (staff: a valid token shows whom the ticket admits and where; a forged, altered, expired or
 * stale one is refused, and every check is audited).
 *
 * <p>The seats are those of the exam's current (completed, not superseded) allocation run for the registration's area;
 * the ticket number stands on the first exam day's row. A token names the ticket number and the first day's room and
 * seat: when re-seating changes either, the old ticket no longer passes ({@code ticket-stale}).
 */
@Stateless
public class Tickets {

    static final String INVALID = "ticket-invalid";

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SeatAllocator allocator;

    @EJB
    private TicketKeys keys;

    @EJB
    private DocumentFonts fonts;

    @EJB
    private AuditTrail audit;

    /** A ticket to download: file name and the PDF. */
    public record Ticket(String fileName, byte[] pdf) {
    }

    /** What the door check shows of a valid ticket. The photo is the stored JPEG (null if none). */
    public record Admitted(long registrationId, String name, String maskedIdNumber, String ticketNumber, String exam,
                           int year, String area, List<TicketPdf.Session> sessions, List<TicketPdf.Seat> seats,
                           byte[] photo) {
    }

    /**
     * The candidate's ticket as a PDF. Refused: a registration that is not the account's (404
     * {@code no-such-registration}, the same answer as one that does not exist), before the window opens (409
     * {@code tickets-not-open}, naming when it opens) or after it closed (409 {@code tickets-closed}), a registration
     * that will not sit (409 {@code no-ticket}) or has no seat yet (409 {@code not-seated}).
     */
    public Ticket download(long accountId, long registrationId, Locale locale) {
        Registration g = em.find(Registration.class, registrationId);
        if (g == null || !g.ownedBy(accountId)) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        Exam exam = em.find(Exam.class, g.getExamId());
        Timeline t = exam.timeline(g.getArea());
        Instant now = clock.now();
        if (t.ticketsOpen() == null || now.isBefore(t.ticketsOpen())) {
            throw DomainException.conflict("tickets-not-open", "id", "ticket.notOpen", moment(t.ticketsOpen()))
                    .with("opens", t.ticketsOpen().toString());
        }
        if (t.ticketsClose() != null && !now.isBefore(t.ticketsClose())) {
            throw DomainException.conflict("tickets-closed", "id", "ticket.closed", lastDay(t.ticketsClose()))
                    .with("closed", t.ticketsClose().toString());
        }
        if (!sits(g)) {
            throw DomainException.conflict("no-ticket", "id", "ticket.noTicket");
        }
        Seating s = seating(g);
        if (s == null) {
            throw DomainException.conflict("not-seated", "id", "ticket.notSeated");
        }
        CandidateProfile p = em.find(CandidateProfile.class, g.getAccountId());
        CandidatePhoto photo = em.find(CandidatePhoto.class, g.getAccountId());
        TicketToken token = new TicketToken(g.getId(), s.ticketNumber, s.first.getRoomId(), s.first.getSeatNumber(),
                expiry(t));
        TicketPdf.Data data = new TicketPdf.Data(exam.getPlan().getYear(), exam.title(g.getLevel()), g.getArea(),
                p == null ? "" : p.getRealName(), p == null ? "" : IdNumbers.mask(p.getIdNumber()), s.ticketNumber,
                sessions(exam, g), s.seats, photo == null ? null : photo.getContent(), token.sign(keys.key()),
                Messages.supported(locale));
        return new Ticket("准考证-" + s.ticketNumber + ".pdf", TicketPdf.render(data, fonts.font()));
    }

    /**
     * The door check of a QR token: whom it admits, or a refusal (422 {@code ticket-invalid}: forged, altered or not a
     * ticket; {@code ticket-expired}: its exam is over; {@code ticket-void}: the registration no longer sits;
     * {@code ticket-stale}: the candidate was re-seated and holds a newer ticket). Audited either way, without the token.
     */
    public Admitted check(String text, String actor) {
        TicketToken.Checked c = TicketToken.verify(text, keys.key(), clock.now());
        if (c.verdict() == TicketToken.Verdict.FORGED) {
            audit.record(actor, "ticket.check", "Registration", "-", null, "refused: forged or altered");
            throw DomainException.unprocessable(INVALID, "token", "ticket.check.forged");
        }
        TicketToken token = c.token();
        String subject = Long.toString(token.registrationId());
        Registration g = em.find(Registration.class, token.registrationId());
        if (g == null) {
            audit.record(actor, "ticket.check", "Registration", subject, null, "refused: unknown registration");
            throw DomainException.unprocessable(INVALID, "token", "ticket.check.forged");
        }
        if (c.verdict() == TicketToken.Verdict.EXPIRED) {
            audit.record(actor, "ticket.check", "Registration", subject, null, "refused: expired");
            throw DomainException.unprocessable("ticket-expired", "token", "ticket.check.expired");
        }
        if (!sits(g)) {
            audit.record(actor, "ticket.check", "Registration", subject, null, "refused: " + g.getStatus());
            throw DomainException.unprocessable("ticket-void", "token", "ticket.check.void");
        }
        Seating s = seating(g);
        if (s == null || !s.ticketNumber.equals(token.ticketNumber()) || s.first.getRoomId() != token.roomId()
                || s.first.getSeatNumber() != token.seatNumber()) {
            audit.record(actor, "ticket.check", "Registration", subject, null, "refused: stale ticket "
                    + token.ticketNumber());
            throw DomainException.unprocessable("ticket-stale", "token", "ticket.check.stale");
        }
        Exam exam = em.find(Exam.class, g.getExamId());
        CandidateProfile p = em.find(CandidateProfile.class, g.getAccountId());
        CandidatePhoto photo = em.find(CandidatePhoto.class, g.getAccountId());
        audit.record(actor, "ticket.check", "Registration", subject, null, "valid: ticket " + s.ticketNumber);
        return new Admitted(g.getId(), p == null ? "" : p.getRealName(), p == null ? "" : IdNumbers.mask(p.getIdNumber()),
                s.ticketNumber, exam.title(g.getLevel()), exam.getPlan().getYear(), g.getArea(), sessions(exam, g),
                s.seats, photo == null ? null : photo.getContent());
    }

    /** Whether the registration still sits: not voided, lapsed or rejected. */
    private static boolean sits(Registration g) {
        return g.getStatus() == RegistrationStatus.ACCEPTED || g.getStatus() == RegistrationStatus.APPROVED;
    }

    private record Seating(String ticketNumber, SeatAssignment first, List<TicketPdf.Seat> seats) {
    }

    /** The registration's seats in the current run of its exam and area, day by day (null: not seated). */
    private Seating seating(Registration g) {
        var run = allocator.current(g.getExamId(), g.getArea());
        if (run.isEmpty()) {
            return null;
        }
        List<SeatAssignment> rows = em.createQuery("select s from SeatAssignment s where s.runId = :run"
                        + " and s.registrationId = :registration order by s.day", SeatAssignment.class)
                .setParameter("run", run.get().getId()).setParameter("registration", g.getId()).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        String ticket = rows.stream().map(SeatAssignment::getTicketNumber).filter(x -> x != null).findFirst()
                .orElse(null);
        if (ticket == null) {
            return null;
        }
        Map<Long, ExamRoom> rooms = new HashMap<>();
        List<TicketPdf.Seat> seats = new ArrayList<>();
        for (SeatAssignment s : rows) {
            ExamRoom room = rooms.computeIfAbsent(s.getRoomId(), id -> em.find(ExamRoom.class, id));
            seats.add(new TicketPdf.Seat(s.getDay(), room == null ? "" : room.getSite().getName(),
                    room == null ? "" : room.getSite().getAddress(), room == null ? "" : room.getNumber(),
                    s.getSeatNumber()));
        }
        return new Seating(ticket, rows.get(0), List.copyOf(seats));
    }

    /** The sessions the registration sits (its level's, or every level's, for its subjects), by day and start. */
    static List<TicketPdf.Session> sessions(Exam exam, Registration g) {
        Map<String, String> names = new HashMap<>();
        for (PlanData.SubjectData s : exam.subjectData()) {
            if (s.level() == null || s.level().isBlank() || s.level().equals(g.getLevel())) {
                names.put(s.code(), s.name());
            }
        }
        return exam.sessionData().stream()
                .filter(x -> (x.level() == null || x.level().isBlank() || x.level().equals(g.getLevel()))
                        && g.getSubjects().contains(x.subjectCode()))
                .sorted(java.util.Comparator.comparing(PlanData.SessionData::date)
                        .thenComparing(PlanData.SessionData::start))
                .map(x -> new TicketPdf.Session(x.date(), x.start(), x.end(),
                        names.getOrDefault(x.subjectCode(), x.subjectCode())))
                .toList();
    }

    /** A token expires when the exam ends (or, without an end, 60 days after the window closed). */
    private static Instant expiry(Timeline t) {
        if (t.examEnd() != null) {
            return t.examEnd();
        }
        Instant base = t.ticketsClose() != null ? t.ticketsClose() : t.ticketsOpen();
        return base.plus(java.time.Duration.ofDays(60));
    }

    /** The day a closing edge closes (it passes at the midnight after that day). */
    private static String lastDay(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at.minusNanos(1).atZone(AuthorityClock.ZONE));
    }

    private static String moment(Instant at) {
        return at == null ? "—" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(AuthorityClock.ZONE));
    }
}
