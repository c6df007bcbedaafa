import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.kaowu.scheduling.roster.RosterAssignment;
import org.kaowu.scheduling.roster.RosterConstraint;
import org.kaowu.scheduling.roster.RosterPolicy;
import org.kaowu.scheduling.roster.RosterPost;
import org.kaowu.scheduling.roster.RosterProblem;
import org.kaowu.scheduling.roster.RosterResult;
import org.kaowu.scheduling.roster.RosterRoom;
import org.kaowu.scheduling.roster.RosterSession;
import org.kaowu.scheduling.roster.RosterSite;
import org.kaowu.scheduling.roster.RosterSolver;
import org.kaowu.scheduling.roster.RosterStaff;
import org.kaowu.scheduling.roster.RosterWeights;
import org.kaowu.scheduling.roster.Sex;
import org.kaowu.scheduling.roster.StaffRole;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Roster benchmark (a benchmark, not a test). One national instance: 33,000 rooms (1,100 sites of 30 rooms in 31
 * areas of 10 districts each, sites spread unevenly), 4 sessions over 2 days, every room used in each: per session
 * 66,000 invigilator posts plus per site a chief examiner, a site head, 3 inspectors and a reserve (72,600 posts a
 * session, 290,400 in all), from a pool of 80,000 living in the sites' districts in proportion to their rooms.
 * Realistic pool: everyone may invigilate, 6 % may also be chief examiner, 4 % site head, 9 % inspector; 95 % are
 * available in each session; sittings served geometric (about half experienced); half each sex; 35 % work for a local
 * employer whose staff also sit the exam (the rest for schools, which have no candidates); 3 % declare a relative
 * among the district's candidates; 1 % are registered for the exam themselves; 0.2 % are barred. Candidates: 30 a
 * room, employers drawn Zipf-like from their district's 40 local and 5 national employers, both sexes.
 * <p>
 * Reports, for RosterSolver on the whole instance: hard violations (checked again by {@code evaluate}, and by an
 * independent double-booking count), unfilled posts, the time to the first complete roster, and the soft cost after
 * the short limit (default 60 s) and after the long one (default 600 s; 0 skips it), with their ratio. Then, in the
 * same run, the same comparison against Timefold Solver 1.24 (construction heuristic + late acceptance, constraint
 * streams with exactly the same hard and soft rules and weights) on a sub-instance both can solve: the sites and staff
 * of a few districts, each solver given the same limit, both rosters scored by {@code RosterSolver.evaluate}.
 *
 * bench/roster.sh [short seconds] [long seconds] [districts for the Timefold comparison] [RosterSolver seconds there] [Timefold seconds, comma-separated]
 */
public class RosterLoad {

    static final String EXAM = "E2026";

