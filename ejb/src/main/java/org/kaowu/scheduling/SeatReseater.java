package org.kaowu.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.SessionMode;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.Notifications;
import org.kaowu.registration.Registration;
import org.kaowu.registration.Sitters;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Localized;
import org.kaowu.shared.Messages;
import org.kaowu.shared.Texts;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Re-seating with minimal disturbance (调整考场) as a use case. The office closes a whole site or chosen rooms of one area
 * on an exam day, with a reason; the closure and the moves are one transaction:
 * <ol>
 * <li>The rooms are checked (they exist, are of one area, are lent that day and not closed yet) and closed
 *     ({@link RoomClosure}: from now on {@link Venues#availableRooms} leaves them out that day, so later runs and the
 *     fill table do too).</li>
 * <li>Every current run of the area (completed, not superseded; its row locked, so two re-seatings of an area take
 *     turns) with seats in those rooms that day is re-seated by {@link SeatPlanner#reseat} from a recorded seed: only
 *     the candidates of the closed rooms move (a spare room with the same seat numbers first, else the nearest free
 *     seats of the site, then of the area, of the kind the day's sessions need); everyone else keeps seat and ticket
 *     number.</li>
 * <li>A moved candidate's seat row is changed in place; when the moved day is the candidate's first exam day the ticket
 *     number follows the new seat (the same template and places as the run gave). Each move is kept
 *     ({@link SeatMove}), the candidate is notified (new site, room, seat and ticket number, in the reader's language),
 *     and the re-seating is audited (who, when, the reason, how many moved).</li>
 * </ol>
 * Refused, storing nothing: no reason, an unknown site or room (404), rooms of several areas, a room not lent that day
 * or already closed, a run of the area still queued or running (409 {@code seating-running}), and seats missing for
 * those who must move (422 {@code reseating-shortfall}, naming the site they leave, the group and the seats missing).
 */
@Stateless
public class SeatReseater {

    static final String PROBLEM = "invalid-reseating";
    public static final int MAX_REASON = 500;
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private Sitters sitters;

    @EJB
    private Venues venues;

    @EJB
    private Notifications notifications;

    /** One candidate moved: where from, where to, the ticket numbers before and after; the name masked. */
    public record Moved(long registrationId, String candidate, long runId, long examId, LocalDate day,
                        String fromSiteCode, String fromRoom, int fromSeat, String toSiteCode, String toSiteName,
                        String toRoom, int toSeat, String oldTicket, String newTicket) {
    }

    /** What a re-seating did: the record and its moves. */
    public record Outcome(Reseating reseating, List<Moved> moved) {
    }

    /**
     * Closes the rooms (a whole site when {@code siteId} is given, else {@code roomIds}) on {@code day} and moves the
     * candidates seated there. See the class comment for what is refused.
     */
    public Outcome close(LocalDate day, Long siteId, Collection<Long> roomIds, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.unprocessable(PROBLEM, "reason", "seating.reseat.reasonRequired");
        }
        if (why.length() > MAX_REASON || Texts.hidden(why)) {
            throw DomainException.unprocessable(PROBLEM, "reason", "seating.reseat.reasonInvalid", MAX_REASON);
        }
        if (day == null) {
            throw DomainException.badInput(PROBLEM, "day", "seating.reseat.dayRequired");
        }
        // Which rooms: every room of the site lent that day, or the chosen ones.
        String area;
        Map<Long, ExamRoom> chosen = new LinkedHashMap<>();
        if (siteId != null) {
            ExamSite site = em.find(ExamSite.class, siteId);
            if (site == null) {
                throw new DomainException("no-such-site", 404, "site", "venue.noSuchSite");
            }
            area = site.getArea();
            for (AvailableRoom r : venues.availableRooms(area, day)) {
                if (r.siteId() == siteId) {
                    chosen.put(r.roomId(), em.find(ExamRoom.class, r.roomId()));
                }
            }
            if (chosen.isEmpty()) {
                throw DomainException.unprocessable(PROBLEM, "site", "seating.reseat.siteNotLent", site.getCode(),
                        day.toString());
            }
        } else {
            if (roomIds == null || roomIds.isEmpty()) {
                throw DomainException.badInput(PROBLEM, "rooms", "seating.reseat.nothingChosen");
            }
            area = null;
            Set<Long> open = null;
            for (Long id : new TreeSet<>(roomIds)) {
                ExamRoom room = id == null ? null : em.find(ExamRoom.class, id);
                if (room == null) {
                    throw new DomainException("no-such-room", 404, "rooms", "seating.reseat.noSuchRoom",
                            String.valueOf(id));
                }
                if (area == null) {
                    area = room.getSite().getArea();
                    open = venues.availableRooms(area, day).stream().map(AvailableRoom::roomId)
                            .collect(Collectors.toSet());
                } else if (!area.equals(room.getSite().getArea())) {
                    throw DomainException.unprocessable(PROBLEM, "rooms", "seating.reseat.areas");
                }
                if (!open.contains(id)) {
                    boolean closed = !em.createQuery("select c.id from RoomClosure c where c.roomId = :room"
                            + " and c.day = :day", Long.class).setParameter("room", id).setParameter("day", day)
                            .getResultList().isEmpty();
                    throw closed
                            ? DomainException.conflict("room-closed", "rooms", "seating.reseat.alreadyClosed",
                            room.getSite().getCode(), room.getNumber(), day.toString())
                            : DomainException.unprocessable(PROBLEM, "rooms", "seating.reseat.roomNotLent",
                            room.getSite().getCode(), room.getNumber(), day.toString());
                }
                chosen.put(id, room);
            }
        }
        // The area's current runs, locked: re-seatings of one area (and a run completing meanwhile) take turns.
        if (!em.createQuery("select r.id from AllocationRun r where r.area = :area and r.state in"
                        + " (org.kaowu.scheduling.AllocationRun.State.QUEUED,"
                        + " org.kaowu.scheduling.AllocationRun.State.RUNNING)", Long.class)
                .setParameter("area", area).getResultList().isEmpty()) {
            throw DomainException.conflict("seating-running", "area", "seating.running", area);
        }
        List<AllocationRun> runs = em.createNamedQuery("AllocationRun.findCurrentByArea", AllocationRun.class)
                .setParameter("area", area).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();

        long seed = SEEDS.nextLong();
        Reseating reseating = new Reseating(area, day, siteId, why, seed, chosen.size(), actor, clock.now());
        em.persist(reseating);
        for (Long id : chosen.keySet()) {
            em.persist(new RoomClosure(reseating.getId(), id, day));
        }

        List<SeatAllocator.Missing> missing = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (AllocationRun run : runs) {
            Planned p = plan(run, day, chosen.keySet(), seed, missing);
            if (p != null) {
                planned.add(p);
            }
        }
        if (!missing.isEmpty()) {
            int seats = missing.stream().mapToInt(SeatAllocator.Missing::missingSeats).sum();
            String zh = missing.stream().map(m -> m.text(Messages.CHINESE)).collect(Collectors.joining(" "));
            String en = missing.stream().map(m -> m.text(Locale.ENGLISH)).collect(Collectors.joining(" "));
            throw DomainException.unprocessable("reseating-shortfall", "rooms", "seating.reseat.shortfall", seats,
                    new Localized(zh, en)).with("missingSeats", seats);
        }
        List<Moved> moved = new ArrayList<>();
        for (Planned p : planned) {
            moved.addAll(apply(reseating, p, why, day));
        }
        reseating.moved(moved.size());
        audit.record(actor, "seating.reseat", "Reseating", Long.toString(reseating.getId()), why,
                area + ", " + day + ", " + (siteId != null ? "site " + siteId : "rooms " + chosen.keySet()) + ": "
                        + moved.size() + " moved in " + planned.size() + " run(s), seed " + seed);
        return new Outcome(reseating, moved);
    }

    /**
     * As {@link #close} with the site's code and, optionally, room numbers of that site (none: the whole site), as the
     * office's page names them. An unknown site code is a 404, an unknown room number a 422 naming it.
     */
    public Outcome closeByCodes(LocalDate day, String siteCode, Collection<String> roomNumbers, String reason,
                                String actor) {
        String code = siteCode == null ? "" : siteCode.strip();
        if (code.isEmpty()) {
            throw DomainException.badInput(PROBLEM, "site", "seating.reseat.nothingChosen");
        }
        ExamSite site = em.createNamedQuery("ExamSite.findByCode", ExamSite.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("no-such-site", 404, "site", "seating.reseat.noSuchSite", code));
        List<String> numbers = roomNumbers == null ? List.of()
                : roomNumbers.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        if (numbers.isEmpty()) {
            return close(day, site.getId(), List.of(), reason, actor);
        }
        List<Long> ids = new ArrayList<>();
        for (String n : numbers) {
            ids.add(site.getRooms().stream().filter(r -> r.getNumber().equals(n)).findFirst()
                    .orElseThrow(() -> DomainException.unprocessable(PROBLEM, "rooms", "seating.reseat.noSuchNumber",
                            code, n)).getId());
        }
        return close(day, null, ids, reason, actor);
    }

    /** The exam's days, in order (the days a re-seating may concern). */
    public List<LocalDate> examDays(long examId) {
        Exam exam = em.find(Exam.class, examId);
        return exam == null ? List.of() : examDays(exam);
    }

    /** A run's re-seating for the day, planned: the seat rows that move, to where, the rooms and the ticket places. */
    private record Planned(AllocationRun run, Exam exam, Map<Long, SeatAssignment> rows, List<SeatPlacement> moves,
                           Map<Long, AvailableRoom> rooms) {
    }

    private Planned plan(AllocationRun run, LocalDate day, Set<Long> closing, long seed,
                         List<SeatAllocator.Missing> missing) {
        List<SeatAssignment> seats = em.createQuery("select s from SeatAssignment s where s.runId = :run"
                        + " and s.day = :day", SeatAssignment.class).setParameter("run", run.getId())
                .setParameter("day", day).getResultList();
        if (seats.stream().noneMatch(s -> closing.contains(s.getRoomId()))) {
            return null;
        }
        Exam exam = em.find(Exam.class, run.getExamId());
        // The rooms of the day as the planner needs them: lent, of the day's kind, not closed earlier; the closing ones
        // included (the planner moves their candidates); any room a seat still names, even if no longer lent.
        Map<Long, AvailableRoom> rooms = new LinkedHashMap<>();
        Set<Long> closedBefore = new HashSet<>(em.createQuery("select c.roomId from RoomClosure c where c.day = :day"
                + " and c.roomId not in :closing", Long.class).setParameter("day", day)
                .setParameter("closing", closing).getResultList());
        for (AvailableRoom r : roomsOfKind(exam, day, venues.lentRooms(run.getArea(), day))) {
            if (!closedBefore.contains(r.roomId())) {
                rooms.put(r.roomId(), r);
            }
        }
        Set<Long> unavailable = new HashSet<>(closing);
        for (SeatAssignment s : seats) {
            if (!rooms.containsKey(s.getRoomId())) {
                ExamRoom room = em.find(ExamRoom.class, s.getRoomId());
                if (room != null && room.getSite().getArea().equals(run.getArea())) {
                    rooms.put(room.getId(), room.available());
                } else {
                    unavailable.add(s.getRoomId());
                }
            }
        }
        Map<Long, SeatingCandidate> byId = new HashMap<>();
        SeatAllocator.candidatesByDay(exam.sessionData(), sitters.everyone(run.getExamId(), run.getArea()))
                .getOrDefault(day, List.of()).forEach(c -> byId.put(c.registrationId(), c));
        List<SeatPlacement> current = new ArrayList<>(seats.size());
        List<SeatingCandidate> people = new ArrayList<>(seats.size());
        Map<Long, String> roomGroup = new HashMap<>();
        for (SeatAssignment s : seats) {
            SeatingCandidate c = byId.get(s.getRegistrationId());
            if (c != null) {
                roomGroup.putIfAbsent(s.getRoomId(), c.group());
            }
        }
        Map<Long, SeatAssignment> rows = new HashMap<>();
        for (SeatAssignment s : seats) {
            SeatingCandidate c = byId.get(s.getRegistrationId());
            if (c == null) {
                // A registration the run seated that no longer reads as one of the exam's (deleted data): it keeps
                // its room's group, so that it counts as a neighbour like the others.
                c = new SeatingCandidate(s.getRegistrationId(),
                        roomGroup.getOrDefault(s.getRoomId(), "\u0000" + s.getRegistrationId()), null, false, List.of());
            }
            people.add(c);
            current.add(new SeatPlacement(s.getRegistrationId(), s.getRoomId(), s.getRow(), s.getColumn(),
                    s.getSeatNumber()));
            rows.put(s.getRegistrationId(), s);
        }
        SeatingPlan plan = SeatPlanner.reseat(current, unavailable, people, List.copyOf(rooms.values()), run.policy(),
                seed);
        if (!plan.complete()) {
            for (SeatShortfall s : plan.shortfalls()) {
                AvailableRoom site = s.siteId() == null ? null : rooms.values().stream()
                        .filter(r -> r.siteId() == s.siteId()).findFirst().orElse(null);
                missing.add(new SeatAllocator.Missing(s.area() == null ? run.getArea() : s.area(),
                        site == null ? null : site.siteCode(), site == null ? null : site.siteName(), s.group(),
                        s.accessible(), s.missingSeats(), s.employer()));
            }
            return null;
        }
        return new Planned(run, exam, rows, plan.placements(), rooms);
    }

    private List<Moved> apply(Reseating reseating, Planned p, String why, LocalDate day) {
        AllocationRun run = p.run();
        // The ticket places as the run gave them: every room of its exam days, of the days' kinds, that was not closed
        // when the run was planned (rooms closed since, this re-seating's included, keep their places).
        java.time.Instant planned = run.getStartedAt() != null ? run.getStartedAt() : run.getCreatedAt();
        Set<String> closedThen = new HashSet<>(em.createQuery("select concat(c.roomId, '@', c.day) from RoomClosure c,"
                + " Reseating x where x.id = c.reseatingId and x.doneAt < :planned", String.class)
                .setParameter("planned", planned).getResultList());
        Map<Long, AvailableRoom> all = new HashMap<>();
        examDays(p.exam()).forEach(d -> roomsOfKind(p.exam(), d, venues.lentRooms(run.getArea(), d)).stream()
                .filter(r -> !closedThen.contains(r.roomId() + "@" + d))
                .forEach(r -> all.put(r.roomId(), r)));
        p.rooms().forEach(all::putIfAbsent);
        Map<Long, String[]> places = SeatAllocator.ticketPlaces(all.values());
        TicketNumberTemplate template = TicketNumberTemplate.parse(run.getTicketTemplate());
        int year = p.exam().getPlan().getYear();
        List<Moved> out = new ArrayList<>();
        for (SeatPlacement to : p.moves()) {
            SeatAssignment row = p.rows().get(to.registrationId());
            AvailableRoom target = p.rooms().get(to.roomId());
            AvailableRoom from = p.rooms().get(row.getRoomId());
            String oldTicket = row.getTicketNumber();
            String newTicket = oldTicket;
            if (oldTicket != null) {
                String[] place = places.get(target.roomId());
                newTicket = template.format(new TicketParts(year, p.exam().getCode(), run.getArea(), place[0], place[1],
                        to.seatNumber()));
                if (!newTicket.equals(oldTicket) && !em.createQuery("select s.id from SeatAssignment s where"
                                + " s.runId = :run and s.ticketNumber = :ticket", Long.class)
                        .setParameter("run", run.getId()).setParameter("ticket", newTicket).getResultList().isEmpty()) {
                    throw DomainException.conflict("ticket-clash", "rooms", "seating.reseat.ticketClash", newTicket);
                }
            }
            int fromSeat = row.getSeatNumber();
            long fromRoom = row.getRoomId();
            row.moveTo(target.siteId(), to, newTicket);
            em.persist(new SeatMove(reseating.getId(), run.getId(), to.registrationId(), day, fromRoom, fromSeat,
                    target.roomId(), target.siteId(), to.seatNumber(), oldTicket, newTicket));
            Registration registration = em.find(Registration.class, to.registrationId());
            String ticket = newTicket != null ? newTicket : ticketOf(run.getId(), to.registrationId());
            if (registration != null) {
                notifications.notify(registration, "notice.reseated", why, day.toString(), target.siteName(),
                        target.siteAddress() == null ? "" : target.siteAddress(), target.roomNumber(),
                        Integer.toString(to.seatNumber()), ticket == null ? "" : ticket);
            }
            out.add(new Moved(to.registrationId(), maskedName(registration), run.getId(), run.getExamId(), day,
                    from == null ? null : from.siteCode(), from == null ? null : from.roomNumber(), fromSeat,
                    target.siteCode(), target.siteName(), target.roomNumber(), to.seatNumber(), oldTicket, newTicket));
        }
        return out;
    }

    private String ticketOf(long runId, long registrationId) {
        return em.createQuery("select s.ticketNumber from SeatAssignment s where s.runId = :run"
                        + " and s.registrationId = :registration and s.ticketNumber is not null", String.class)
                .setParameter("run", runId).setParameter("registration", registrationId).getResultStream()
                .findFirst().orElse(null);
    }

    private String maskedName(Registration r) {
        if (r == null) {
            return "";
        }
        CandidateProfile profile = em.find(CandidateProfile.class, r.getAccountId());
        return profile == null ? "" : IdNumbers.maskName(profile.getRealName());
    }

    private static List<LocalDate> examDays(Exam exam) {
        return exam.sessionData().stream().map(PlanData.SessionData::date).distinct().sorted().toList();
    }

    /** The rooms of the kind the exam's sessions of the day need (paper or computer; both when the day has both). */
    static List<AvailableRoom> roomsOfKind(Exam exam, LocalDate day, List<AvailableRoom> rooms) {
        Set<SessionMode> modes = EnumSet.noneOf(SessionMode.class);
        exam.sessionData().stream().filter(s -> s.date().equals(day)).forEach(s -> modes.add(s.mode()));
        return rooms.stream().filter(r -> modes.isEmpty() || modes.contains(r.kind() == RoomKind.PAPER
                ? SessionMode.PAPER : SessionMode.COMPUTER)).toList();
    }

    // ---- reading

    /** The area's re-seatings, newest first (an area has a few a year). */
    public List<Reseating> reseatings(String area) {
        return em.createNamedQuery("Reseating.findByArea", Reseating.class).setParameter("area", area)
                .getResultList();
    }

    public Reseating reseating(long id) {
        Reseating r = em.find(Reseating.class, id);
        if (r == null) {
            throw new DomainException("no-such-reseating", 404, "reseating", "seating.reseat.noSuch");
        }
        return r;
    }

    /** Who a re-seating moved, by registration: from where to where, the ticket numbers; names masked. */
    public List<Moved> moves(long reseatingId) {
        reseating(reseatingId);
        List<SeatMove> moves = em.createQuery("select m from SeatMove m where m.reseatingId = :id"
                + " order by m.registrationId, m.id", SeatMove.class).setParameter("id", reseatingId).getResultList();
        Set<Long> roomIds = new LinkedHashSet<>();
        moves.forEach(m -> {
            roomIds.add(m.getFromRoomId());
            roomIds.add(m.getToRoomId());
        });
        Map<Long, ExamRoom> rooms = new HashMap<>();
        for (Long id : roomIds) {
            ExamRoom room = em.find(ExamRoom.class, id);
            if (room != null) {
                rooms.put(id, room);
            }
        }
        List<Moved> out = new ArrayList<>();
        for (SeatMove m : moves) {
            ExamRoom from = rooms.get(m.getFromRoomId());
            ExamRoom to = rooms.get(m.getToRoomId());
            Registration registration = em.find(Registration.class, m.getRegistrationId());
            out.add(new Moved(m.getRegistrationId(), maskedName(registration), m.getRunId(),
                    registration == null ? 0 : registration.getExamId(), m.getDay(),
                    from == null ? null : from.getSite().getCode(), from == null ? null : from.getNumber(),
                    m.getFromSeat(), to == null ? null : to.getSite().getCode(), to == null ? null : to.getSite().getName(),
                    to == null ? null : to.getNumber(), m.getToSeat(), m.getOldTicket(), m.getNewTicket()));
        }
        return out;
    }
}
