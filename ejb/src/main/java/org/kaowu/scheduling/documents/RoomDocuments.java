package org.kaowu.scheduling.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.registration.Areas;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.scheduling.AllocationRun;
import org.kaowu.scheduling.ExamRoom;
import org.kaowu.scheduling.ExamSite;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.scheduling.SeatAssignment;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Room documents for the office: per site and exam day of an exam's current seats in an area, one PDF with the site
 * summary, each room's door list (names masked) and sign-in sheet (photos in seat order, seat plan). Made on request
 * from the current run's seats of registrations that still sit; every download is audited (the sheets carry names
 * and photos).
 */
@Stateless
public class RoomDocuments {

    /** Who still sits: a registration voided, lapsed or rejected after seating is left off the documents. */
    static final List<RegistrationStatus> SITTING = List.of(RegistrationStatus.ACCEPTED, RegistrationStatus.APPROVED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SeatAllocator allocator;

    @EJB
    private DocumentFonts fonts;

    @EJB
    private AuditTrail audit;

    /** A site's seats on a day in the current run: what the office can download. */
    public record SiteDay(long siteId, String siteCode, String siteName, LocalDate day, long rooms, long candidates) {
    }

    public record Pdf(String fileName, byte[] pdf) {
    }

    public record Count(long siteId, LocalDate day, long rooms, long candidates) {
    }

    /** The sites and days of the exam's current seats in the area (empty when it has no completed run). */
    public List<SiteDay> sites(long examId, String area) {
        AllocationRun run = current(examId, area);
        if (run == null) {
            return List.of();
        }
        List<SiteDay> out = new ArrayList<>();
        for (Count c : em.createQuery("select new org.kaowu.scheduling.documents.RoomDocuments$Count(s.siteId, s.day,"
                        + " count(distinct s.roomId), count(s)) from SeatAssignment s, Registration g"
                        + " where g.id = s.registrationId and s.runId = :run and g.status in :sitting"
                        + " group by s.siteId, s.day", Count.class).setParameter("run", run.getId())
                .setParameter("sitting", SITTING).getResultList()) {
            ExamSite site = em.find(ExamSite.class, c.siteId());
            out.add(new SiteDay(c.siteId(), site == null ? "" : site.getCode(), site == null ? "" : site.getName(),
                    c.day(), c.rooms(), c.candidates()));
        }
        out.sort(Comparator.comparing(SiteDay::day).thenComparing(SiteDay::siteCode));
        return out;
    }

    /**
     * The site's documents for the day: 404 {@code no-such-site} when the exam's current seats in the area have none
     * at that site on that day.
     */
    public Pdf site(long examId, String area, long siteId, LocalDate day, Locale locale, String actor) {
        AllocationRun run = current(examId, area);
        ExamSite site = em.find(ExamSite.class, siteId);
        if (run == null || site == null || day == null) {
            throw new DomainException("no-such-site", 404, "site", "roomDocs.none");
        }
        List<SeatAssignment> seats = em.createQuery("select s from SeatAssignment s, Registration g"
                        + " where g.id = s.registrationId and s.runId = :run and s.siteId = :site and s.day = :day"
                        + " and g.status in :sitting order by s.roomId, s.seatNumber", SeatAssignment.class)
                .setParameter("run", run.getId()).setParameter("site", siteId).setParameter("day", day)
                .setParameter("sitting", SITTING).getResultList();
        if (seats.isEmpty()) {
            throw new DomainException("no-such-site", 404, "site", "roomDocs.none");
        }
        List<Long> ids = seats.stream().map(SeatAssignment::getRegistrationId).distinct().toList();
        Map<Long, String> tickets = new HashMap<>();
        Map<Long, Object[]> people = new HashMap<>();
        Map<Long, byte[]> photos = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            em.createQuery("select s.registrationId, s.ticketNumber from SeatAssignment s where s.runId = :run"
                            + " and s.ticketNumber is not null and s.registrationId in :ids", Object[].class)
                    .setParameter("run", run.getId()).setParameter("ids", part).getResultList()
                    .forEach(r -> tickets.put((Long) r[0], (String) r[1]));
            em.createQuery("select g.id, p.realName, p.idNumber, g.accountId from Registration g, CandidateProfile p"
                            + " where p.accountId = g.accountId and g.id in :ids", Object[].class)
                    .setParameter("ids", part).getResultList().forEach(r -> people.put((Long) r[0], r));
            List<Long> accounts = part.stream().map(people::get).filter(r -> r != null).map(r -> (Long) r[3]).toList();
            if (!accounts.isEmpty()) {
                em.createQuery("select c.accountId, c.content from CandidatePhoto c where c.accountId in :accounts",
                                Object[].class).setParameter("accounts", accounts).getResultList()
                        .forEach(c -> photos.put((Long) c[0], (byte[]) c[1]));
            }
        }
        Map<Long, List<RoomDocumentsPdf.Occupant>> byRoom = new LinkedHashMap<>();
        for (SeatAssignment s : seats) {
            Object[] p = people.get(s.getRegistrationId());
            String name = p == null ? "" : (String) p[1];
            byRoom.computeIfAbsent(s.getRoomId(), r -> new ArrayList<>()).add(new RoomDocumentsPdf.Occupant(
                    s.getSeatNumber(), s.getRow(), s.getColumn(), tickets.getOrDefault(s.getRegistrationId(), ""), name,
                    IdNumbers.maskName(name), p == null ? "" : IdNumbers.mask((String) p[2]),
                    p == null ? null : photos.get((Long) p[3])));
        }
        List<RoomDocumentsPdf.Room> rooms = new ArrayList<>();
        for (var e : byRoom.entrySet()) {
            ExamRoom room = em.find(ExamRoom.class, e.getKey());
            rooms.add(new RoomDocumentsPdf.Room(room.getNumber(), room.getFloor(), room.layout(), e.getValue()));
        }
        rooms.sort(Comparator.comparing(RoomDocumentsPdf.Room::number));
        Exam exam = em.find(Exam.class, examId);
        Map<String, String> names = new HashMap<>();
        exam.subjectData().forEach(x -> names.putIfAbsent(x.code(), x.name()));
        List<TicketPdf.Session> sessions = exam.sessionData().stream().filter(x -> x.date().equals(day))
                .sorted(Comparator.comparing(PlanData.SessionData::start))
                .map(x -> new TicketPdf.Session(x.date(), x.start(), x.end(),
                        names.getOrDefault(x.subjectCode(), x.subjectCode()))).distinct().toList();
        byte[] pdf = RoomDocumentsPdf.render(new RoomDocumentsPdf.Site(exam.getPlan().getYear(), exam.title(null), area,
                site.getCode(), site.getName(), site.getAddress(), day, sessions, rooms, Messages.supported(locale)),
                fonts.font());
        audit.record(actor, "documents.site", "ExamSite", site.getCode(), null, "exam " + examId + ", " + day + ", "
                + rooms.size() + " rooms, " + seats.size() + " candidates");
        return new Pdf(Messages.text(Messages.supported(locale), "roomDocs.file", site.getCode(), day.toString()), pdf);
    }

    private AllocationRun current(long examId, String area) {
        if (em.find(Exam.class, examId) == null) {
            throw new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam");
        }
        if (area == null || !Areas.ALL.contains(area)) {
            throw DomainException.unprocessable("invalid-seating", "area", "seating.bad.area", area == null ? "" : area);
        }
        return allocator.current(examId, area).orElse(null);
    }
}
