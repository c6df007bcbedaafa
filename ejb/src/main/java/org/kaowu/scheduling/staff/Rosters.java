package org.kaowu.scheduling.staff;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.plan.ExamPhase;
import org.kaowu.plan.PlanData;
import org.kaowu.platform.scheduling.Scheduling;
import org.kaowu.registration.Areas;
import org.kaowu.registration.Sitters;
import org.kaowu.scheduling.AllocationRun;
import org.kaowu.scheduling.ExamRoom;
import org.kaowu.scheduling.ExamSite;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.scheduling.roster.RosterAssignment;
import org.kaowu.scheduling.roster.RosterCost;
import org.kaowu.scheduling.roster.RosterPolicy;
import org.kaowu.scheduling.roster.RosterPost;
import org.kaowu.scheduling.roster.RosterProblem;
import org.kaowu.scheduling.roster.RosterResult;
import org.kaowu.scheduling.roster.RosterRoom;
import org.kaowu.scheduling.roster.RosterSession;
import org.kaowu.scheduling.roster.RosterSite;
import org.kaowu.scheduling.roster.RosterSolver;
import org.kaowu.scheduling.roster.RosterStaff;
import org.kaowu.scheduling.roster.RosterViolation;
import org.kaowu.scheduling.roster.Sex;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.scheduling.roster.UnfilledPost;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Invigilator rosters (监考编排) as a use case. The office starts a roster of an exam's area ({@link #start}); a Quartz
 * job ({@link RosterJob}) then {@linkplain #execute executes} it: the problem is built from the area's current seats
 * (the rooms used in each session, their candidates' employers, identity-number digests and sexes), the area's staff
 * pool (availability, roles, declared relatives), who of the pool is registered for the exam, and the misconduct bars
 * ({@link StaffPool#barred}); the solver ({@link RosterSolver}, given this deployment's class loader) works within the
 * roster's time limit, reporting sites solved for the progress bar; the duties are written in one transaction and
 * become the area's roster, superseding the previous one. A re-solve starts from the current roster: pinned duties are
 * kept (unless they now break a hard rule, e.g. the person was marked unavailable: then they are unpinned and moved),
 * the others are changed as little as possible.
 *
 * <p>A session here is a time slot of an exam day ({@code 2026-05-23 09:00-11:30}): the subjects of every level sat at
 * that time share it, and a room is staffed in it when any of its candidates sits a subject then. The pool considered
 * is the staff whose home area is the roster's area.
 */
@Stateless
public class Rosters {

    public static final int DEFAULT_LIMIT_SECONDS = 20;
    public static final int MAX_LIMIT_SECONDS = 600;
    static final String PROBLEM = "invalid-roster";
    private static final Logger LOG = Logger.getLogger(Rosters.class.getName());
    private static final SecureRandom SEEDS = new SecureRandom();
    private static final int MAX_UNFILLED_LINES = 60;

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private StaffPool pool;

    @EJB
    private Sitters sitters;

    @EJB
    private SeatAllocator allocator;

    @EJB
    private Scheduling scheduling;

    @Resource
    private SessionContext context;

    private final RosterSolver solver = new RosterSolver();

    /** What the job solves: the problem, the previous roster as the solver takes it, and the sessions' times. */
    public record Prepared(RosterProblem problem, List<RosterAssignment> previous, Map<String, RosterSession> sessions,
                           Map<Long, String> names, List<String> unpinned, int timeLimit) implements Serializable {
    }

    /**
     * Starts a roster of the exam's area: 202-style, queued for its job. Refused: an unknown exam (404), an area not
     * of the list, a time limit outside 1 to 600 seconds, invigilators per room outside 1 to 4, rooms per inspector
     * outside 0 to 100 (422 {@code invalid-roster}), an exam already held (422 {@code exam-held}), an area without
     * completed seat allocation (422 {@code no-seats}), a roster of the exam and area still queued or running (409
     * {@code roster-running}).
     */
    public Roster start(long examId, String area, Integer timeLimit, Long seed, Integer perRoom, Integer perInspector,
                        String reason, String actor) {
        Exam exam = em.find(Exam.class, examId, LockModeType.PESSIMISTIC_WRITE);
        if (exam == null) {
            throw new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam");
        }
        if (area == null || !Areas.ALL.contains(area)) {
            throw DomainException.unprocessable(PROBLEM, "area", "rosters.bad.area", area == null ? "" : area);
        }
        int limit = timeLimit == null ? DEFAULT_LIMIT_SECONDS : timeLimit;
        if (limit < 1 || limit > MAX_LIMIT_SECONDS) {
            throw DomainException.unprocessable(PROBLEM, "timeLimit", "rosters.bad.timeLimit", limit, MAX_LIMIT_SECONDS);
        }
        int room = perRoom == null ? RosterPolicy.DEFAULT.invigilatorsPerRoom() : perRoom;
        if (room < 1 || room > 4) {
            throw DomainException.unprocessable(PROBLEM, "perRoom", "rosters.bad.perRoom", room);
        }
        int inspector = perInspector == null ? RosterPolicy.DEFAULT.roomsPerInspector() : perInspector;
        if (inspector < 0 || inspector > 100) {
            throw DomainException.unprocessable(PROBLEM, "perInspector", "rosters.bad.perInspector", inspector);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && (why.length() > 500 || org.kaowu.shared.Texts.hidden(why))) {
            throw DomainException.unprocessable(PROBLEM, "reason", why.length() > 500 ? "venue.tooLong" : "text.hidden",
                    500, why.length());
        }
        if (exam.getPhase().compareTo(ExamPhase.EXAM) > 0) {
            throw DomainException.unprocessable("exam-held", "exam", "seating.examHeld");
        }
        if (allocator.current(examId, area).isEmpty()) {
            throw DomainException.unprocessable("no-seats", "area", "rosters.noSeats", area);
        }
        if (!em.createNamedQuery("Roster.findActiveByExamAndArea", Roster.class).setParameter("exam", examId)
                .setParameter("area", area).getResultList().isEmpty()) {
            throw DomainException.conflict("roster-running", "area", "rosters.running", area);
        }
        Roster roster = new Roster(examId, area, seed == null ? SEEDS.nextLong() : seed, limit, room, inspector, why,
                actor, clock.now());
        em.persist(roster);
        em.flush();
        scheduling.runNow(RosterJob.GROUP, RosterJob.jobName(roster.getId()), RosterJob.class);
        audit.record(actor, "roster.start", "Roster", Long.toString(roster.getId()), why,
                "exam " + examId + ", " + area + ", seed " + roster.getSeed() + ", limit " + limit + " s, "
                        + room + " per room, 1 inspector per " + inspector + " rooms");
        return roster;
    }

    /** The job's work, outside a transaction: prepare, solve (progress told as sites are solved), store. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(long rosterId) {
        Rosters self = context.getBusinessObject(Rosters.class);
        Prepared prepared;
        try {
            prepared = self.prepare(rosterId);
        } catch (DomainException e) {
            self.fail(rosterId, e.key());
            return;
        } catch (RuntimeException e) {
            LOG.severe("Roster " + rosterId + " could not be prepared: " + e.getClass().getName());
            self.fail(rosterId, "rosters.failure.error");
            return;
        }
        if (prepared == null) {
            return;
        }
        RosterResult result;
        try {
            long[] last = {0};
            result = solver.solve(prepared.problem(), prepared.previous(), Duration.ofSeconds(prepared.timeLimit()),
                    Rosters.class.getClassLoader(), (done, total) -> {
                        long now = System.nanoTime();
                        if (done == total || now - last[0] > 500_000_000L) {
                            last[0] = now;
                            self.progress(rosterId, done, total);
                        }
                    });
        } catch (org.kaowu.scheduling.roster.RosterException e) {
            self.fail(rosterId, "rosters.failure.pinned");
            return;
        } catch (RuntimeException e) {
            LOG.severe("Roster " + rosterId + " could not be solved: " + e.getClass().getName());
            self.fail(rosterId, "rosters.failure.error");
            return;
        }
        try {
            self.store(rosterId, prepared, result);
        } catch (RuntimeException e) {
            LOG.severe("Roster " + rosterId + " could not be stored: " + e.getClass().getName());
            self.fail(rosterId, "rosters.failure.error");
        }
    }

    /** Builds the problem (and marks the roster running); null when the roster is no longer queued or running. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Prepared prepare(long rosterId) {
        Roster roster = em.find(Roster.class, rosterId);
        if (roster == null || !roster.active()) {
            return null;
        }
        Exam exam = em.find(Exam.class, roster.getExamId());
        AllocationRun run = allocator.current(roster.getExamId(), roster.getArea())
                .orElseThrow(() -> DomainException.unprocessable("no-seats", "area", "rosters.noSeats", roster.getArea()));
        Built built = build(exam, roster, run);
        RosterProblem problem = built.problem();
        Set<RosterPost> posts = new HashSet<>(problem.posts());
        Set<Long> poolIds = problem.staff().stream().map(RosterStaff::id).collect(Collectors.toSet());
        List<RosterAssignment> previous = new ArrayList<>();
        Optional<Roster> current = current(roster.getExamId(), roster.getArea());
        if (current.isPresent()) {
            for (RosterDuty d : duties(current.get().getId())) {
                RosterPost p = d.post();
                if (posts.contains(p) && poolIds.contains(d.getStaffId())) {
                    previous.add(new RosterAssignment(p, d.getStaffId(), d.isPinned()));
                }
            }
        }
        // A pinned duty that now breaks a hard rule (the person marked unavailable, a relative seated there since) is
        // unpinned, so that the solver moves that person and as few others as it can.
        List<String> unpinned = new ArrayList<>();
        List<RosterAssignment> pinned = previous.stream().filter(RosterAssignment::pinned).toList();
        if (!pinned.isEmpty()) {
            RosterResult check = solver.evaluate(problem, pinned);
            Set<RosterPost> broken = check.hardViolations().stream().map(RosterViolation::post)
                    .collect(Collectors.toSet());
            if (!broken.isEmpty()) {
                List<RosterAssignment> kept = new ArrayList<>();
                for (RosterAssignment a : previous) {
                    if (a.pinned() && broken.contains(a.post())) {
                        kept.add(new RosterAssignment(a.post(), a.staffId(), false));
                        unpinned.add(built.names().getOrDefault(a.staffId(), "?"));
                    } else {
                        kept.add(a);
                    }
                }
                previous = kept;
            }
        }
        roster.running(run.getId(), problem.posts().size(), problem.sites().size(), clock.now());
        return new Prepared(problem, List.copyOf(previous), built.sessions(), built.names(), List.copyOf(unpinned),
                roster.getTimeLimit());
    }

    /** The problem and what the roster's texts need, built from the run's seats and the pool. */
    record Built(RosterProblem problem, Map<String, RosterSession> sessions, Map<Long, String> names) {
    }

    /** One seat of the run: day, site, room, registration. */
    public record SeatRow(LocalDate day, long siteId, long roomId, long registrationId) {
    }

    /** A seated candidate: registration, level, subjects ("A/B"), identity number, sex. */
    public record SeatedCandidate(long registrationId, String level, String subjects, String idNumber, String sex) {
    }

    private Built build(Exam exam, Roster roster, AllocationRun run) {
        long examId = exam.getId();
        List<PlanData.SessionData> sessionData = exam.sessionData();
        List<SeatRow> seats = em.createQuery("select new org.kaowu.scheduling.staff.Rosters$SeatRow(s.day, s.siteId,"
                        + " s.roomId, s.registrationId) from SeatAssignment s where s.runId = :run", SeatRow.class)
                .setParameter("run", run.getId()).getResultList();
        Map<Long, SeatedCandidate> candidates = new HashMap<>();
        em.createQuery("select distinct new org.kaowu.scheduling.staff.Rosters$SeatedCandidate(r.id, r.level,"
                        + " r.subjects, p.idNumber, p.sex) from SeatAssignment s, Registration r, CandidateProfile p"
                        + " where s.runId = :run and r.id = s.registrationId and p.accountId = r.accountId",
                        SeatedCandidate.class)
                .setParameter("run", run.getId()).getResultList().forEach(c -> candidates.put(c.registrationId(), c));
        Map<Long, String> employers = new HashMap<>();
        sitters.of(examId, roster.getArea()).forEach(s -> employers.put(s.registrationId(), s.employer()));

        Map<String, RosterSession> sessions = new TreeMap<>();
        // (session, room) -> what the room holds then
        Map<String, Map<Long, RoomAcc>> rooms = new TreeMap<>();
        Map<Long, Long> siteOfRoom = new HashMap<>();
        for (SeatRow seat : seats) {
            SeatedCandidate c = candidates.get(seat.registrationId());
            if (c == null) {
                continue;
            }
            List<String> subjects = Arrays.asList(c.subjects().split("/"));
            siteOfRoom.put(seat.roomId(), seat.siteId());
            for (PlanData.SessionData s : sessionData) {
                if (!s.date().equals(seat.day()) || !subjects.contains(s.subjectCode())
                        || !(s.level() == null || s.level().isBlank() || s.level().equals(c.level()))) {
                    continue;
                }
                String key = key(s.date(), s.start(), s.end());
                sessions.computeIfAbsent(key, k -> new RosterSession(k, exam.getCode(), s.date(), s.start(), s.end()));
                RoomAcc acc = rooms.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(seat.roomId(), id -> new RoomAcc());
                if (acc.registrations.add(c.registrationId())) {
                    String employer = employers.get(c.registrationId());
                    if (employer != null) {
                        acc.employers.add(employer);
                    }
                    acc.digests.add(StaffIds.digest(c.idNumber()));
                    Sex sex = c.sex() == null || c.sex().isEmpty() ? null : Sex.of(c.sex().charAt(0));
                    if (sex != null) {
                        acc.sexes.add(sex);
                    }
                }
            }
        }
        Map<Long, ExamRoom> roomById = new HashMap<>();
        List<Long> roomIds = new ArrayList<>(siteOfRoom.keySet());
        for (int i = 0; i < roomIds.size(); i += 1000) {
            em.createQuery("select r from ExamRoom r join fetch r.site where r.id in :ids", ExamRoom.class)
                    .setParameter("ids", roomIds.subList(i, Math.min(roomIds.size(), i + 1000))).getResultList()
                    .forEach(r -> roomById.put(r.getId(), r));
        }
        Map<Long, List<RosterRoom>> bySite = new TreeMap<>();
        Map<Long, ExamSite> siteById = new HashMap<>();
        for (var s : rooms.entrySet()) {
            for (var r : s.getValue().entrySet()) {
                ExamRoom room = roomById.get(r.getKey());
                if (room == null) {
                    continue;
                }
                siteById.put(room.getSite().getId(), room.getSite());
                RoomAcc acc = r.getValue();
                bySite.computeIfAbsent(room.getSite().getId(), id -> new ArrayList<>())
                        .add(new RosterRoom(room.getId(), room.getNumber(), s.getKey(), acc.registrations.size(),
                                acc.employers, acc.digests, acc.sexes));
            }
        }
        List<RosterSite> sites = new ArrayList<>();
        bySite.forEach((id, list) -> sites.add(new RosterSite(id, siteById.get(id).getCode(),
                siteById.get(id).getArea(), null, list)));

        List<StaffMember> members = pool.ofArea(roster.getArea());
        List<String> numbers = members.stream().map(StaffMember::getIdNumber).toList();
        Set<String> registered = registeredFor(examId, numbers);
        LocalDate firstDay = sessions.values().stream().map(RosterSession::day).min(LocalDate::compareTo)
                .orElse(clock.today());
        Set<String> barred = pool.barred(numbers, firstDay);
        List<RosterStaff> staff = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (StaffMember m : members) {
            names.put(m.getId(), m.getName());
            Set<String> available = new HashSet<>();
            List<StaffRules.Available> when = m.getAvailability().stream().map(StaffRules::parseAvailability)
                    .filter(java.util.Objects::nonNull).toList();
            for (RosterSession s : sessions.values()) {
                if (when.isEmpty() || when.stream().anyMatch(a -> a.covers(s.day(), s.start()))) {
                    available.add(s.key());
                }
            }
            staff.add(new RosterStaff(m.getId(), m.employerKey(), Sex.of(m.getSex()), m.getSittings(), m.getArea(),
                    m.getDistrict(), m.getRoles(), available, m.getRelativeDigests(),
                    registered.contains(m.getIdNumber()) ? Set.of(exam.getCode()) : Set.of(),
                    barred.contains(m.getIdNumber())));
        }
        RosterPolicy d = RosterPolicy.DEFAULT;
        RosterPolicy policy = new RosterPolicy(roster.getPerRoom(), d.chiefExaminersPerSite(), d.siteHeadsPerSite(),
                roster.getPerInspector(), d.reservesPerSite(), d.experiencedSittings(), d.weights());
        return new Built(new RosterProblem(List.copyOf(sessions.values()), sites, staff, policy, roster.getSeed()),
                sessions, names);
    }

    private static final class RoomAcc {
        final Set<Long> registrations = new HashSet<>();
        final Set<String> employers = new HashSet<>();
        final Set<String> digests = new HashSet<>();
        final Set<Sex> sexes = new HashSet<>();
    }

    /** The identity numbers, of those given, with a registration for the exam (any status: they applied to sit it). */
    private Set<String> registeredFor(long examId, List<String> numbers) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < numbers.size(); i += 1000) {
            out.addAll(em.createQuery("select distinct p.idNumber from Registration r, CandidateProfile p"
                            + " where r.examId = :exam and p.accountId = r.accountId and p.idNumber in :numbers",
                            String.class)
                    .setParameter("exam", examId)
                    .setParameter("numbers", numbers.subList(i, Math.min(numbers.size(), i + 1000))).getResultList());
        }
        return out;
    }

    /** A session's key: the day and the times ("2026-05-23 09:00-11:30"). */
    static String key(LocalDate day, LocalTime start, LocalTime end) {
        return day + " " + start + "-" + end;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long rosterId, int done, int total) {
        Roster roster = em.find(Roster.class, rosterId);
        if (roster != null && roster.getState() == Roster.State.RUNNING) {
            roster.progress(done, total);
        }
    }

    /**
     * Writes the solver's roster in one transaction: the duties with their costs explained, the totals, the unfilled
     * posts; it becomes the area's roster (the previous one superseded). A roster breaking a hard rule is never stored.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(long rosterId, Prepared prepared, RosterResult result) {
        Roster roster = em.find(Roster.class, rosterId);
        if (roster == null || roster.getState() != Roster.State.RUNNING) {
            return;
        }
        if (!result.hardViolations().isEmpty()) {
            LOG.severe("Roster " + rosterId + ": the solver answered " + result.hardViolations().size()
                    + " hard violation(s); nothing stored");
            fail(roster, "rosters.failure.hard");
            return;
        }
        Map<RosterPost, List<String>> explained = new HashMap<>();
        Map<Long, RosterPost> firstPostOf = new HashMap<>();
        for (RosterAssignment a : result.assignments()) {
            firstPostOf.putIfAbsent(a.staffId(), a.post());
        }
        for (RosterCost c : result.costs()) {
            RosterPost at = c.post() != null ? c.post()
                    : c.staffIds().isEmpty() ? null : firstPostOf.get(c.staffIds().get(0));
            if (at != null) {
                explained.computeIfAbsent(at, p -> new ArrayList<>()).add(RosterTexts.encode(c, prepared.names()));
            }
        }
        for (RosterAssignment a : result.assignments()) {
            RosterSession s = prepared.sessions().get(a.post().session());
            List<String> lines = explained.getOrDefault(a.post(), List.of());
            em.persist(new RosterDuty(rosterId, a.post(), s.day(), s.start(), s.end(), a.staffId(), a.pinned(),
                    lines.isEmpty() ? null : String.join("\n", lines)));
        }
        for (Roster old : em.createNamedQuery("Roster.findCurrentByExamAndArea", Roster.class)
                .setParameter("exam", roster.getExamId()).setParameter("area", roster.getArea()).getResultList()) {
            old.supersede();
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        result.softCosts().forEach((k, v) -> totals.put(k.name(), v));
        String costs = totals.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        List<String> unfilled = new ArrayList<>();
        for (UnfilledPost u : result.unfilled()) {
            if (unfilled.size() < MAX_UNFILLED_LINES) {
                unfilled.add(RosterTexts.encode(u));
            }
        }
        String unfilledText = String.join("\n", unfilled);
        if (result.unfilled().size() > MAX_UNFILLED_LINES) {
            unfilledText += "\nMORE\t" + (result.unfilled().size() - MAX_UNFILLED_LINES);
        }
        roster.completed(result.assignments().size(), result.moved(), 0, result.softCost(), costs,
                unfilledText.isEmpty() ? null : unfilledText, clock.now());
        audit.record(actor(roster), "roster.complete", "Roster", Long.toString(rosterId), roster.getReason(),
                result.assignments().size() + " of " + roster.getPosts() + " post(s) filled, " + result.unfilled().size()
                        + " unfilled, moved " + result.moved() + ", soft cost " + result.softCost()
                        + (prepared.unpinned().isEmpty() ? "" : ", unpinned (no longer allowed): "
                        + String.join(", ", prepared.unpinned())));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long rosterId, String failure) {
        Roster roster = em.find(Roster.class, rosterId);
        if (roster != null && roster.active()) {
            fail(roster, failure);
        }
    }

    private void fail(Roster roster, String failure) {
        em.createQuery("delete from RosterDuty d where d.rosterId = :roster").setParameter("roster", roster.getId())
                .executeUpdate();
        roster.failed(failure, clock.now());
        audit.record(actor(roster), "roster.fail", "Roster", Long.toString(roster.getId()), null, failure);
    }

    private static String actor(Roster roster) {
        return roster.getStartedBy();
    }

    // ---- reading

    public Roster roster(long id) {
        Roster r = em.find(Roster.class, id);
        if (r == null) {
            throw new DomainException("no-such-roster", 404, "roster", "rosters.noSuchRoster");
        }
        return r;
    }

    /** The exam's rosters, newest first. */
    public List<Roster> rosters(long examId) {
        if (em.find(Exam.class, examId) == null) {
            throw new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam");
        }
        return em.createNamedQuery("Roster.findByExam", Roster.class).setParameter("exam", examId).getResultList();
    }

    /** The completed roster that is the exam's roster for the area, if any. */
    public Optional<Roster> current(long examId, String area) {
        return em.createNamedQuery("Roster.findCurrentByExamAndArea", Roster.class).setParameter("exam", examId)
                .setParameter("area", area).getResultStream().findFirst();
    }

    List<RosterDuty> duties(long rosterId) {
        return em.createNamedQuery("RosterDuty.findByRoster", RosterDuty.class).setParameter("roster", rosterId)
                .getResultList();
    }

    /** A site of a roster, for choosing one. */
    public record SiteChoice(long id, String code, String name) implements Serializable {
        public long getId() { return id; }
        public String getCode() { return code; }
        public String getName() { return name; }
    }

    /** The sites a roster staffs, by code. */
    public List<SiteChoice> sites(long rosterId) {
        return em.createQuery("select distinct new org.kaowu.scheduling.staff.Rosters$SiteChoice(s.id, s.code, s.name)"
                        + " from RosterDuty d, ExamSite s where d.rosterId = :roster and s.id = d.siteId order by s.code",
                SiteChoice.class).setParameter("roster", rosterId).getResultList();
    }

    /** A duty as the office reads it: the post, the person (identity number masked), pinned, the costs in words. */
    public record DutyView(long id, LocalDate day, LocalTime start, LocalTime end, String session, long siteId,
                           String siteCode, String siteName, Long roomId, String roomNumber, StaffRole role, int slot,
                           long staffId, String staffName, String employer, String maskedIdNumber, int sittings,
                           char sex, boolean pinned, List<String> costs) implements Serializable {
        public long getId() { return id; }
        public LocalDate getDay() { return day; }
        public String getSession() { return session; }
        public String getSiteCode() { return siteCode; }
        public String getSiteName() { return siteName; }
        public String getRoomNumber() { return roomNumber; }
        public StaffRole getRole() { return role; }
        public String getStaffName() { return staffName; }
        public String getEmployer() { return employer; }
        public String getMaskedIdNumber() { return maskedIdNumber; }
        public int getSittings() { return sittings; }
        public boolean isPinned() { return pinned; }
        public List<String> getCosts() { return costs; }
    }

    /** One page of a roster's duties (one site's only when {@code siteId} is given), by day, session, site, role, room. */
    public Page<DutyView> duties(long rosterId, Long siteId, PageRequest page, Locale locale) {
        roster(rosterId);
        String site = siteId == null ? "" : " and d.siteId = :site";
        var rows = em.createQuery("select d from RosterDuty d where d.rosterId = :roster" + site
                + " order by d.day, d.start, d.siteId, d.role, d.roomId, d.slot", RosterDuty.class)
                .setParameter("roster", rosterId);
        var count = em.createQuery("select count(d) from RosterDuty d where d.rosterId = :roster" + site, Long.class)
                .setParameter("roster", rosterId);
        if (siteId != null) {
            rows.setParameter("site", siteId);
            count.setParameter("site", siteId);
        }
        return Page.of(rows, count, page).map(d -> view(d, locale));
    }

    private DutyView view(RosterDuty d, Locale locale) {
        StaffMember m = em.find(StaffMember.class, d.getStaffId());
        ExamSite site = em.find(ExamSite.class, d.getSiteId());
        ExamRoom room = d.getRoomId() == null ? null : em.find(ExamRoom.class, d.getRoomId());
        List<String> costs = d.getExplanation() == null ? List.of()
                : Arrays.stream(d.getExplanation().split("\n")).map(l -> RosterTexts.explain(l, locale)).toList();
        return new DutyView(d.getId(), d.getDay(), d.getStart(), d.getEnd(), d.getSession(), d.getSiteId(),
                site == null ? "" : site.getCode(), site == null ? "" : site.getName(), d.getRoomId(),
                room == null ? null : room.getNumber(), d.getRole(), d.getSlot(), d.getStaffId(),
                m == null ? "" : m.getName(), m == null ? "" : m.getEmployer(),
                m == null ? "" : m.getMaskedIdNumber(), m == null ? 0 : m.getSittings(),
                m == null ? ' ' : m.getSex(), d.isPinned(), costs);
    }

    /** The posts nobody could fill, in words. */
    public List<String> unfilled(Roster r, Locale locale) {
        if (r.getUnfilled() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : r.getUnfilled().split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("MORE")) {
                out.add(Messages.text(locale, "rosters.unfilled.more", f[1]));
                continue;
            }
            ExamSite site = em.find(ExamSite.class, Long.parseLong(f[1]));
            ExamRoom room = f[4].isEmpty() ? null : em.find(ExamRoom.class, Long.parseLong(f[4]));
            String post = Messages.text(locale, "rosters.post", site == null ? f[1] : site.getCode(), f[2],
                    Messages.text(locale, "rosters.role." + f[3]), room == null
                            ? Messages.text(locale, "rosters.siteWide") : room.getNumber(), Integer.parseInt(f[5]) + 1);
            out.add(Messages.text(locale, "rosters.unfilled." + f[6], post, f[7], f[8], f[9]));
        }
        return out;
    }

    /** The office pins or unpins a duty of a current roster: a pinned duty survives a re-solve. Audited. */
    public RosterDuty pin(long dutyId, boolean pinned, String actor) {
        RosterDuty d = em.find(RosterDuty.class, dutyId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (d == null) {
            throw new DomainException("no-such-duty", 404, "duty", "rosters.noSuchDuty");
        }
        Roster r = roster(d.getRosterId());
        if (r.getState() != Roster.State.COMPLETED || r.isSuperseded()) {
            throw DomainException.conflict("roster-not-current", "duty", "rosters.notCurrent");
        }
        if (d.isPinned() != pinned) {
            d.pin(pinned);
            audit.record(actor, pinned ? "roster.pin" : "roster.unpin", "RosterDuty", Long.toString(dutyId), null,
                    "roster " + r.getId() + ", " + d.getSession() + ", " + d.getRole() + ", site " + d.getSiteId()
                            + (d.getRoomId() == null ? "" : ", room " + d.getRoomId()) + ", staff " + d.getStaffId());
        }
        return d;
    }

    /** A duty as its holder sees it: the exam, the session, the site and its address, the room, the role, the partners. */
    public record MyDuty(long id, String exam, LocalDate day, LocalTime start, LocalTime end, String siteName,
                         String siteAddress, String roomNumber, StaffRole role, List<String> partners)
            implements Serializable {
        public String getExam() { return exam; }
        public LocalDate getDay() { return day; }
        public LocalTime getStart() { return start; }
        public LocalTime getEnd() { return end; }
        public String getSiteName() { return siteName; }
        public String getSiteAddress() { return siteAddress; }
        public String getRoomNumber() { return roomNumber; }
        public StaffRole getRole() { return role; }
        public List<String> getPartners() { return partners; }
    }

    /**
     * The duties of the staff member a SUPERVISOR account signs in as, in current rosters, from today on, by day and
     * time: nothing of anyone else's but the names of the partners in the same room. Empty when the account is no staff
     * member.
     */
    public List<MyDuty> dutiesOf(String username) {
        Optional<StaffMember> me = pool.byAccount(username);
        if (me.isEmpty()) {
            return List.of();
        }
        List<MyDuty> out = new ArrayList<>();
        for (RosterDuty d : em.createNamedQuery("RosterDuty.findCurrentByStaff", RosterDuty.class)
                .setParameter("staff", me.get().getId()).setParameter("from", clock.today()).getResultList()) {
            Roster r = em.find(Roster.class, d.getRosterId());
            Exam exam = em.find(Exam.class, r.getExamId());
            ExamSite site = em.find(ExamSite.class, d.getSiteId());
            ExamRoom room = d.getRoomId() == null ? null : em.find(ExamRoom.class, d.getRoomId());
            List<String> partners = new ArrayList<>();
            if (d.getRoomId() != null) {
                em.createQuery("select d from RosterDuty d where d.rosterId = :roster and d.session = :session"
                                + " and d.roomId = :room and d.staffId <> :me order by d.slot", RosterDuty.class)
                        .setParameter("roster", d.getRosterId()).setParameter("session", d.getSession())
                        .setParameter("room", d.getRoomId()).setParameter("me", me.get().getId()).getResultList()
                        .forEach(o -> {
                            StaffMember p = em.find(StaffMember.class, o.getStaffId());
                            partners.add(p == null ? "" : p.getName());
                        });
            }
            out.add(new MyDuty(d.getId(), exam == null ? "" : exam.getPlan().getYear() + " " + exam.title(null),
                    d.getDay(), d.getStart(), d.getEnd(), site == null ? "" : site.getName(),
                    site == null ? "" : site.getAddress(), room == null ? null : room.getNumber(), d.getRole(),
                    List.copyOf(partners)));
        }
        return out;
    }

}
