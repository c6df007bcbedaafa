package org.kaowu.scheduling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seat allocation (编排) as a pure function: no persistence, no clock, no randomness but the seed given. The same
 * inputs (in any order) and seed give the same placements.
 * <p>
 * <b>How {@link #plan} decides</b> (the choices the issue leaves open):
 * <ul>
 * <li>Inputs are sorted first (candidates by registration id, rooms by site id, floor, room number, room id), and every
 *     random choice is drawn from one {@link SplittableRandom} seeded with {@code seed}, so input order never matters.</li>
 * <li>A seat belongs to one candidate for the whole day, whatever sessions they sit: the door list and sign-in sheet
 *     are one per room and day.</li>
 * <li><b>Site by site</b>: rooms are filled in the sorted order, a group taking whole rooms one after the other until
 *     its candidates are seated; so a group sits together in as few rooms (and sites) as its size allows, and a site
 *     is full before the next one opens. A site never takes more than its budget: its non-spare seats minus the
 *     reserve ({@code ceil(seats × reserveShare)}); the last room opened at a site takes what the budget leaves.</li>
 * <li><b>Accessible rooms first</b>: groups (in group order) with candidates who need an accessible room take the
 *     accessible rooms first, filling them with those candidates and then with others of the same group; the other
 *     groups then take the ordinary rooms and, last, the accessible rooms left over.</li>
 * <li><b>Employers</b>: a room's used cells split like a chess board into two colours; two cells of one colour are
 *     never neighbours. In each room the employers still to seat are taken largest first (ties in a random order),
 *     each into one colour only (the one with more room), as many as fit; the rest wait for the next room. So a
 *     dominant employer takes at most one colour of every room and is spread over as many rooms as that needs.
 *     Candidates without an employer fill any seat.</li>
 * <li>Within a colour the candidates are shuffled and take the lowest seat numbers of that colour.</li>
 * <li><b>Shortfall</b>: when any candidate is left without a seat nobody is placed. If the seats would not suffice
 *     even without the employer rule, the shortfall counts the missing seats per group and kind (accessible or not)
 *     for the area; otherwise it names, per group and employer, the candidates the rooms left cannot keep apart
 *     ({@link SeatShortfall#employer()}; only employers with more than one candidate in the group are named, the
 *     others left are counted without an employer).</li>
 * <li><b>Rooms for a group's last candidates</b>: when they fit in one room, the smallest room of the same site that
 *     takes them all is used, leaving the larger rooms to the groups after.</li>
 * </ul>
 * Time is O(n log n) in the candidates (sorting, and a priority queue of employers per group).
 */
public final class SeatPlanner {

    private SeatPlanner() {
    }

    /**
     * Seats every candidate of one exam, area and day, or, when seats are missing, returns the shortfall per area and
     * site and no placement. Rules: a room holds one group only; spare rooms are not used; a candidate keeps one seat
     * for all their sessions of the day; candidates with the same employer are never neighbours (left, right, front,
     * back in the grid); candidates who need an accessible room get one (others may use it when it is left over);
     * per site a share of usable seats ({@link SeatingPolicy#reserveShare()}) stays empty.
     *
     * @param rooms the rooms lent for the day, all of one area (spare rooms may be among them; they are left alone)
     * @throws IllegalArgumentException when a registration or room id repeats, a candidate has no group, or the rooms
     *                                  are of more than one area (a caller's mistake, not the office's)
     */
    public static SeatingPlan plan(List<SeatingCandidate> candidates, List<AvailableRoom> rooms, SeatingPolicy policy,
                                   long seed) {
        Objects.requireNonNull(policy, "policy");
        List<SeatingCandidate> people = sortedCandidates(candidates);
        List<Room> all = sortedRooms(rooms);
        String area = all.isEmpty() ? null : all.get(0).room.area();
        Allocation strict = new Allocation(people, all, policy, seed, true);
        if (strict.left.isEmpty()) {
            return new SeatingPlan(strict.placements, List.of());
        }
        Allocation relaxed = new Allocation(people, all, policy, seed, false);
        if (!relaxed.left.isEmpty()) {
            return new SeatingPlan(List.of(), shortfalls(area, null, relaxed.left, false));
        }
        // Seats would do without the employer rule: name the employers with more than one candidate in the group
        // (only they can be neighbours); the others left are counted as seats missing.
        Map<String, Integer> perGroup = new HashMap<>();
        for (SeatingCandidate c : people) {
            if (c.employer() != null) {
                perGroup.merge(c.group() + '\u0000' + c.employer(), 1, Integer::sum);
            }
        }
        List<SeatingCandidate> named = new ArrayList<>();
        for (SeatingCandidate c : strict.left) {
            boolean shared = c.employer() != null && perGroup.get(c.group() + '\u0000' + c.employer()) > 1;
            named.add(shared ? c : new SeatingCandidate(c.registrationId(), c.group(), null, c.needsAccessible(),
                    c.sessions()));
        }
        return new SeatingPlan(List.of(), shortfalls(area, null, named, true));
    }

    /**
     * Re-seating with minimal disturbance after rooms became unavailable: only candidates placed in those rooms move,
     * to a spare room of the same site with the same seat numbers where one exists, else to the nearest free seats of
     * the same site, then of the area (same rules as {@link #plan}). Returns the new placements of the moved candidates
     * only, or the shortfall and no placement.
     * <p>
     * Details: the unavailable rooms are handled in room id order. A spare room takes a room's candidates on the same
     * cells and seat numbers when it is empty, of the same rows, columns and pattern, with a capacity reaching the
     * highest seat number used, and accessible when one of them needs it; the nearest such spare (by floor, then room
     * id) is taken. Otherwise each candidate takes a free seat, rooms tried nearest first (same site: by floor
     * distance, then room id; then the other sites in site id order), in rooms that are empty or already hold the
     * candidate's group, never next to someone of the same employer, accessible rooms for those who need one. Spare
     * rooms are free to use; in the other rooms a site keeps its reserve, computed as in {@link #plan} on its non-spare
     * rooms still available. A shortfall names the site the candidates had to leave (null when their room is not
     * among {@code rooms}: then the whole area is searched in site order).
     *
     * @param current    the placements as they stand (of the day); candidates must describe everyone placed
     * @param rooms      all rooms of the area for the day, spare rooms included
     */
    public static SeatingPlan reseat(List<SeatPlacement> current, Set<Long> unavailableRoomIds,
                                     List<SeatingCandidate> candidates, List<AvailableRoom> rooms, SeatingPolicy policy,
                                     long seed) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(unavailableRoomIds, "unavailableRoomIds");
        return new Reseating(current, unavailableRoomIds, sortedCandidates(candidates), sortedRooms(rooms), policy,
                seed).result();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Shared pieces

    private static List<SeatingCandidate> sortedCandidates(List<SeatingCandidate> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        SeatingCandidate[] given = candidates.toArray(new SeatingCandidate[0]);
        SeatingCandidate[] sorted = sortById(given);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i].group() == null) {
                throw new IllegalArgumentException("candidate " + sorted[i].registrationId() + " has no group");
            }
            if (i > 0 && sorted[i].registrationId() == sorted[i - 1].registrationId()) {
                throw new IllegalArgumentException("registration " + sorted[i].registrationId() + " given twice");
            }
        }
        return Arrays.asList(sorted);
    }

    /**
     * Sorted by registration id. When the ids and positions fit one long (ids below 2^(63 - bits of the count)), the
     * ids are sorted as primitives with the position in the low bits, several times faster than sorting the records;
     * otherwise the records are sorted as they are.
     */
    private static SeatingCandidate[] sortById(SeatingCandidate[] given) {
        int n = given.length;
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        long limit = 1L << (63 - bits);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long id = given[i].registrationId();
            if (id < 0 || id >= limit) {
                SeatingCandidate[] sorted = given.clone();
                Arrays.sort(sorted, Comparator.comparingLong(SeatingCandidate::registrationId));
                return sorted;
            }
            keys[i] = id << bits | i;
        }
        Arrays.sort(keys);
        long mask = (1L << bits) - 1;
        SeatingCandidate[] sorted = new SeatingCandidate[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = given[(int) (keys[i] & mask)];
        }
        return sorted;
    }

    private static final Comparator<Room> ROOM_ORDER = Comparator.comparingLong((Room r) -> r.room.siteId())
            .thenComparingInt(r -> r.room.floor())
            .thenComparing(r -> r.room.roomNumber(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(r -> r.room.roomId());

    private static List<Room> sortedRooms(List<AvailableRoom> rooms) {
        Objects.requireNonNull(rooms, "rooms");
        Map<SeatLayout, Shape> shapes = new HashMap<>();
        List<Room> out = new ArrayList<>(rooms.size());
        for (AvailableRoom r : rooms) {
            SeatLayout layout = new SeatLayout(r.rows(), r.columns(), r.pattern(), r.capacity());
            out.add(new Room(r, shapes.computeIfAbsent(layout, Shape::new)));
        }
        out.sort(ROOM_ORDER);
        Set<Long> ids = new java.util.HashSet<>();
        for (Room r : out) {
            if (!ids.add(r.room.roomId())) {
                throw new IllegalArgumentException("room " + r.room.roomId() + " given twice");
            }
            if (!Objects.equals(r.room.area(), out.get(0).room.area())) {
                throw new IllegalArgumentException("rooms of more than one area: seats are allocated per area");
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).index = i;
        }
        return out;
    }

    /** The reserve of a site: the share of its usable seats, rounded up (0.1 × 30 is 3, not 4). */
    static int reserve(int seats, SeatingPolicy policy) {
        return new BigDecimal(seats).multiply(BigDecimal.valueOf(policy.reserveShare()))
                .setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static List<SeatShortfall> shortfalls(String area, Long siteId, List<SeatingCandidate> left,
                                                  boolean byEmployer) {
        record Key(String group, boolean accessible, String employer) {
        }
        Comparator<Key> order = Comparator.comparing(Key::group).thenComparing(Key::accessible)
                .thenComparing(Key::employer, Comparator.nullsFirst(Comparator.naturalOrder()));
        TreeMap<Key, Integer> counts = new TreeMap<>(order);
        for (SeatingCandidate c : left) {
            counts.merge(new Key(c.group(), c.needsAccessible(), byEmployer ? c.employer() : null), 1, Integer::sum);
        }
        List<SeatShortfall> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new SeatShortfall(area, siteId, k.group, k.accessible, n, k.employer)));
        return out;
    }

    /** A layout's used cells in seat order, with their chessboard colour. Shared by rooms of the same layout. */
    static final class Shape {
        final SeatLayout layout;
        final int[] row;
        final int[] column;
        final int[] seat;
        /** Indexes (into row/column/seat) of the cells of each colour, in seat order. */
        final int[][] byColour = new int[2][];

        Shape(SeatLayout layout) {
            this.layout = layout;
            List<int[]> cells = layout.seatsInOrder();
            int n = cells.size();
            row = new int[n];
            column = new int[n];
            seat = new int[n];
            int[] count = new int[2];
            for (int i = 0; i < n; i++) {
                row[i] = cells.get(i)[0];
                column[i] = cells.get(i)[1];
                seat[i] = i + 1;
                count[(row[i] + column[i]) & 1]++;
            }
            byColour[0] = new int[count[0]];
            byColour[1] = new int[count[1]];
            int[] at = new int[2];
            for (int i = 0; i < n; i++) {
                int c = (row[i] + column[i]) & 1;
                byColour[c][at[c]++] = i;
            }
        }

        int size() {
            return seat.length;
        }
    }

    static final class Room {
        final AvailableRoom room;
        final Shape shape;
        int index;

        Room(AvailableRoom room, Shape shape) {
            this.room = room;
            this.shape = shape;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // plan

    /**
     * An employer within one group (rooms hold one group, so only a group's own employers can be neighbours): its
     * candidates per pool, and which room it was last seated in, in which colour.
     */
    private static final class Employer {
        final String name;
        final long tie;
        final Bucket[] pools = new Bucket[2];
        int count;
        int room = -1;
        int colour;

        Employer(String name, long seed) {
            this.name = name;
            // A random but reproducible order among employers of equal size: the name's hash, mixed with the seed.
            this.tie = mix(seed ^ name.hashCode());
        }
    }

    /** SplitMix64's finaliser: spreads a value over all 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The candidates of one employer still to seat, in one pool (in random order). */
    private static final class Bucket implements Comparable<Bucket> {
        final Employer employer;
        final List<SeatingCandidate> list = new ArrayList<>(4);
        int next;

        Bucket(Employer employer) {
            this.employer = employer;
        }

        int remaining() {
            return list.size() - next;
        }

        /** Largest first; ties in the employers' random order, then by name. */
        @Override
        public int compareTo(Bucket o) {
            int c = Integer.compare(o.remaining(), remaining());
            if (c != 0) {
                return c;
            }
            c = Long.compare(employer.tie, o.employer.tie);
            return c != 0 ? c : employer.name.compareTo(o.employer.name);
        }
    }

    /**
     * Candidates of one group and kind (needing an accessible room or not) still to seat: employers with more than one
     * candidate in the group, largest first; then the others (no employer, or the only one of theirs in the group).
     */
    private static final class Pool {
        PriorityQueue<Bucket> employers = new PriorityQueue<>();
        final List<SeatingCandidate> free = new ArrayList<>();
        int freeNext;
        int size;

        boolean isEmpty() {
            return size == 0;
        }

        void drainTo(List<SeatingCandidate> out) {
            for (Bucket b : employers) {
                out.addAll(b.list.subList(b.next, b.list.size()));
            }
            out.addAll(free.subList(freeNext, free.size()));
        }
    }

    private static final class Group {
        final Pool[] pools = {new Pool(), new Pool()};
        final Map<String, Employer> employers = new HashMap<>();
    }

    private static final class Allocation {
        final boolean separate;
        final SplittableRandom random;
        final int[] budget;
        final Map<Long, Integer> siteIndex = new HashMap<>();
        final List<SeatPlacement> placements;
        final List<SeatingCandidate> left = new ArrayList<>();
        /** The colours of the room being filled: the candidates taken into each. */
        final List<List<SeatingCandidate>> colour = List.of(new ArrayList<>(), new ArrayList<>());
        final int[] space = new int[2];

        Allocation(List<SeatingCandidate> people, List<Room> rooms, SeatingPolicy policy, long seed, boolean separate) {
            this.separate = separate;
            this.random = new SplittableRandom(seed);
            this.placements = new ArrayList<>(people.size());

            // Budgets per site: non-spare seats minus the reserve.
            List<Integer> seats = new ArrayList<>();
            for (Room r : rooms) {
                if (!r.room.spare()) {
                    int s = siteIndex.computeIfAbsent(r.room.siteId(), id -> {
                        seats.add(0);
                        return seats.size() - 1;
                    });
                    seats.set(s, seats.get(s) + r.shape.size());
                }
            }
            budget = new int[seats.size()];
            for (int s = 0; s < budget.length; s++) {
                budget[s] = seats.get(s) - reserve(seats.get(s), policy);
            }

            // The candidates (sorted by id) in a random order drawn from the seed, then into pools per group.
            SeatingCandidate[] order = people.toArray(new SeatingCandidate[0]);
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                SeatingCandidate t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            Map<String, Group> byName = new HashMap<>();
            for (SeatingCandidate c : order) {
                Group g = byName.computeIfAbsent(c.group(), name -> new Group());
                int kind = c.needsAccessible() ? 0 : 1;
                Pool pool = g.pools[kind];
                pool.size++;
                if (!separate || c.employer() == null) {
                    pool.free.add(c);
                    continue;
                }
                Employer e = g.employers.get(c.employer());
                if (e == null) {
                    e = new Employer(c.employer(), seed);
                    g.employers.put(c.employer(), e);
                }
                e.count++;
                Bucket b = e.pools[kind];
                if (b == null) {
                    b = new Bucket(e);
                    e.pools[kind] = b;
                }
                b.list.add(c);
            }
            TreeMap<String, Group> groups = new TreeMap<>(byName);
            for (Group g : groups.values()) {
                List<List<Bucket>> heaps = List.of(new ArrayList<>(), new ArrayList<>());
                for (Employer e : g.employers.values()) {
                    for (int kind = 0; kind < 2; kind++) {
                        Bucket b = e.pools[kind];
                        if (b == null) {
                            continue;
                        }
                        if (e.count == 1) {
                            g.pools[kind].free.add(b.list.get(0));
                        } else {
                            heaps.get(kind).add(b);
                        }
                    }
                }
                for (int kind = 0; kind < 2; kind++) {
                    Pool p = g.pools[kind];
                    // Heapified at once; its order is total (size, random tie, name), so the map's order is irrelevant.
                    p.employers = new PriorityQueue<>(heaps.get(kind));
                    // The map's order (fixed by the keys and the order they came in) is not random: shuffled again.
                    shuffle(p.free);
                }
                g.employers.clear();
            }

            List<Room> accessible = new ArrayList<>();
            List<Room> ordinary = new ArrayList<>();
            for (Room r : rooms) {
                if (!r.room.spare()) {
                    (r.room.accessible() ? accessible : ordinary).add(r);
                }
            }
            // 1. Those who need an accessible room, group by group, with their group's others after them.
            int at = 0;
            for (Group g : groups.values()) {
                Pool needs = g.pools[0];
                while (!needs.isEmpty() && at < accessible.size()) {
                    fill(accessible.get(at++), needs, g.pools[1]);
                }
            }
            // 2. Everyone else: ordinary rooms, then the accessible rooms left.
            List<Room> rest = new ArrayList<>(ordinary);
            rest.addAll(accessible.subList(at, accessible.size()));
            int next = 0;
            for (Group g : groups.values()) {
                Pool others = g.pools[1];
                while (!others.isEmpty() && next < rest.size()) {
                    bestFit(rest, next, others.size);
                    fill(rest.get(next++), others, null);
                }
                g.pools[0].drainTo(left);
                others.drainTo(left);
            }
            left.sort(Comparator.comparingLong(SeatingCandidate::registrationId));
        }

        /**
         * When the group's last candidates fit in one room, the smallest room of the same site that takes them all is
         * used for them (moved to the front), leaving the larger rooms to the groups after.
         */
        private void bestFit(List<Room> rest, int next, int remaining) {
            Room first = rest.get(next);
            long site = first.room.siteId();
            int budgetLeft = budget[siteIndex.get(site)];
            if (remaining > Math.min(first.shape.size(), budgetLeft)) {
                return;
            }
            int best = next;
            for (int j = next + 1; j < rest.size() && rest.get(j).room.siteId() == site; j++) {
                int size = rest.get(j).shape.size();
                if (size >= remaining && size < rest.get(best).shape.size()) {
                    best = j;
                }
            }
            if (best != next) {
                Collections.swap(rest, next, best);
            }
        }

        private void shuffle(List<SeatingCandidate> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                SeatingCandidate t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }

        /** Seats what fits of the pools (in turn) in one room; a room that takes nobody stays free. */
        private void fill(Room room, Pool first, Pool second) {
            int site = siteIndex.get(room.room.siteId());
            int limit = Math.min(room.shape.size(), budget[site]);
            if (limit <= 0) {
                return;
            }
            space[0] = room.shape.byColour[0].length;
            space[1] = room.shape.byColour[1].length;
            int placed = take(room, first, limit, 0);
            if (second != null) {
                placed = take(room, second, limit, placed);
            }
            if (placed == 0) {
                return;
            }
            budget[site] -= placed;
            for (int c = 0; c < 2; c++) {
                List<SeatingCandidate> list = colour.get(c);
                shuffle(list);
                int[] cells = room.shape.byColour[c];
                for (int i = 0; i < list.size(); i++) {
                    int cell = cells[i];
                    placements.add(new SeatPlacement(list.get(i).registrationId(), room.room.roomId(),
                            room.shape.row[cell], room.shape.column[cell], room.shape.seat[cell]));
                }
                list.clear();
            }
        }

        private int take(Room room, Pool pool, int limit, int placed) {
            List<Bucket> held = null;
            while (placed < limit && space[0] + space[1] > 0 && !pool.employers.isEmpty()) {
                Bucket b = pool.employers.poll();
                Employer e = b.employer;
                int c = e.room == room.index ? e.colour : (space[0] >= space[1] ? 0 : 1);
                int n = Math.min(Math.min(b.remaining(), space[c]), limit - placed);
                if (n > 0) {
                    colour.get(c).addAll(b.list.subList(b.next, b.next + n));
                    b.next += n;
                    space[c] -= n;
                    placed += n;
                    pool.size -= n;
                    e.room = room.index;
                    e.colour = c;
                }
                if (b.remaining() > 0) {
                    if (held == null) {
                        held = new ArrayList<>();
                    }
                    held.add(b);
                }
            }
            if (held != null) {
                pool.employers.addAll(held);
            }
            while (placed < limit && space[0] + space[1] > 0 && pool.freeNext < pool.free.size()) {
                int c = space[0] >= space[1] ? 0 : 1;
                colour.get(c).add(pool.free.get(pool.freeNext++));
                space[c]--;
                placed++;
                pool.size--;
            }
            return placed;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // reseat

    /** Who sits where in a room, as far as re-seating needs it: the group(s) and each cell's employer. */
    private static final class Occupancy {
        final Room room;
        final boolean[] used;
        final String[] employer;
        String group;
        boolean mixed;
        int count;

        Occupancy(Room room) {
            this.room = room;
            int cells = room.shape.layout.rows() * room.shape.layout.columns();
            used = new boolean[cells];
            employer = new String[cells];
        }

        void seat(SeatingCandidate c, int row, int column) {
            int cell = row * room.shape.layout.columns() + column;
            used[cell] = true;
            employer[cell] = c.employer();
            if (group == null && count == 0) {
                group = c.group();
            } else if (!Objects.equals(group, c.group())) {
                mixed = true;
            }
            count++;
        }

        boolean free(int row, int column) {
            return !used[row * room.shape.layout.columns() + column];
        }

        /** Whether a candidate of this employer may sit in the cell: no neighbour of the same employer. */
        boolean apart(String who, int row, int column) {
            if (who == null) {
                return true;
            }
            int rows = room.shape.layout.rows();
            int columns = room.shape.layout.columns();
            int[][] around = {{row - 1, column}, {row + 1, column}, {row, column - 1}, {row, column + 1}};
            for (int[] a : around) {
                if (a[0] >= 0 && a[0] < rows && a[1] >= 0 && a[1] < columns) {
                    int cell = a[0] * columns + a[1];
                    if (used[cell] && who.equals(employer[cell])) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private static final long UNKNOWN_SITE = Long.MIN_VALUE;

    private static final class Reseating {
        final List<Room> rooms;
        final Map<Long, Room> roomById = new HashMap<>();
        final Map<Long, SeatingCandidate> who = new HashMap<>();
        final Map<Long, Occupancy> occupancy = new HashMap<>();
        final Map<Long, Integer> budget = new HashMap<>();
        final Set<Long> unavailable;
        final SplittableRandom random;
        final List<SeatPlacement> moved = new ArrayList<>();
        final List<SeatShortfall> shortfalls = new ArrayList<>();
        final String area;

        Reseating(List<SeatPlacement> current, Set<Long> unavailable, List<SeatingCandidate> people, List<Room> rooms,
                  SeatingPolicy policy, long seed) {
            Objects.requireNonNull(current, "current");
            this.rooms = rooms;
            this.unavailable = unavailable;
            this.random = new SplittableRandom(seed);
            this.area = rooms.isEmpty() ? null : rooms.get(0).room.area();
            for (Room r : rooms) {
                roomById.put(r.room.roomId(), r);
            }
            for (SeatingCandidate c : people) {
                who.put(c.registrationId(), c);
            }
            SeatPlacement[] sorted = current.toArray(new SeatPlacement[0]);
            Arrays.sort(sorted, Comparator.comparingLong(SeatPlacement::registrationId));
            // Who leaves, per unavailable room; everyone else holds their seat.
            TreeMap<Long, List<SeatPlacement>> leaving = new TreeMap<>();
            for (int i = 0; i < sorted.length; i++) {
                SeatPlacement p = sorted[i];
                if (i > 0 && p.registrationId() == sorted[i - 1].registrationId()) {
                    throw new IllegalArgumentException("registration " + p.registrationId() + " placed twice");
                }
                Room r = roomById.get(p.roomId());
                SeatingCandidate c = who.get(p.registrationId());
                if (c == null) {
                    throw new IllegalArgumentException("registration " + p.registrationId()
                            + " is placed but not among the candidates (pass everyone placed on the day)");
                }
                if (r == null && !unavailable.contains(p.roomId())) {
                    throw new IllegalArgumentException("room " + p.roomId() + " of registration " + p.registrationId()
                            + " is not among the rooms");
                }
                if (unavailable.contains(p.roomId())) {
                    leaving.computeIfAbsent(p.roomId(), id -> new ArrayList<>()).add(p);
                } else {
                    occupancy.computeIfAbsent(p.roomId(), id -> new Occupancy(r)).seat(c, p.row(), p.column());
                }
            }
            // Budgets of the non-spare rooms still available, per site: seats minus reserve minus those seated.
            Map<Long, Integer> seats = new TreeMap<>();
            for (Room r : rooms) {
                if (!r.room.spare() && !unavailable.contains(r.room.roomId())) {
                    seats.merge(r.room.siteId(), r.shape.size(), Integer::sum);
                }
            }
            seats.forEach((site, n) -> budget.put(site, n - reserve(n, policy)));
            occupancy.values().forEach(o -> {
                if (!o.room.room.spare()) {
                    budget.merge(o.room.room.siteId(), -o.count, Integer::sum);
                }
            });

            Map<Long, List<SeatingCandidate>> stranded = new TreeMap<>();
            leaving.forEach((roomId, placements) -> {
                // An unavailable room the caller left out of the rooms: its site is unknown, the area is searched.
                Room from = roomById.get(roomId);
                if (from == null || !toSpare(from, placements)) {
                    List<SeatingCandidate> people2 = new ArrayList<>();
                    for (SeatPlacement p : placements) {
                        people2.add(who.get(p.registrationId()));
                    }
                    List<SeatingCandidate> left = toFreeSeats(from, people2);
                    stranded.computeIfAbsent(from == null ? UNKNOWN_SITE : from.room.siteId(), s -> new ArrayList<>())
                            .addAll(left);
                }
            });
            stranded.forEach((site, left) -> shortfalls.addAll(shortfalls(area, site == UNKNOWN_SITE ? null : site,
                    left, false)));
        }

        SeatingPlan result() {
            if (!shortfalls.isEmpty()) {
                return new SeatingPlan(List.of(), shortfalls);
            }
            moved.sort(Comparator.comparingLong(SeatPlacement::registrationId));
            return new SeatingPlan(moved, List.of());
        }

        private Comparator<Room> nearest(Room from) {
            if (from == null) {
                return ROOM_ORDER;
            }
            return Comparator.comparingInt((Room r) -> r.room.siteId() == from.room.siteId() ? 0 : 1)
                    .thenComparingLong(r -> r.room.siteId() == from.room.siteId() ? 0 : r.room.siteId())
                    .thenComparingInt(r -> Math.abs(r.room.floor() - from.room.floor()))
                    .thenComparingLong(r -> r.room.roomId());
        }

        private boolean usable(Room r) {
            return !unavailable.contains(r.room.roomId());
        }

        /** The whole room's candidates to an empty spare room of the same site, on the same cells. */
        private boolean toSpare(Room from, List<SeatPlacement> placements) {
            int highest = 0;
            boolean needs = false;
            String group = null;
            for (SeatPlacement p : placements) {
                SeatingCandidate c = who.get(p.registrationId());
                highest = Math.max(highest, p.seatNumber());
                needs |= c.needsAccessible();
                if (group != null && !group.equals(c.group())) {
                    return false;
                }
                group = c.group();
                if (p.row() < 0 || p.row() >= from.room.rows() || p.column() < 0 || p.column() >= from.room.columns()) {
                    return false;
                }
            }
            List<Room> spares = new ArrayList<>();
            for (Room r : rooms) {
                AvailableRoom a = r.room;
                if (a.spare() && usable(r) && a.siteId() == from.room.siteId() && !occupancy.containsKey(a.roomId())
                        && a.rows() == from.room.rows() && a.columns() == from.room.columns()
                        && a.pattern() == from.room.pattern() && a.capacity() >= highest && (a.accessible() || !needs)) {
                    spares.add(r);
                }
            }
            if (spares.isEmpty()) {
                return false;
            }
            spares.sort(nearest(from));
            Room to = spares.get(0);
            Occupancy o = new Occupancy(to);
            occupancy.put(to.room.roomId(), o);
            for (SeatPlacement p : placements) {
                SeatingCandidate c = who.get(p.registrationId());
                int seat = to.shape.layout.seatNumber(p.row(), p.column());
                o.seat(c, p.row(), p.column());
                moved.add(new SeatPlacement(p.registrationId(), to.room.roomId(), p.row(), p.column(), seat));
            }
            return true;
        }

        /** Whether anyone waiting may sit in a room of this group (null: empty room) and accessibility. */
        private static boolean fits(List<SeatingCandidate> waiting, String group, boolean accessible) {
            for (SeatingCandidate c : waiting) {
                if ((group == null || group.equals(c.group())) && (accessible || !c.needsAccessible())) {
                    return true;
                }
            }
            return false;
        }

        /** Each candidate to the nearest free seat the rules allow; answers those left without one. */
        private List<SeatingCandidate> toFreeSeats(Room from, List<SeatingCandidate> people) {
            // Those who need an accessible room first; within that, the larger employers first, else random.
            Map<String, Integer> sizes = new HashMap<>();
            for (SeatingCandidate c : people) {
                if (c.employer() != null) {
                    sizes.merge(c.employer(), 1, Integer::sum);
                }
            }
            List<SeatingCandidate> order = new ArrayList<>(people);
            for (int i = order.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                SeatingCandidate t = order.get(i);
                order.set(i, order.get(j));
                order.set(j, t);
            }
            order.sort(Comparator.comparing((SeatingCandidate c) -> !c.needsAccessible())
                    .thenComparing(c -> -sizes.getOrDefault(c.employer(), 0)));
            List<Room> targets = new ArrayList<>();
            for (Room r : rooms) {
                if (usable(r)) {
                    targets.add(r);
                }
            }
            targets.sort(nearest(from));
            List<SeatingCandidate> waiting = new ArrayList<>(order);
            for (Room r : targets) {
                if (waiting.isEmpty()) {
                    break;
                }
                Occupancy o = occupancy.get(r.room.roomId());
                if (o != null && o.mixed) {
                    continue;
                }
                String group = o == null || o.count == 0 ? null : o.group;
                if (!fits(waiting, group, r.room.accessible())) {
                    continue;
                }
                Shape s = r.shape;
                for (int cell = 0; cell < s.size() && !waiting.isEmpty(); cell++) {
                    if (o != null && !o.free(s.row[cell], s.column[cell])) {
                        continue;
                    }
                    if (!r.room.spare() && budget.getOrDefault(r.room.siteId(), 0) <= 0) {
                        break;
                    }
                    for (int i = 0; i < waiting.size(); i++) {
                        SeatingCandidate c = waiting.get(i);
                        if ((group != null && !group.equals(c.group())) || (c.needsAccessible() && !r.room.accessible())
                                || (o != null && !o.apart(c.employer(), s.row[cell], s.column[cell]))) {
                            continue;
                        }
                        if (o == null) {
                            o = new Occupancy(r);
                            occupancy.put(r.room.roomId(), o);
                        }
                        o.seat(c, s.row[cell], s.column[cell]);
                        group = c.group();
                        if (!r.room.spare()) {
                            budget.merge(r.room.siteId(), -1, Integer::sum);
                        }
                        moved.add(new SeatPlacement(c.registrationId(), r.room.roomId(), s.row[cell], s.column[cell],
                                s.seat[cell]));
                        waiting.remove(i);
                        break;
                    }
                }
            }
            return waiting;
        }
    }
}