    public static void main(String[] args) {
        int shortLimit = 60;
        int longLimit = 600;
        int districts = 2;
        int subLimit = 60;
        int[] tfLimits = {60, 600};
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--short" -> shortLimit = Integer.parseInt(args[i + 1]);
                case "--long" -> longLimit = Integer.parseInt(args[i + 1]);
                case "--districts" -> districts = Integer.parseInt(args[i + 1]);
                case "--sub-limit" -> subLimit = Integer.parseInt(args[i + 1]);
                case "--timefold-limits" -> tfLimits = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t = System.nanoTime();
        RosterProblem problem = instance(20261212L, 1100, 80_000);
        long rooms = problem.sites().stream().mapToLong(s -> s.rooms().stream().map(RosterRoom::roomId).distinct().count()).sum();
        System.out.printf(Locale.ROOT, "instance: %d sites, %d rooms, %d sessions, %d posts, %d staff (built in %.1f s)%n",
                problem.sites().size(), rooms, problem.sessions().size(), problem.posts().size(), problem.staff().size(),
                (System.nanoTime() - t) / 1e9);
        RosterSolver solver = new RosterSolver();

        // warm-up on a small slice, so that the measured run is not the JIT's first contact
        solver.solve(slice(problem, 2), List.of(), Duration.ofSeconds(5), null);

        System.out.println();
        System.out.println("| run | limit | first roster (construction) | total time | hard violations | unfilled | soft cost | LOAD | EXPERIENCE | MIXED_SEX | ROTATION | DISTANCE |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        RosterResult shortRun = shortLimit > 0 ? run("RosterSolver, national", solver, problem, shortLimit) : null;
        RosterResult longRun = null;
        if (longLimit > 0) {
            longRun = run("RosterSolver, national", solver, problem, longLimit);
        }
        RosterProblem sub = slice(problem, districts);
        long subRooms = sub.sites().stream().mapToLong(s -> s.rooms().stream().map(RosterRoom::roomId).distinct().count()).sum();
        RosterResult mineSub = run("RosterSolver, " + districts + " districts", solver, sub, subLimit);
        List<RosterResult> tf = new ArrayList<>();
        for (int limit : tfLimits) {
            tf.add(timefold(sub, limit));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "sub-instance: %d districts, %d sites, %d rooms, %d posts, %d staff%n", districts,
                sub.sites().size(), subRooms, sub.posts().size(), sub.staff().size());
        if (shortRun != null && longRun != null) {
            System.out.printf(Locale.ROOT, "national: RosterSolver soft cost after %d s / after %d s = %.3f (1.000: the short run reached the long run's cost)%n",
                    shortLimit, longLimit, ratio(shortRun.softCost(), longRun.softCost()));
        }
        for (int i = 0; i < tfLimits.length; i++) {
            RosterResult other = tf.get(i);
            System.out.printf(Locale.ROOT, "sub-instance: RosterSolver after %d s: soft %d (unfilled %d); Timefold after %d s: soft %d (unfilled %d, hard %d); RosterSolver / Timefold soft = %.3f%n",
                    subLimit, mineSub.softCost(), mineSub.unfilled().size(), tfLimits[i], other.softCost(), other.unfilled().size(),
                    other.hardViolations().size(), ratio(mineSub.softCost(), other.softCost()));
        }
    }

    static double ratio(long a, long b) {
        return b == 0 ? (a == 0 ? 1.0 : Double.POSITIVE_INFINITY) : (double) a / b;
    }

    static RosterResult run(String what, RosterSolver solver, RosterProblem problem, int seconds) {
        long t = System.nanoTime();
        RosterResult r = solver.solve(problem, List.of(), Duration.ofSeconds(seconds), RosterLoad.class.getClassLoader());
        double total = (System.nanoTime() - t) / 1e9;
        RosterResult checked = solver.evaluate(problem, r.assignments());
        int hard = checked.hardViolations().size() + doubleBooked(problem, r.assignments());
        if (checked.softCost() != r.softCost()) {
            throw new IllegalStateException("evaluate disagrees: " + checked.softCost() + " vs " + r.softCost());
        }
        print(what, seconds + " s", r.firstFeasible().toMillis() / 1000.0 + " s", String.format(Locale.ROOT, "%.1f s", total),
                hard, r);
        return r;
    }

    static void print(String what, String limit, String first, String total, int hard, RosterResult r) {
        Map<RosterConstraint, Long> c = r.softCosts();
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |%n", what, limit, first,
                total, hard, r.unfilled().size(), r.softCost(), c.get(RosterConstraint.LOAD), c.get(RosterConstraint.EXPERIENCE),
                c.get(RosterConstraint.MIXED_SEX), c.get(RosterConstraint.ROTATION), c.get(RosterConstraint.DISTANCE));
    }

    /** Independent of the solver: the same person twice in one session (the instance's sessions never overlap). */
    static int doubleBooked(RosterProblem problem, List<RosterAssignment> assignments) {
        Set<String> seen = new HashSet<>();
        int twice = 0;
        for (RosterAssignment a : assignments) {
            if (!seen.add(a.staffId() + "@" + a.post().session())) {
                twice++;
            }
        }
        return twice;
    }

