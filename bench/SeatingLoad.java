import org.kaowu.scheduling.AvailableRoom;
import org.kaowu.scheduling.RoomKind;
import org.kaowu.scheduling.SeatPattern;
import org.kaowu.scheduling.SeatPlacement;
import org.kaowu.scheduling.SeatPlanner;
import org.kaowu.scheduling.SeatingCandidate;
import org.kaowu.scheduling.SeatingPlan;
import org.kaowu.scheduling.SeatingPolicy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seat allocation benchmark (a benchmark, not a test): SeatPlanner.plan on one area's candidates, in memory, at
 * several sizes, against a plain-Java sort of the same records (by registration id) in the same run.
 * <p>
 * Each instance: candidates in 4 groups (exam level × subject set), 4 sessions each, employers drawn like a real exam:
 * 5 big employers with 5 % each, 200 mid-sized with 0.1 % each, a long tail of small ones (about 3 candidates each)
 * and 10 % with no employer; 0.5 % need an accessible room. Rooms: 30 seats (5 × 6, the three numbering patterns),
 * 40 a site, every tenth accessible, every twentieth spare, 25 % more seats than needed; 5 % reserve. The candidates
 * come in a random order. Every plan is checked: complete, every candidate placed once, no seat used twice.
 * <p>
 * Per size: warm-up rounds, then measured rounds; prints the median and best of the allocation and of the sort, and
 * their ratio.
 *
 * java -Xmx3g -cp ejb/target/classes bench/SeatingLoad.java [--sizes 10000,100000,1000000] [--rounds 5] [--warmup 3]
 */
public class SeatingLoad {

    public static void main(String[] args) {
        int[] sizes = {10_000, 100_000, 1_000_000};
        int rounds = 5;
        int warmup = 3;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| candidates | rooms | allocation median (best) | sort median (best) | allocation / sort |");
        System.out.println("|---|---|---|---|---|");
        for (int n : sizes) {
            Instance in = instance(n, 20261202L + n);
            SeatingPolicy policy = new SeatingPolicy(0.05);
            int times = Math.max(1, n >= 1_000_000 ? Math.min(rounds, 3) : rounds);
            int warm = n >= 1_000_000 ? Math.min(warmup, 1) : warmup;
            for (int w = 0; w < warm; w++) {
                check(SeatPlanner.plan(in.candidates, in.rooms, policy, w), n);
                sort(in.candidates);
            }
            long[] plan = new long[times];
            long[] sort = new long[times];
            for (int r = 0; r < times; r++) {
                System.gc();
                long t0 = System.nanoTime();
                SeatingPlan result = SeatPlanner.plan(in.candidates, in.rooms, policy, 1000 + r);
                plan[r] = System.nanoTime() - t0;
                check(result, n);
                result = null;
                System.gc();
                t0 = System.nanoTime();
                SeatingCandidate[] sorted = sort(in.candidates);
                sort[r] = System.nanoTime() - t0;
                if (sorted.length != n) {
                    throw new IllegalStateException();
                }
            }
            Arrays.sort(plan);
            Arrays.sort(sort);
            double pm = plan[times / 2] / 1e6;
            double sm = sort[times / 2] / 1e6;
            System.out.printf(Locale.ROOT, "| %,d | %,d | %,.1f ms (%,.1f) | %,.1f ms (%,.1f) | %.2f |%n", n,
                    in.rooms.size(), pm, plan[0] / 1e6, sm, sort[0] / 1e6, pm / sm);
        }
    }

    record Instance(List<SeatingCandidate> candidates, List<AvailableRoom> rooms) {
    }

    /** The baseline: the same records, sorted by registration id as plain Java sorts them. */
    static SeatingCandidate[] sort(List<SeatingCandidate> candidates) {
        SeatingCandidate[] a = candidates.toArray(new SeatingCandidate[0]);
        Arrays.sort(a, Comparator.comparingLong(SeatingCandidate::registrationId));
        return a;
    }

    static Instance instance(int n, long seed) {
        Random r = new Random(seed);
        List<String> sessions = List.of("S1", "S2", "S3", "S4");
        String[] groups = {"中级|A", "中级|B", "初级|A", "高级|A"};
        List<SeatingCandidate> candidates = new ArrayList<>(n);
        int tail = Math.max(1, n / 3);
        for (int i = 0; i < n; i++) {
            double p = r.nextDouble();
            String employer;
            if (p < 0.25) {
                employer = "big-" + r.nextInt(5);
            } else if (p < 0.45) {
                employer = "mid-" + r.nextInt(200);
            } else if (p < 0.90) {
                employer = "tail-" + r.nextInt(tail);
            } else {
                employer = null;
            }
            candidates.add(new SeatingCandidate(1_000_000L + 7L * i, groups[r.nextInt(groups.length)], employer,
                    r.nextInt(200) == 0, sessions));
        }
        Collections.shuffle(candidates, r);
        int roomsNeeded = (int) Math.ceil(n * 1.25 / 30 / 0.95) + 40;
        List<AvailableRoom> rooms = new ArrayList<>(roomsNeeded);
        SeatPattern[] patterns = SeatPattern.values();
        for (int k = 0; k < roomsNeeded; k++) {
            long site = 1 + k / 40;
            rooms.add(new AvailableRoom(10L + k, "广东省", site, String.format("%03d", site), "考点" + site, "地址",
                    String.format("%03d", k % 40 + 1), 1 + (k % 40) / 10, RoomKind.PAPER, 5, 6, patterns[k % 3], 30,
                    k % 10 == 0, k % 20 == 19));
        }
        Collections.shuffle(rooms, r);
        return new Instance(candidates, rooms);
    }

    static void check(SeatingPlan plan, int n) {
        if (!plan.complete() || plan.placements().size() != n) {
            throw new IllegalStateException("incomplete plan: " + plan.shortfalls());
        }
        Set<Long> people = new HashSet<>(n * 2);
        Set<Long> seats = new HashSet<>(n * 2);
        for (SeatPlacement p : plan.placements()) {
            if (!people.add(p.registrationId()) || !seats.add(p.roomId() * 1024 + p.seatNumber())) {
                throw new IllegalStateException("placed twice: " + p);
            }
        }
    }
}
