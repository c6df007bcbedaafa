package org.kaowu.scheduling;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.plan.ExamEdgePassed;
import org.kaowu.plan.ExamPhase;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.SessionMode;
import org.kaowu.platform.scheduling.Scheduling;
import org.kaowu.registration.Areas;
import org.kaowu.registration.Registration;
import org.kaowu.registration.Sitters;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Seat allocation (考场编排) as a use case. A run is started by the office ({@link #start}) or, per area with candidates,
 * by the calendar's REGISTRATION_CLOSED edge ({@link #edgePassed}); a Quartz job ({@link SeatingRunJob}) then
 * {@linkplain #execute executes} it: the whole plan is computed in memory by {@link SeatPlanner} from the inputs and
 * the recorded seed (a shortfall fails the run and stores nothing), then the seats are written in chunks of
 * {@value #CHUNK} rows, one transaction each, with the run's counters. A run interrupted by a crash is taken up again
 * by the job's recovery: the plan is the same, and rows already written are skipped, so nobody is seated twice. The
 * seats become the exam's seats for the area only when the run completes (a new completed run supersedes the old).
 *
 * <p>Who is seated: {@link Sitters}. Which sessions of a day a candidate sits: the exam's sessions of the
 * registration's level (or of every level) for the subjects registered. The group (who may share a room) is the
 * level with the subjects sat that day: candidates of one room sit the same papers, so they start and leave together.
 * Rooms: those venues lend on the day ({@link Venues#availableRooms}), of the kind the day's sessions need (paper or
 * computer; both when the day has both). The ticket number comes from the run's ticket template with the site, room
 * and seat of the candidate's first exam day, the site and room written as their places in the area
 * ({@link #ticketPlaces}).
 */
@Stateless
public class SeatAllocator {

    static final int CHUNK = 2_000;
    /** The reserve share of a run the calendar starts (the office chooses its own). */
    public static final double DEFAULT_RESERVE_SHARE = 0.0;
    public static final double MAX_RESERVE_SHARE = 0.5;
    private static final String PROBLEM = "invalid-seating";
    private static final Logger LOG = Logger.getLogger(SeatAllocator.class.getName());
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
    private Scheduling scheduling;

    @Resource
    private SessionContext context;

    /** A seat to write: the day, the site, the placement and (first day only) the ticket number. */
    public record Row(LocalDate day, long siteId, SeatPlacement placement, String ticketNumber) {
    }

    /** The plan of a run ready to write: the rows still to write, those written before, the chunk size. */
    public record Prepared(List<Row> rows, int alreadyWritten, int chunkSize) {
        public Prepared(List<Row> rows, int alreadyWritten) {
            this(rows, alreadyWritten, CHUNK);
        }
    }

    /** One line of a fill table: a site (room null) or one of its rooms on an exam day. */
    public record Fill(LocalDate day, String siteCode, String siteName, String roomNumber, boolean spare,
                       boolean accessible, int seats, int used, int reserve) {
        /** Used seats in percent of the seats (0 when there are none). */
        public int fillRate() {
            return seats == 0 ? 0 : (int) Math.round(used * 100.0 / seats);
        }
    }

    /** A candidate's seat on one exam day, as the candidate sees it. */
    public record DaySeat(LocalDate day, String siteName, String siteAddress, String roomNumber, int seatNumber) {
    }

    /** A candidate's admission: the ticket number and the seat of each exam day. */
    public record Admission(long registrationId, String ticketNumber, List<DaySeat> days) {
    }

    /**
     * A shortfall as stored and shown: area, site (code and name, null for the whole area), group, kind, seats; with an
     * employer when the seats would do but that employer's candidates cannot all be kept apart.
     */
    public record Missing(String area, String siteCode, String siteName, String group, boolean accessible,
                          int missingSeats, String employer) {
        public Missing(String area, String siteCode, String siteName, String group, boolean accessible,
                       int missingSeats) {
            this(area, siteCode, siteName, group, accessible, missingSeats, null);
        }

        /** The line in words, in the reader's language. */
        public String text(java.util.Locale locale) {
            if (employer != null) {
                return org.kaowu.shared.Messages.text(locale, "seating.shortfall.apart", area, group, missingSeats,
                        employer);
            }
            String suffix = accessible ? "Accessible" : "";
            return siteCode == null
                    ? org.kaowu.shared.Messages.text(locale, "seating.shortfall.area" + suffix, area, group, missingSeats)
                    : org.kaowu.shared.Messages.text(locale, "seating.shortfall.site" + suffix, siteCode, siteName, group,
                    missingSeats);
        }
    }

    /**
     * Starts a run for the exam and area (seed null: a new random seed, recorded; reserve share null: none), queued for
     * the job. Refused: an unknown exam (404), an area not of the list or with no candidate to seat, a reserve share
     * outside 0 to 0.5, registration not closed yet or the exam already held (422), no room lent on an exam day (422
     * {@code no-rooms}), a run of the exam and area still queued or running (409 {@code seating-running}).
     */
    public AllocationRun start(long examId, String area, Long seed, Double reserveShare, String actor) {
        // The exam's row is locked so that two starts of one exam queue: the second sees the first run (409).
        Exam exam = em.find(Exam.class, examId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (exam == null) {
            throw new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam");
        }
        if (area == null || !Areas.ALL.contains(area)) {
            throw DomainException.unprocessable(PROBLEM, "area", "seating.bad.area", area == null ? "" : area);
        }
        double share = reserveShare == null ? DEFAULT_RESERVE_SHARE : reserveShare;
        if (!(share >= 0 && share <= MAX_RESERVE_SHARE)) {
            throw DomainException.unprocessable(PROBLEM, "reserveShare", "seating.bad.reserveShare",
                    String.valueOf(reserveShare));
        }
        if (exam.getPhase().compareTo(ExamPhase.REGISTRATION_CLOSED) < 0) {
            throw DomainException.unprocessable("registration-open", "exam", "seating.registrationOpen");
        }
        if (exam.getPhase().compareTo(ExamPhase.TICKETS) > 0) {
            throw DomainException.unprocessable("exam-held", "exam", "seating.examHeld");
        }
        if (!em.createNamedQuery("AllocationRun.findActiveByExamAndArea", AllocationRun.class).setParameter("exam", examId)
                .setParameter("area", area).getResultList().isEmpty()) {
            throw DomainException.conflict("seating-running", "area", "seating.running", area);
        }
        if (sitters.of(examId, area).isEmpty()) {
            throw DomainException.unprocessable("no-candidates", "area", "seating.noCandidates", area);
        }
        for (LocalDate day : days(exam)) {
            if (venues.availableRooms(area, day).stream().noneMatch(r -> !r.spare())) {
                throw DomainException.unprocessable("no-rooms", "area", "seating.noRooms", area, day.toString());
            }
        }
        return queue(exam, area, seed == null ? SEEDS.nextLong() : seed, share, actor);
    }

    /**
     * The calendar's REGISTRATION_CLOSED edge: a run per area with candidates to seat and no run yet (the office's
     * own runs, or an earlier firing of the edge, are left alone). A run that finds no room fails with the shortfall.
     * Every later edge up to the tickets' phase does the same (idempotent), so an area is still seated when the
     * closing edge's own job failed, e.g. beside another edge of the same moment.
     */
    public void edgePassed(@Observes ExamEdgePassed edge) {
        if (edge.phase() != ExamPhase.REGISTRATION_CLOSED && edge.phase() != ExamPhase.TICKETS) {
            return;
        }
        Exam exam = em.find(Exam.class, edge.examId());
        if (exam == null) {
            return;
        }
        List<String> areas = sitters.areas(exam.getId());
        // Most edges find every area seated or nobody to seat: they read and leave, taking no lock.
        if (areas.stream().allMatch(area -> runsFor(exam.getId(), area) > 0)) {
            return;
        }
        // Two edges of one moment may pass at once: the exam's row makes them take turns, so one run is made.
        em.lock(exam, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        for (String area : areas) {
            if (runsFor(exam.getId(), area) == 0) {
                queue(exam, area, SEEDS.nextLong(), DEFAULT_RESERVE_SHARE, AllocationRun.BY_EDGE);
            }
        }
    }

    private long runsFor(long examId, String area) {
        return em.createNamedQuery("AllocationRun.countByExamAndArea", Long.class).setParameter("exam", examId)
                .setParameter("area", area).getSingleResult();
    }

    private AllocationRun queue(Exam exam, String area, long seed, double share, String actor) {
        AllocationRun run = new AllocationRun(exam.getId(), area, seed, share, TicketNumberTemplate.DEFAULT,
                actor, clock.now());
        em.persist(run);
        em.flush();
        scheduling.runNow(SeatingRunJob.GROUP, SeatingRunJob.jobName(run.getId()), SeatingRunJob.class);
        audit.record(actor, "seating.start", "AllocationRun", Long.toString(run.getId()), null,
                "exam " + exam.getId() + ", " + area + ", seed " + seed + ", reserve " + run.getReserveShare());
        return run;
    }

    /**
     * The job's work, outside a transaction: prepare (plan, or fail with the shortfall), write the remaining seats in
     * chunks, complete. A run no longer queued or running is left as it is.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(long runId) {
        SeatAllocator self = context.getBusinessObject(SeatAllocator.class);
        Prepared prepared;
        try {
            prepared = self.prepare(runId);
        } catch (RuntimeException e) {
            LOG.severe("Seat allocation run " + runId + " could not be planned: " + e.getClass().getName());
            self.fail(runId, null, "seating.failure.error");
            return;
        }
        if (prepared == null) {
            return;
        }
        int written = prepared.alreadyWritten();
        List<Row> rows = prepared.rows();
        int size = prepared.chunkSize();
        try {
            for (int from = 0; from < rows.size(); from += size) {
                List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + size));
                written += chunk.size();
                self.write(runId, chunk, written);
            }
            self.complete(runId);
        } catch (SeatingFaults.SimulatedCrash e) {
            // The test server's fault hook: the node "died" in a chunk's transaction; the run stays RUNNING for resume.
            LOG.warning("Seat allocation run " + runId + ": " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.severe("Seat allocation run " + runId + " failed while writing seats: " + e.getClass().getName());
            self.fail(runId, null, "seating.failure.error");
        }
    }

    /** Plans the run; a shortfall (or a ticket number given twice) fails it here. Null when there is nothing to do. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Prepared prepare(long runId) {
        AllocationRun run = em.find(AllocationRun.class, runId);
        if (run == null || !run.active()) {
            return null;
        }
        Exam exam = em.find(Exam.class, run.getExamId());
        List<Sitters.Sitter> seated = sitters.of(run.getExamId(), run.getArea());
        Map<LocalDate, List<SeatingCandidate>> byDay = candidatesByDay(exam.sessionData(), seated);
        List<Missing> missing = new ArrayList<>();
        Map<Long, AvailableRoom> roomsById = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        Map<Long, Row> firstDay = new LinkedHashMap<>();
        for (var day : byDay.entrySet()) {
            List<AvailableRoom> rooms = roomsFor(exam, run.getArea(), day.getKey());
            rooms.forEach(r -> roomsById.put(r.roomId(), r));
            SeatingPlan plan = SeatPlanner.plan(day.getValue(), rooms, run.policy(), run.getSeed());
            if (!plan.complete()) {
                for (SeatShortfall s : plan.shortfalls()) {
                    AvailableRoom site = s.siteId() == null ? null
                            : rooms.stream().filter(r -> r.siteId() == s.siteId()).findFirst().orElse(null);
                    missing.add(new Missing(s.area() == null ? run.getArea() : s.area(), site == null ? null : site.siteCode(),
                            site == null ? null : site.siteName(), s.group(), s.accessible(), s.missingSeats(),
                            s.employer()));
                }
                continue;
            }
            for (SeatPlacement p : plan.placements()) {
                AvailableRoom room = roomsById.get(p.roomId());
                Row row = new Row(day.getKey(), room.siteId(), p, null);
                rows.add(row);
                firstDay.putIfAbsent(p.registrationId(), row);
            }
        }
        Instant now = clock.now();
        if (!missing.isEmpty()) {
            fail(run, Shortfalls.encode(missing), null, now);
            return null;
        }
        TicketNumberTemplate template = TicketNumberTemplate.parse(run.getTicketTemplate());
        Map<Long, String[]> ticketPlace = ticketPlaces(roomsById.values());
        int year = exam.getPlan().getYear();
        Set<String> tickets = new HashSet<>();
        Map<Long, String> ticketOf = new HashMap<>();
        for (Row first : firstDay.values()) {
            AvailableRoom room = roomsById.get(first.placement().roomId());
            String ticket;
            try {
                String[] place = ticketPlace.get(room.roomId());
                ticket = template.format(new TicketParts(year, exam.getCode(), run.getArea(), place[0], place[1],
                        first.placement().seatNumber()));
            } catch (DomainException e) {
                fail(run, null, "seating.failure.ticketPart", now);
                return null;
            }
            if (!tickets.add(ticket)) {
                fail(run, null, "seating.failure.ticketClash", now);
                return null;
            }
            ticketOf.put(first.placement().registrationId(), ticket);
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            boolean first = firstDay.get(r.placement().registrationId()) == r;
            out.add(first ? new Row(r.day(), r.siteId(), r.placement(), ticketOf.get(r.placement().registrationId())) : r);
        }
        out.sort(Comparator.comparing(Row::day).thenComparingLong(r -> r.placement().registrationId()));
        Set<String> written = new HashSet<>(em.createQuery("select concat(s.registrationId, '@', s.day)"
                + " from SeatAssignment s where s.runId = :run", String.class).setParameter("run", runId).getResultList());
        List<Row> remaining = remaining(out, written);
        run.running(seated.size(), out.size(), now);
        run.needingAccessible((int) seated.stream().filter(Sitters.Sitter::needsAccessible).count());
        run.progress(out.size() - remaining.size());
        return new Prepared(remaining, out.size() - remaining.size(), SeatingFaults.chunkSize(run));
    }

    /**
     * The rows still to write after a crash: the plan (the same again, from the same inputs and seed) less the rows
     * already written, each known as "registration@day"; in the plan's order, so nobody is seated twice.
     */
    static List<Row> remaining(List<Row> plan, Set<String> written) {
        return plan.stream().filter(r -> !written.contains(r.placement().registrationId() + "@" + r.day())).toList();
    }

    /** Writes one chunk of seats and the progress, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(long runId, List<Row> chunk, int seatedAfter) {
        AllocationRun run = em.find(AllocationRun.class, runId);
        if (run == null || run.getState() != AllocationRun.State.RUNNING) {
            throw new IllegalStateException("run " + runId + " is not running");
        }
        for (Row r : chunk) {
            em.persist(new SeatAssignment(runId, r.day(), r.siteId(), r.placement(), r.ticketNumber()));
        }
        run.progress(seatedAfter);
        em.flush();
        SeatingFaults.afterChunk(run);
    }

    /**
     * Takes up a run that was cut off (queued or running) as the job's recovery does after a crash: its job is
     * scheduled again and continues from the seats written. 404 for an unknown run; 409 {@code run-not-active} when
     * the run completed or failed.
     */
    public AllocationRun resume(long runId) {
        AllocationRun run = run(runId);
        if (!run.active()) {
            throw DomainException.conflict("run-not-active", "run", "seating.notActive");
        }
        scheduling.runNow(SeatingRunJob.GROUP, SeatingRunJob.jobName(runId), SeatingRunJob.class);
        return run;
    }

    /** The run's seats become the exam's seats for the area; the run that held them before is superseded. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complete(long runId) {
        AllocationRun run = em.find(AllocationRun.class, runId);
        if (run == null || run.getState() != AllocationRun.State.RUNNING) {
            return;
        }
        for (AllocationRun old : em.createNamedQuery("AllocationRun.findCurrentByExamAndArea", AllocationRun.class)
                .setParameter("exam", run.getExamId()).setParameter("area", run.getArea()).getResultList()) {
            old.supersede();
        }
        run.completed(clock.now());
        audit.record(actor(run), "seating.complete", "AllocationRun", Long.toString(runId), null,
                run.getToSeat() + " seat(s), " + run.getCandidates() + " candidate(s)");
    }

    /** Fails the run: its seats (any written) are removed, the shortfall or failure key kept. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long runId, String shortfall, String failure) {
        AllocationRun run = em.find(AllocationRun.class, runId);
        if (run != null && run.active()) {
            fail(run, shortfall, failure, clock.now());
        }
    }

    private void fail(AllocationRun run, String shortfall, String failure, Instant now) {
        em.createQuery("delete from SeatAssignment s where s.runId = :run").setParameter("run", run.getId())
                .executeUpdate();
        run.failed(shortfall, failure, now);
        audit.record(actor(run), "seating.fail", "AllocationRun", Long.toString(run.getId()),
                failure == null ? "shortfall" : failure, shortfall == null ? null : Shortfalls.summary(shortfall));
    }

    private static String actor(AllocationRun run) {
        return AllocationRun.BY_EDGE.equals(run.getStartedBy()) ? "system" : run.getStartedBy();
    }

    /**
     * The site and room as a ticket number writes them: the site's place among the area's sites (by code) and the
     * room's place among its site's rooms (by number), both from 1, so that they fit the template's digits whatever
     * the codes look like (a site code such as "BJ-0101" has a hyphen a ticket number cannot hold) and stay unique.
     */
    static Map<Long, String[]> ticketPlaces(java.util.Collection<AvailableRoom> rooms) {
        List<AvailableRoom> sorted = rooms.stream().sorted(Comparator.comparing(AvailableRoom::siteCode)
                .thenComparing(AvailableRoom::roomNumber).thenComparingLong(AvailableRoom::roomId)).toList();
        Map<Long, String[]> out = new HashMap<>();
        Map<Long, Integer> siteIndex = new HashMap<>();
        Map<Long, Integer> roomCount = new HashMap<>();
        for (AvailableRoom r : sorted) {
            int site = siteIndex.computeIfAbsent(r.siteId(), id -> siteIndex.size() + 1);
            int room = roomCount.merge(r.siteId(), 1, Integer::sum);
            out.put(r.roomId(), new String[]{Integer.toString(site), Integer.toString(room)});
        }
        return out;
    }

    /** Each exam day's candidates: who sits which sessions of that day, grouped by level and the day's subjects. */
    static Map<LocalDate, List<SeatingCandidate>> candidatesByDay(List<PlanData.SessionData> sessions,
                                                               List<Sitters.Sitter> sitters) {
        Map<LocalDate, List<SeatingCandidate>> out = new TreeMap<>();
        for (Sitters.Sitter s : sitters) {
            Map<LocalDate, List<PlanData.SessionData>> mine = sessions.stream()
                    .filter(x -> (x.level() == null || x.level().isBlank() || x.level().equals(s.level()))
                            && s.subjects().contains(x.subjectCode()))
                    .collect(Collectors.groupingBy(PlanData.SessionData::date, TreeMap::new, Collectors.toList()));
            for (var day : mine.entrySet()) {
                TreeSet<String> subjects = day.getValue().stream().map(PlanData.SessionData::subjectCode)
                        .collect(Collectors.toCollection(TreeSet::new));
                String group = (s.level() == null ? "" : s.level()) + " " + String.join("+", subjects);
                List<String> keys = day.getValue().stream()
                        .map(x -> x.subjectCode() + "@" + x.start()).sorted().toList();
                out.computeIfAbsent(day.getKey(), d -> new ArrayList<>())
                        .add(new SeatingCandidate(s.registrationId(), group.strip(), s.employer(), s.needsAccessible(),
                                keys));
            }
        }
        return out;
    }

    private List<AvailableRoom> roomsFor(Exam exam, String area, LocalDate day) {
        Set<SessionMode> modes = EnumSet.noneOf(SessionMode.class);
        exam.sessionData().stream().filter(s -> s.date().equals(day)).forEach(s -> modes.add(s.mode()));
        return venues.availableRooms(area, day).stream()
                .filter(r -> modes.isEmpty() || modes.contains(r.kind() == RoomKind.PAPER ? SessionMode.PAPER
                        : SessionMode.COMPUTER))
                .toList();
    }

    private static List<LocalDate> days(Exam exam) {
        return exam.sessionData().stream().map(PlanData.SessionData::date).distinct().sorted().toList();
    }

    // ---- reading

    /** A published exam the office may seat: id, year, code, title and phase. */
    public record ExamChoice(long id, int year, String code, String title, ExamPhase phase) {
        public long getId() { return id; }
        public int getYear() { return year; }
        public String getCode() { return code; }
        public String getTitle() { return title; }
    }

    /** The published exams, by year and position. */
    public List<ExamChoice> exams() {
        return em.createNamedQuery("Exam.findPublished", Exam.class).getResultList().stream()
                .map(e -> new ExamChoice(e.getId(), e.getPlan().getYear(), e.getCode(), e.title(null), e.getPhase()))
                .toList();
    }

    public AllocationRun run(long runId) {
        AllocationRun run = em.find(AllocationRun.class, runId);
        if (run == null) {
            throw new DomainException("no-such-run", 404, "run", "seating.noSuchRun");
        }
        return run;
    }

    /** The exam's runs, newest first (an exam has a few per area at most). */
    public List<AllocationRun> runs(long examId) {
        if (em.find(Exam.class, examId) == null) {
            throw new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam");
        }
        return em.createNamedQuery("AllocationRun.findByExam", AllocationRun.class).setParameter("exam", examId)
                .getResultList();
    }

    /** The completed run whose seats are the exam's seats for the area, if any. */
    public java.util.Optional<AllocationRun> current(long examId, String area) {
        return em.createNamedQuery("AllocationRun.findCurrentByExamAndArea", AllocationRun.class).setParameter("exam", examId)
                .setParameter("area", area).getResultStream().findFirst();
    }

    public record RoomCount(LocalDate day, long roomId, long used) {
    }

    /** The seats of a run (none unless it completed), by day and registration. */
    public Page<SeatAssignment> seats(long runId, PageRequest page) {
        run(runId);
        return Page.of(em.createQuery("select s from SeatAssignment s where s.runId = :run"
                        + " order by s.day, s.registrationId", SeatAssignment.class).setParameter("run", runId),
                em.createQuery("select count(s) from SeatAssignment s where s.runId = :run", Long.class)
                        .setParameter("run", runId), page);
    }

    /**
     * The exam's seats in the area (its current run) per day, site and room: seats, used, the site's reserve (its
     * run's share of the usable seats, rounded up) and the fill rate. Empty when the area has no completed run.
     */
    public List<Fill> fill(long examId, String area) {
        if (em.find(Exam.class, examId) == null) {
            throw new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam");
        }
        if (area == null || !Areas.ALL.contains(area)) {
            throw DomainException.unprocessable(PROBLEM, "area", "seating.bad.area", area == null ? "" : area);
        }
        var current = current(examId, area);
        if (current.isEmpty()) {
            return List.of();
        }
        AllocationRun run = current.get();
        Map<LocalDate, Map<Long, Long>> used = new TreeMap<>();
        em.createQuery("select new org.kaowu.scheduling.SeatAllocator$RoomCount(s.day, s.roomId, count(s))"
                        + " from SeatAssignment s where s.runId = :run group by s.day, s.roomId", RoomCount.class)
                .setParameter("run", run.getId()).getResultList()
                .forEach(c -> used.computeIfAbsent(c.day(), d -> new HashMap<>()).put(c.roomId(), c.used()));
        List<Fill> out = new ArrayList<>();
        double share = run.getReserveShare().doubleValue();
        for (var day : used.entrySet()) {
            Map<String, List<AvailableRoom>> bySite = new LinkedHashMap<>();
            venues.availableRooms(area, day.getKey())
                    .forEach(r -> bySite.computeIfAbsent(r.siteCode(), c -> new ArrayList<>()).add(r));
            for (var site : bySite.entrySet()) {
                int seats = 0;
                int taken = 0;
                List<Fill> rooms = new ArrayList<>();
                for (AvailableRoom r : site.getValue()) {
                    int u = day.getValue().getOrDefault(r.roomId(), 0L).intValue();
                    if (!r.spare()) {
                        seats += r.capacity();
                    }
                    taken += u;
                    rooms.add(new Fill(day.getKey(), r.siteCode(), r.siteName(), r.roomNumber(), r.spare(),
                            r.accessible(), r.capacity(), u, 0));
                }
                AvailableRoom any = site.getValue().get(0);
                out.add(new Fill(day.getKey(), any.siteCode(), any.siteName(), null, false, false, seats, taken,
                        (int) Math.ceil(seats * share - 1e-9)));
                out.addAll(rooms);
            }
        }
        return out;
    }

    /**
     * The admissions of a candidate's registrations whose tickets are open (the area's {@code ticketsOpen} has
     * passed) and that hold seats of a completed, current run; by registration id.
     */
    public Map<Long, Admission> admissions(long accountId) {
        List<SeatAssignment> seats = em.createQuery("select s from SeatAssignment s, AllocationRun r, Registration g"
                        + " where r.id = s.runId and g.id = s.registrationId and g.accountId = :account"
                        + " and r.state = org.kaowu.scheduling.AllocationRun.State.COMPLETED and r.superseded = false"
                        + " order by s.registrationId, s.day", SeatAssignment.class)
                .setParameter("account", accountId).getResultList();
        Map<Long, Admission> out = new LinkedHashMap<>();
        Instant now = clock.now();
        Map<Long, Boolean> open = new HashMap<>();
        for (SeatAssignment s : seats) {
            boolean ticketsOpen = open.computeIfAbsent(s.getRegistrationId(), id -> {
                Registration g = em.find(Registration.class, id);
                Exam exam = em.find(Exam.class, g.getExamId());
                return exam != null && !now.isBefore(exam.timeline(g.getArea()).ticketsOpen());
            });
            if (!ticketsOpen) {
                continue;
            }
            ExamRoom room = em.find(ExamRoom.class, s.getRoomId());
            DaySeat seat = new DaySeat(s.getDay(), room == null ? null : room.getSite().getName(),
                    room == null ? null : room.getSite().getAddress(), room == null ? null : room.getNumber(),
                    s.getSeatNumber());
            Admission a = out.get(s.getRegistrationId());
            List<DaySeat> days = new ArrayList<>(a == null ? List.of() : a.days());
            days.add(seat);
            String ticket = a != null && a.ticketNumber() != null ? a.ticketNumber() : s.getTicketNumber();
            out.put(s.getRegistrationId(), new Admission(s.getRegistrationId(), ticket, List.copyOf(days)));
        }
        return out;
    }
}