    // ---------------------------------------------------------------- the instance

    static RosterProblem instance(long seed, int siteCount, int poolSize) {
        Random r = new Random(seed);
        List<RosterSession> sessions = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 10, 24);
        for (int d = 0; d < 2; d++) {
            sessions.add(new RosterSession("d" + d + "am", EXAM, day.plusDays(d), LocalTime.of(9, 0), LocalTime.of(11, 30)));
            sessions.add(new RosterSession("d" + d + "pm", EXAM, day.plusDays(d), LocalTime.of(14, 0), LocalTime.of(16, 30)));
        }
        List<String> keys = sessions.stream().map(RosterSession::key).toList();
        // 31 areas x 10 districts; sites spread unevenly (a district's weight 1..4)
        List<String> districts = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int a = 11; a < 11 + 31; a++) {
            for (int d = 1; d <= 10; d++) {
                districts.add(a + String.format("%02d%02d", 1, d));
                weights.add(1 + r.nextInt(4));
            }
        }
        int totalWeight = weights.stream().mapToInt(Integer::intValue).sum();
        String[] national = {"国家电网", "中国建筑", "中国中铁", "中国石化", "中国移动"};
        List<RosterSite> sites = new ArrayList<>();
        Map<String, Integer> roomsPerDistrict = new HashMap<>();
        Map<String, List<String>> digestsPerDistrict = new HashMap<>();
        long roomId = 1;
        for (int s = 0; s < siteCount; s++) {
            int pick = r.nextInt(totalWeight);
            int k = 0;
            while (pick >= weights.get(k)) {
                pick -= weights.get(k);
                k++;
            }
            String district = districts.get(k);
            List<RosterRoom> rooms = new ArrayList<>();
            List<String> ds = digestsPerDistrict.computeIfAbsent(district, x -> new ArrayList<>());
            for (int n = 1; n <= 30; n++) {
                Set<String> employers = new HashSet<>();
                Set<String> digests = new HashSet<>();
                Set<Sex> sexes = EnumSet.noneOf(Sex.class);
                for (int c = 0; c < 30; c++) {
                    if (r.nextInt(10) < 8) {
                        employers.add(r.nextInt(10) == 0 ? national[r.nextInt(national.length)]
                                : district + "-e" + zipf(r, 40));
                    }
                    String digest = Long.toHexString(r.nextLong());
                    digests.add(digest);
                    if (r.nextInt(50) == 0) {
                        ds.add(digest);
                    }
                    sexes.add(r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
                }
                Set<String> e = Set.copyOf(employers);
                Set<String> d = Set.copyOf(digests);
                Set<Sex> x = Set.copyOf(sexes);
                for (String key : keys) { // the same candidates all day: one set shared by the room's sessions
                    rooms.add(new RosterRoom(roomId, String.format("%02d", n), key, 30, e, d, x));
                }
                roomId++;
            }
            roomsPerDistrict.merge(district, 30, Integer::sum);
            sites.add(new RosterSite(s + 1, String.format("K%04d", s + 1), district.substring(0, 2), district, rooms));
        }
        // the pool lives where the rooms are, in proportion
        List<String> homes = new ArrayList<>(roomsPerDistrict.keySet());
        homes.sort(null);
        int totalRooms = siteCount * 30;
        List<RosterStaff> staff = new ArrayList<>();
        long id = 1;
        for (String district : homes) {
            int n = (int) Math.round((double) poolSize * roomsPerDistrict.get(district) / totalRooms);
            List<String> ds = digestsPerDistrict.getOrDefault(district, List.of());
            for (int i = 0; i < n; i++) {
                Set<StaffRole> roles = EnumSet.of(StaffRole.INVIGILATOR);
                int roll = r.nextInt(100);
                if (roll < 6) {
                    roles.add(StaffRole.CHIEF_EXAMINER);
                } else if (roll < 10) {
                    roles.add(StaffRole.SITE_HEAD);
                } else if (roll < 19) {
                    roles.add(StaffRole.INSPECTOR);
                }
                Set<String> available = keys.stream().filter(k -> r.nextInt(100) < 95).collect(Collectors.toSet());
                String employer = r.nextInt(100) < 35 ? (r.nextInt(10) == 0 ? national[r.nextInt(national.length)]
                        : district + "-e" + zipf(r, 40)) : district + "-school" + r.nextInt(60);
                Set<String> relatives = !ds.isEmpty() && r.nextInt(100) < 3 ? Set.of(ds.get(r.nextInt(ds.size()))) : Set.of();
                int sittings = 0;
                while (sittings < 30 && r.nextInt(100) < 78) {
                    sittings++;
                }
                staff.add(new RosterStaff(id++, employer, r.nextBoolean() ? Sex.MALE : Sex.FEMALE, sittings,
                        district.substring(0, 2), district, roles, available, relatives,
                        r.nextInt(100) == 0 ? Set.of(EXAM) : Set.of(), r.nextInt(500) == 0));
            }
        }
        return new RosterProblem(sessions, sites, staff, RosterPolicy.DEFAULT, seed);
    }

    static int zipf(Random r, int n) {
        double u = r.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n, u)) - 1);
    }

    /** The sites and staff of the first {@code districts} districts that have sites (the same data, a smaller problem). */
    static RosterProblem slice(RosterProblem p, int districts) {
        List<String> chosen = p.sites().stream().map(RosterSite::district).distinct().sorted().limit(districts).toList();
        List<RosterSite> sites = p.sites().stream().filter(s -> chosen.contains(s.district())).toList();
        List<RosterStaff> staff = p.staff().stream().filter(s -> chosen.contains(s.homeDistrict())).toList();
        return new RosterProblem(p.sessions(), sites, staff, p.policy(), p.seed());
    }

    // ---------------------------------------------------------------- Timefold on the same rules

    static RosterResult timefold(RosterProblem problem, int seconds) {
        long t = System.nanoTime();
        TfModel model = TfModel.of(problem);
        SolverConfig config = new SolverConfig()
                .withClassLoader(RosterLoad.class.getClassLoader())
                .withSolutionClass(TfRoster.class)
                .withEntityClasses(TfPost.class)
                .withConstraintProviderClass(TfConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        TfConstraints.model = model;
        Solver<TfRoster> solver = SolverFactory.<TfRoster>create(config).buildSolver();
        long[] firstFeasible = {-1};
        solver.addEventListener(ev -> {
            HardMediumSoftLongScore score = ev.getNewBestSolution().score;
            if (firstFeasible[0] < 0 && score != null && score.hardScore() == 0 && score.mediumScore() == 0) {
                firstFeasible[0] = System.nanoTime() - t;
            }
        });
        TfRoster best = solver.solve(model.roster);
        double total = (System.nanoTime() - t) / 1e9;
        List<RosterAssignment> assignments = new ArrayList<>();
        for (TfPost post : best.posts) {
            if (post.staff != null) {
                assignments.add(new RosterAssignment(model.posts.get(post.index), post.staff.id, false));
            }
        }
        RosterResult r = new RosterSolver().evaluate(problem, assignments);
        print("Timefold 1.24, sub-instance (score " + best.score + ")", seconds + " s",
                firstFeasible[0] < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", firstFeasible[0] / 1e9),
                String.format(Locale.ROOT, "%.1f s", total), r.hardViolations().size(), r);
        return r;
    }

    /** The problem in Timefold's terms; each post's value range is the people allowed there (role, availability, recusal). */
    public static final class TfModel {
        List<RosterPost> posts;
        TfRoster roster;
        RosterWeights w;
        int fair;

        static TfModel of(RosterProblem p) {
            TfModel m = new TfModel();
            m.w = p.policy().weights();
            m.posts = p.posts();
            Map<Long, RosterSite> sites = new HashMap<>();
            p.sites().forEach(s -> sites.put(s.siteId(), s));
            Map<String, Integer> sessionIndex = new HashMap<>();
            Map<String, Integer> dayIndex = new HashMap<>();
            for (RosterSession s : p.sessions()) {
                sessionIndex.put(s.key(), sessionIndex.size());
                dayIndex.putIfAbsent(s.day().toString(), dayIndex.size());
            }
            Map<String, RosterSession> sessions = p.sessions().stream().collect(Collectors.toMap(RosterSession::key, s -> s));
            List<TfStaff> staff = new ArrayList<>();
            for (RosterStaff s : p.staff()) {
                TfStaff t = new TfStaff();
                t.index = staff.size();
                t.id = s.id();
                t.source = s;
                t.experienced = s.sittingsServed() >= p.policy().experiencedSittings();
                t.male = s.sex() == Sex.MALE;
                t.female = s.sex() == Sex.FEMALE;
                staff.add(t);
            }
            int serving = (int) p.staff().stream().filter(s -> !s.roles().isEmpty() && !s.availableSessions().isEmpty()).count();
            m.fair = Math.max(1, (m.posts.size() + serving - 1) / Math.max(1, serving));
            Map<String, Integer> roomSessionIndex = new HashMap<>();
            List<TfPost> entities = new ArrayList<>();
            for (int i = 0; i < m.posts.size(); i++) {
                RosterPost post = m.posts.get(i);
                RosterSite site = sites.get(post.siteId());
                TfPost e = new TfPost();
                e.index = i;
                e.session = sessionIndex.get(post.session());
                e.day = dayIndex.get(sessions.get(post.session()).day().toString());
                e.area = site.area();
                e.district = site.district();
                List<RosterRoom> seated = site.rooms().stream().filter(r -> r.session().equals(post.session()))
                        .filter(r -> post.roomId() == null || r.roomId() == post.roomId()).toList();
                if (post.roomId() != null) {
                    e.roomSession = roomSessionIndex.computeIfAbsent(site.siteId() + "/" + post.roomId() + "/" + post.session(),
                            k -> roomSessionIndex.size());
                    e.room = site.siteId() * 1_000_000L + post.roomId();
                    e.mixedRoom = seated.get(0).mixed();
                } else {
                    e.roomSession = -1;
                }
                String exam = sessions.get(post.session()).exam();
                List<TfStaff> allowed = new ArrayList<>();
                for (TfStaff t : staff) {
                    RosterStaff s = t.source;
                    if (!s.can(post.role()) || !s.availableIn(post.session()) || s.barred() || s.registeredExams().contains(exam)) {
                        continue;
                    }
                    boolean recused = false;
                    for (RosterRoom room : seated) {
                        if ((s.employer() != null && room.candidateEmployers().contains(s.employer()))
                                || s.relativeDigests().stream().anyMatch(room.candidateIdDigests()::contains)) {
                            recused = true;
                            break;
                        }
                    }
                    if (!recused) {
                        allowed.add(t);
                    }
                }
                e.allowed = allowed;
                entities.add(e);
            }
            m.roster = new TfRoster();
            m.roster.staff = staff;
            m.roster.posts = entities;
            return m;
        }
    }

    public static final class TfStaff {
        @PlanningId
        int index;
        long id;
        RosterStaff source;
        boolean experienced;
        boolean male;
        boolean female;

        @Override
        public String toString() {
            return "#" + id;
        }
    }

    @PlanningEntity
    public static final class TfPost {
        @PlanningId
        int index;
        int session;
        int day;
        int roomSession;
        long room;
        boolean mixedRoom;
        String area;
        String district;
        List<TfStaff> allowed;

        @PlanningVariable(valueRangeProviderRefs = "allowed", allowsUnassigned = true)
        TfStaff staff;

        @ValueRangeProvider(id = "allowed")
        public List<TfStaff> getAllowed() {
            return allowed;
        }

        public TfStaff getStaff() {
            return staff;
        }

        public void setStaff(TfStaff staff) {
            this.staff = staff;
        }

        int distanceUnits() {
            RosterStaff s = staff.source;
            if (s.homeDistrict() != null && s.homeDistrict().equals(district)) {
                return 0;
            }
            if (s.homeArea() != null && s.homeArea().equals(area)) {
                return district == null ? 0 : 1;
            }
            return 3;
        }
    }

    @PlanningSolution
    public static final class TfRoster {
        @ProblemFactCollectionProperty
        List<TfStaff> staff;

        @PlanningEntityCollectionProperty
        List<TfPost> posts;

        @PlanningScore
        HardMediumSoftLongScore score;
    }

    /** The same rules and weights as RosterEngine: hard double booking, medium unfilled posts, soft costs. */
    public static final class TfConstraints implements ConstraintProvider {
        static TfModel model;

        @Override
        public Constraint[] defineConstraints(ConstraintFactory f) {
            RosterWeights w = model.w;
            int fair = model.fair;
            return new Constraint[]{
                    f.forEachUniquePair(TfPost.class, Joiners.equal(p -> p.session), Joiners.equal(p -> p.staff))
                            .penalize(HardMediumSoftLongScore.ONE_HARD).asConstraint("double booked"),
                    f.forEachIncludingUnassigned(TfPost.class).filter(p -> p.staff == null)
                            .penalize(HardMediumSoftLongScore.ONE_MEDIUM).asConstraint("unfilled"),
                    f.forEach(TfPost.class).penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                            p -> (long) w.distance() * p.distanceUnits()).asConstraint("distance"),
                    f.forEach(TfPost.class).groupBy(p -> p.staff, ConstraintCollectors.count())
                            .filter((s, n) -> n > fair)
                            .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (s, n) -> (long) w.load() * (n - fair) * (n - fair))
                            .asConstraint("load"),
                    f.forEach(TfPost.class).filter(p -> p.roomSession >= 0)
                            .groupBy(p -> p.roomSession, ConstraintCollectors.sum(p -> p.staff.experienced ? 1 : 0))
                            .filter((room, experienced) -> experienced == 0)
                            .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (room, experienced) -> w.experience())
                            .asConstraint("experience"),
                    f.forEach(TfPost.class).filter(p -> p.roomSession >= 0 && p.mixedRoom)
                            .groupBy(p -> p.roomSession, ConstraintCollectors.count(),
                                    ConstraintCollectors.sum(p -> p.staff.male ? 1 : 0),
                                    ConstraintCollectors.sum(p -> p.staff.female ? 1 : 0))
                            .filter((room, n, men, women) -> n > 1 && (men == 0 || women == 0) && men + women > 0)
                            .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (room, n, men, women) -> w.mixedSex())
                            .asConstraint("mixed sex"),
                    f.forEach(TfPost.class).filter(p -> p.roomSession >= 0)
                            .groupBy(p -> p.staff, p -> p.day, p -> p.room, ConstraintCollectors.count())
                            .filter((s, d, room, n) -> n > 1)
                            .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (s, d, room, n) -> (long) w.rotation() * (n - 1))
                            .asConstraint("rotation: room"),
                    f.forEachUniquePair(TfPost.class, Joiners.equal(p -> p.roomSession))
                            .filter((a, b) -> a.roomSession >= 0)
                            .groupBy((a, b) -> Math.min(a.staff.index, b.staff.index), (a, b) -> Math.max(a.staff.index, b.staff.index),
                                    (a, b) -> a.day, ConstraintCollectors.countBi())
                            .filter((x, y, d, n) -> n > 1)
                            .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (x, y, d, n) -> 2L * w.rotation() * (n - 1))
                            .asConstraint("rotation: partner"),
            };
        }
    }
}
