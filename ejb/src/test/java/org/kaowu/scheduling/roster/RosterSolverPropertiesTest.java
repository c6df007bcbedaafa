package org.kaowu.scheduling.roster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rosters on random instances: one to four sites of one to eight rooms, one to four sessions over one or two days
 * (sometimes two exams whose sessions overlap in time under different keys), staff pools from scarce to ample with
 * random roles, availability, sexes, experience and home districts, employers shared between staff and candidates in
 * clusters, declared relatives among the candidates, some staff registered for an exam or barred. Each try is drawn
 * from a fixed master seed; a failure names the try's own seed, to replay it. Tries and sizes keep the run to seconds.
 * (Plain JUnit: the property-testing library asks in its engine not to be used by AI agents.)
 */
class RosterSolverPropertiesTest {

    private static final long MASTER_SEED = 20261212L;
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private final RosterSolver solver = new RosterSolver();

    interface Check {
        void run(RosterProblem problem, long shape) throws Exception;
    }

    static void forAll(String property, int tries, Check check) {
        Random r = new Random(MASTER_SEED ^ property.hashCode());
        for (int i = 0; i < tries; i++) {
            long shape = r.nextLong();
            RosterProblem problem = instance(shape);
            try {
                check.run(problem, shape);
            } catch (AssertionError | Exception e) {
                throw new AssertionError(property + " fails on instance(" + shape + "L) with " + problem.sites().size()
                        + " sites, " + problem.sessions().size() + " sessions, " + problem.staff().size() + " staff: "
                        + e.getMessage(), e);
            }
        }
    }

    /** A random instance from its shape seed. */
    static RosterProblem instance(long shape) {
        Random r = new Random(shape);
        int days = 1 + r.nextInt(2);
        List<RosterSession> sessions = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 9, 12);
        boolean twoExams = r.nextInt(3) == 0;
        for (int d = 0; d < days; d++) {
            int perDay = 1 + r.nextInt(2);
            for (int k = 0; k < perDay; k++) {
                LocalTime start = k == 0 ? LocalTime.of(9, 0) : LocalTime.of(14, 0);
                sessions.add(new RosterSession("E1-" + d + "-" + k, "E1", first.plusDays(d), start, start.plusHours(2)));
                if (twoExams) { // the second exam's sessions overlap the first's under their own keys
                    sessions.add(new RosterSession("E2-" + d + "-" + k, "E2", first.plusDays(d), start.plusMinutes(30),
                            start.plusMinutes(150)));
                }
            }
        }
        String[] employers = new String[3 + r.nextInt(10)];
        for (int i = 0; i < employers.length; i++) {
            employers[i] = "employer-" + i;
        }
        String[] districts = {"110101", "110102", "110105", "120101"};
        int siteCount = 1 + r.nextInt(4);
        List<RosterSite> sites = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        long roomId = 100;
        int roomSessions = 0;
        for (int s = 0; s < siteCount; s++) {
            String district = districts[r.nextInt(districts.length)];
            List<RosterRoom> rooms = new ArrayList<>();
            int count = 1 + r.nextInt(8);
            for (int k = 0; k < count; k++) {
                roomId++;
                for (RosterSession session : sessions) {
                    if (r.nextInt(5) == 0) {
                        continue; // not every room in every session
                    }
                    Set<String> emp = new HashSet<>();
                    Set<String> ids = new HashSet<>();
                    Set<Sex> sexes = EnumSet.noneOf(Sex.class);
                    int candidates = 5 + r.nextInt(26);
                    for (int c = 0; c < candidates; c++) {
                        if (r.nextInt(4) > 0) {
                            // clustered: the first employers are the big ones
                            emp.add(employers[(int) Math.min(employers.length - 1, Math.abs(r.nextGaussian()) * 2)]);
                        }
                        String digest = "id-" + r.nextInt(1_000_000);
                        ids.add(digest);
                        digests.add(digest);
                        sexes.add(r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
                    }
                    rooms.add(new RosterRoom(roomId, String.format("%02d", k + 1), session.key(), candidates, emp, ids, sexes));
                    roomSessions++;
                }
            }
            sites.add(new RosterSite(1000 + s, "S" + (1000 + s), district.substring(0, 2), district, rooms));
        }
        RosterPolicy policy = new RosterPolicy(1 + r.nextInt(3), r.nextInt(2), r.nextInt(2), 1 + r.nextInt(6),
                r.nextInt(3), 3, RosterWeights.DEFAULT);
        int need = Math.max(1, roomSessions * policy.invigilatorsPerRoom() / Math.max(1, sessions.size()));
        int poolSize = (int) (need * (0.6 + 2 * r.nextDouble())) + 2;
        List<RosterStaff> staff = new ArrayList<>();
        List<String> keys = sessions.stream().map(RosterSession::key).toList();
        for (int i = 0; i < poolSize; i++) {
            Set<StaffRole> roles = EnumSet.of(StaffRole.INVIGILATOR);
            if (r.nextInt(5) == 0) {
                roles.add(StaffRole.CHIEF_EXAMINER);
            }
            if (r.nextInt(6) == 0) {
                roles.add(StaffRole.SITE_HEAD);
            }
            if (r.nextInt(4) == 0) {
                roles.add(StaffRole.INSPECTOR);
            }
            if (r.nextInt(10) == 0) {
                roles.remove(StaffRole.INVIGILATOR);
            }
            Set<String> available = keys.stream().filter(k -> r.nextInt(10) < 8).collect(Collectors.toSet());
            Set<String> relatives = new HashSet<>();
            if (!digests.isEmpty() && r.nextInt(10) == 0) {
                relatives.add(digests.get(r.nextInt(digests.size())));
            }
            Set<String> registered = r.nextInt(15) == 0 ? Set.of(r.nextBoolean() ? "E1" : "E2") : Set.of();
            String district = districts[r.nextInt(districts.length)];
            staff.add(new RosterStaff(5000 + i, r.nextInt(5) == 0 ? null : employers[r.nextInt(employers.length)],
                    r.nextInt(20) == 0 ? null : r.nextBoolean() ? Sex.MALE : Sex.FEMALE, r.nextInt(8),
                    district.substring(0, 2), district, roles, available, relatives, registered, r.nextInt(25) == 0));
        }
        return new RosterProblem(sessions, sites, staff, policy, r.nextLong());
    }

    @Test
    void rostersNeverBreakAHardRuleAndLeaveNothingFillable() {
        forAll("feasible", 40, (problem, shape) -> {
            RosterResult result = solver.solve(problem, List.of(), LIMIT, null);
            RosterChecks.assertFeasible(problem, result);
            RosterChecks.assertNothingFillableLeft(problem, result);
        });
    }

    @Test
    void theSameSeedGivesTheSameRoster() {
        forAll("reproducible", 15, (problem, shape) -> {
            RosterResult a = solver.solve(problem, List.of(), LIMIT, null);
            RosterResult b = solver.solve(problem, List.of(), LIMIT, null);
            assertEquals(a.assignments(), b.assignments());
            assertEquals(a.softCosts(), b.softCosts());
        });
    }

    @Test
    void evaluatingARosterGivesTheSolversCosts() {
        forAll("evaluate", 30, (problem, shape) -> {
            RosterResult solved = solver.solve(problem, List.of(), LIMIT, null);
            RosterResult checked = solver.evaluate(problem, solved.assignments());
            assertTrue(checked.hardViolations().isEmpty(), () -> "violations: " + checked.hardViolations());
            assertEquals(solved.softCosts(), checked.softCosts());
            assertEquals(solved.unfilled().size(), checked.unfilled().size());
            assertEquals(solved.softCost(), checked.costs().stream().mapToLong(RosterCost::cost).sum(),
                    "every point of soft cost is explained");
            assertEquals(solver.objective(problem, solved.assignments()), solved.softCost(),
                    "the costs explained are the costs the search minimised");
        });
    }

    @Test
    void pinnedAssignmentsSurviveAResolveWithAnotherSeed() {
        forAll("pinned", 20, (problem, shape) -> {
            RosterResult first = solver.solve(problem, List.of(), LIMIT, null);
            Random r = new Random(shape);
            List<RosterAssignment> previous = first.assignments().stream()
                    .map(a -> new RosterAssignment(a.post(), a.staffId(), r.nextInt(3) == 0)).toList();
            RosterProblem reseeded = new RosterProblem(problem.sessions(), problem.sites(), problem.staff(),
                    problem.policy(), problem.seed() + 1);
            RosterResult again = solver.solve(reseeded, previous.stream().filter(RosterAssignment::pinned).toList(), LIMIT, null);
            RosterChecks.assertFeasible(reseeded, again);
            Set<RosterAssignment> kept = new HashSet<>(again.assignments());
            for (RosterAssignment pin : previous) {
                if (pin.pinned()) {
                    assertTrue(kept.contains(pin), () -> "pinned assignment lost: " + pin);
                }
            }
        });
    }

    @Test
    void aLateChangeMovesOnlyThePostsOfWhoeverDroppedOut() {
        forAll("late change", 25, (problem, shape) -> {
            RosterResult first = solver.solve(problem, List.of(), LIMIT, null);
            if (first.assignments().isEmpty()) {
                return;
            }
            Random r = new Random(shape);
            long gone = first.assignments().get(r.nextInt(first.assignments().size())).staffId();
            List<RosterStaff> staff = problem.staff().stream().map(s -> s.id() != gone ? s
                    : new RosterStaff(s.id(), s.employer(), s.sex(), s.sittingsServed(), s.homeArea(), s.homeDistrict(),
                    s.roles(), Set.of(), s.relativeDigests(), s.registeredExams(), s.barred())).toList();
            RosterProblem changed = new RosterProblem(problem.sessions(), problem.sites(), staff, problem.policy(),
                    problem.seed());
            RosterResult again = solver.solve(changed, first.assignments(), LIMIT, null);
            RosterChecks.assertFeasible(changed, again);
            Map<RosterPost, Long> before = new HashMap<>();
            first.assignments().forEach(a -> before.put(a.post(), a.staffId()));
            Map<RosterPost, Long> after = new HashMap<>();
            again.assignments().forEach(a -> after.put(a.post(), a.staffId()));
            long theirs = first.assignments().stream().filter(a -> a.staffId() == gone).count();
            long others = before.entrySet().stream()
                    .filter(e -> e.getValue() != gone && !e.getValue().equals(after.get(e.getKey()))).count();
            assertEquals(0, others, "posts of people still available were given to someone else");
            assertEquals(theirs, again.moved(), "moved counts exactly the posts of the one who dropped out");
        });
    }
}
