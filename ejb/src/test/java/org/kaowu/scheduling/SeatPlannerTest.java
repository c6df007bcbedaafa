package org.kaowu.scheduling;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seat allocation on hand-made instances, where the answer is known exactly. */
class SeatPlannerTest {

    static final String AREA = "北京市";
    static final SeatingPolicy NO_RESERVE = new SeatingPolicy(0);

    static AvailableRoom room(long id, long site, int rows, int columns, int capacity, boolean accessible, boolean spare) {
        return new AvailableRoom(id, AREA, site, "S" + site, "考点", "地址", "R" + id, 1, RoomKind.PAPER, rows, columns,
                SeatPattern.PLAIN, capacity, accessible, spare);
    }

    static List<SeatingCandidate> people(long firstId, int n, String group, String employer, boolean accessible) {
        List<SeatingCandidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SeatingCandidate(firstId + i, group, employer == null ? null : employer, accessible,
                    List.of("S1", "S2")));
        }
        return out;
    }

    static int[][] numbers(SeatLayout layout) {
        int[][] out = new int[layout.rows()][layout.columns()];
        for (int r = 0; r < layout.rows(); r++) {
            for (int c = 0; c < layout.columns(); c++) {
                out[r][c] = layout.seatNumber(r, c);
            }
        }
        return out;
    }

    @Test
    void seatNumbersOfA3By4Grid() {
        assertArrayEquals(new int[][]{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}},
                numbers(new SeatLayout(3, 4, SeatPattern.PLAIN, 12)));
        assertArrayEquals(new int[][]{{1, 6, 7, 12}, {2, 5, 8, 11}, {3, 4, 9, 10}},
                numbers(new SeatLayout(3, 4, SeatPattern.S_SHAPED, 12)));
        assertArrayEquals(new int[][]{{1, 2, 3, 4}, {8, 7, 6, 5}, {9, 10, 11, 12}},
                numbers(new SeatLayout(3, 4, SeatPattern.W_SHAPED, 12)));
        SeatLayout ten = new SeatLayout(3, 4, SeatPattern.S_SHAPED, 10);
        assertTrue(ten.used(2, 3));
        assertTrue(!ten.used(1, 3) && !ten.used(0, 3));
        assertEquals(10, ten.seatsInOrder().size());
        assertArrayEquals(new int[]{2, 3}, ten.seatsInOrder().get(9));
    }

    @Test
    void aShortfallIsNamedExactlyAndNobodyIsPlaced() {
        // 30 seats, 10 % reserve: 27 usable. 25 of group A (2 of them need an accessible room, none exists) and 5 of B.
        List<AvailableRoom> rooms = List.of(room(1, 7, 5, 6, 30, false, false), room(2, 7, 5, 6, 30, false, true));
        List<SeatingCandidate> people = new ArrayList<>(people(1, 23, "A", null, false));
        people.addAll(people(100, 2, "A", null, true));
        people.addAll(people(200, 5, "B", null, false));
        SeatingPlan plan = SeatPlanner.plan(people, rooms, new SeatingPolicy(0.1), 42);
        assertEquals(List.of(), plan.placements());
        assertEquals(List.of(new SeatShortfall(AREA, null, "A", true, 2), new SeatShortfall(AREA, null, "B", false, 5)),
                plan.shortfalls());
    }

    @Test
    void theReserveIsRoundedUpPerSiteOnItsNonSpareSeats() {
        // Site 7: 30 + 11 seats, 10 % → 5 stay empty (4.1 rounded up): 36 fit, 37 do not. The spare room does not count.
        List<AvailableRoom> rooms = List.of(room(1, 7, 5, 6, 30, false, false), room(2, 7, 3, 4, 11, false, false),
                room(3, 7, 5, 6, 30, false, true));
        assertTrue(SeatPlanner.plan(people(1, 36, "A", null, false), rooms, new SeatingPolicy(0.1), 1).complete());
        SeatingPlan over = SeatPlanner.plan(people(1, 37, "A", null, false), rooms, new SeatingPolicy(0.1), 1);
        assertEquals(List.of(new SeatShortfall(AREA, null, "A", false, 1)), over.shortfalls());
        // 0.1 × 30 is exactly 3, not 4.
        assertEquals(3, SeatPlanner.reserve(30, new SeatingPolicy(0.1)));
        assertEquals(0, SeatPlanner.reserve(30, NO_RESERVE));
    }

    @Test
    void aRoomHoldsOneGroupAndAGroupFillsRoomsInTurn() {
        List<AvailableRoom> rooms = List.of(room(1, 1, 2, 3, 6, false, false), room(2, 1, 2, 3, 6, false, false),
                room(3, 1, 2, 3, 6, false, false));
        List<SeatingCandidate> people = new ArrayList<>(people(1, 8, "A", null, false));
        people.addAll(people(100, 3, "B", null, false));
        SeatingPlan plan = SeatPlanner.plan(people, rooms, NO_RESERVE, 9);
        SeatingChecks.checkPlan(plan, people, rooms, NO_RESERVE);
        Map<Long, Set<String>> groups = plan.placements().stream().collect(Collectors.groupingBy(SeatPlacement::roomId,
                Collectors.mapping(p -> p.registrationId() < 100 ? "A" : "B", Collectors.toSet())));
        assertEquals(Map.of(1L, Set.of("A"), 2L, Set.of("A"), 3L, Set.of("B")), groups);
        assertEquals(6, plan.placements().stream().filter(p -> p.roomId() == 1).count(), "the first room is filled");
        // Three rooms, three groups of one: a fourth group has nowhere to go although seats are free.
        List<SeatingCandidate> four = List.of(people(1, 1, "A", null, false).get(0), people(2, 1, "B", null, false).get(0),
                people(3, 1, "C", null, false).get(0), people(4, 1, "D", null, false).get(0));
        assertEquals(List.of(new SeatShortfall(AREA, null, "D", false, 1)),
                SeatPlanner.plan(four, rooms, NO_RESERVE, 9).shortfalls());
    }

    @Test
    void oneEmployerIsSpreadOverRoomsOrNamedWhenItCannotBeKeptApart() {
        // Two rooms of 2 × 2: each keeps at most 2 of one employer (a diagonal).
        List<AvailableRoom> rooms = List.of(room(1, 1, 2, 2, 4, false, false), room(2, 1, 2, 2, 4, false, false));
        List<SeatingCandidate> four = people(1, 4, "A", "中建三局", false);
        SeatingPlan plan = SeatPlanner.plan(four, rooms, NO_RESERVE, 3);
        SeatingChecks.checkPlan(plan, four, rooms, NO_RESERVE);
        assertEquals(2, plan.placements().stream().filter(p -> p.roomId() == 1).count());

        List<SeatingCandidate> five = people(1, 5, "A", "中建三局", false);
        assertEquals(List.of(new SeatShortfall(AREA, null, "A", false, 1, "中建三局")),
                SeatPlanner.plan(five, rooms, NO_RESERVE, 3).shortfalls());

        // With others to sit between them, the same five fit: the employer takes one colour of each room.
        List<SeatingCandidate> mixed = new ArrayList<>(people(1, 4, "A", "中建三局", false));
        mixed.addAll(people(10, 3, "A", null, false));
        mixed.add(new SeatingCandidate(20, "A", "other", false, List.of("S1")));
        SeatingPlan fits = SeatPlanner.plan(mixed, rooms, NO_RESERVE, 3);
        SeatingChecks.checkPlan(fits, mixed, rooms, NO_RESERVE);
        assertTrue(fits.complete());
    }

    @Test
    void whoNeedsAnAccessibleRoomGetsOneAndOthersFillItAfter() {
        List<AvailableRoom> rooms = List.of(room(1, 1, 2, 3, 6, false, false), room(2, 1, 2, 3, 6, true, false));
        List<SeatingCandidate> people = new ArrayList<>(people(1, 2, "A", null, true));
        people.addAll(people(10, 8, "A", null, false));
        SeatingPlan plan = SeatPlanner.plan(people, rooms, NO_RESERVE, 5);
        SeatingChecks.checkPlan(plan, people, rooms, NO_RESERVE);
        assertEquals(6, plan.placements().stream().filter(p -> p.roomId() == 2).count());
    }

    @Test
    void theSameSeedGivesTheSamePlanInAnyInputOrder() {
        List<AvailableRoom> rooms = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            rooms.add(room(i, 1 + i % 2, 5, 6, 30, i == 3 || i == 4, false));
        }
        List<SeatingCandidate> people = new ArrayList<>();
        Random r = new Random(1);
        for (int i = 0; i < 150; i++) {
            people.add(new SeatingCandidate(i, "G" + r.nextInt(2), "E" + r.nextInt(5), r.nextInt(30) == 0,
                    List.of("S1")));
        }
        SeatingPlan plan = SeatPlanner.plan(people, rooms, NO_RESERVE, 77);
        assertTrue(plan.complete());
        SeatingChecks.checkPlan(plan, people, rooms, NO_RESERVE);
        Collections.reverse(people);
        Collections.reverse(rooms);
        assertEquals(plan, SeatPlanner.plan(people, rooms, NO_RESERVE, 77));
        assertTrue(!plan.equals(SeatPlanner.plan(people, rooms, NO_RESERVE, 78)), "another seed, another draw");
    }

    @Test
    void idsOfAnySizeGiveTheSamePlanInAnyOrder() {
        List<AvailableRoom> rooms = List.of(room(1, 1, 3, 3, 9, false, false));
        List<SeatingCandidate> people = new ArrayList<>();
        for (long id : new long[]{Long.MAX_VALUE, -3, 1L << 61, 5, Long.MIN_VALUE}) {
            people.add(new SeatingCandidate(id, "A", "E", false, List.of("S1")));
        }
        SeatingPlan plan = SeatPlanner.plan(people, rooms, NO_RESERVE, 2);
        SeatingChecks.checkPlan(plan, people, rooms, NO_RESERVE);
        assertTrue(plan.complete(), "five of one employer fit the five cells of one colour of a 3 × 3 room");
        Collections.reverse(people);
        assertEquals(plan, SeatPlanner.plan(people, rooms, NO_RESERVE, 2));
    }

    @Test
    void aLargeAreaKeepsEveryRule() {
        // 30,000 candidates, 3 groups, employers in big clusters and a long tail; rooms of 30 at sites of 20.
        Random r = new Random(12);
        List<SeatingCandidate> people = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            int p = r.nextInt(10);
            String employer = p < 3 ? "big" + r.nextInt(3) : p < 9 ? "e" + r.nextInt(8_000) : null;
            people.add(new SeatingCandidate(10L * i + 3, "G" + r.nextInt(3), employer, r.nextInt(300) == 0,
                    List.of("S1", "S2", "S3", "S4")));
        }
        List<AvailableRoom> rooms = new ArrayList<>();
        SeatPattern[] patterns = SeatPattern.values();
        for (int k = 0; k < 1_250; k++) {
            rooms.add(new AvailableRoom(k + 1, AREA, 1 + k / 20, "S", "考点", "地址", "R" + k, 1 + k % 5, RoomKind.PAPER,
                    5, 6, patterns[k % 3], 30, k % 10 == 0, k % 25 == 24));
        }
        SeatingPolicy policy = new SeatingPolicy(0.1);
        SeatingPlan plan = SeatPlanner.plan(people, rooms, policy, 2026);
        assertTrue(plan.complete(), () -> plan.shortfalls().toString());
        SeatingChecks.checkPlan(plan, people, rooms, policy);
    }

    @Test
    void badInputIsRefused() {
        List<AvailableRoom> rooms = List.of(room(1, 1, 2, 3, 6, false, false));
        List<SeatingCandidate> twice = List.of(people(1, 1, "A", null, false).get(0), people(1, 1, "B", null, false).get(0));
        assertThrows(IllegalArgumentException.class, () -> SeatPlanner.plan(twice, rooms, NO_RESERVE, 1));
        List<AvailableRoom> twoAreas = List.of(rooms.get(0), new AvailableRoom(2, "天津市", 2, "S", "n", "a", "1", 1,
                RoomKind.PAPER, 2, 2, SeatPattern.PLAIN, 4, false, false));
        assertThrows(IllegalArgumentException.class, () -> SeatPlanner.plan(List.of(), twoAreas, NO_RESERVE, 1));
        assertEquals(new SeatingPlan(List.of(), List.of()), SeatPlanner.plan(List.of(), rooms, NO_RESERVE, 1));
    }

    @Test
    void reseatTakesASpareRoomWithTheSameSeatNumbers() {
        AvailableRoom broken = room(1, 1, 2, 3, 6, false, false);
        AvailableRoom spareFar = new AvailableRoom(5, AREA, 1, "S1", "考点", "地址", "R5", 4, RoomKind.PAPER, 2, 3,
                SeatPattern.PLAIN, 6, false, true);
        AvailableRoom spareNear = room(6, 1, 2, 3, 6, false, true);
        AvailableRoom other = room(2, 1, 2, 3, 6, false, false);
        List<AvailableRoom> rooms = List.of(broken, other, spareFar, spareNear);
        List<SeatingCandidate> people = new ArrayList<>(people(1, 5, "A", null, false));
        people.addAll(people(10, 3, "B", null, false));
        SeatingPlan plan = SeatPlanner.plan(people, rooms, NO_RESERVE, 4);
        assertEquals(Set.of(1L, 2L), plan.placements().stream().map(SeatPlacement::roomId).collect(Collectors.toSet()));
        SeatingPlan moved = SeatPlanner.reseat(plan.placements(), Set.of(1L), people, rooms, NO_RESERVE, 4);
        List<SeatPlacement> expected = plan.placements().stream().filter(p -> p.roomId() == 1)
                .map(p -> new SeatPlacement(p.registrationId(), 6, p.row(), p.column(), p.seatNumber()))
                .sorted(java.util.Comparator.comparingLong(SeatPlacement::registrationId)).toList();
        assertEquals(expected, moved.placements());
    }

    @Test
    void reseatUsesFreeSeatsOfTheGroupThenAnotherSiteAndNamesTheSiteLeftWhenItCannot() {
        // Site 1: room 1 (A, 4 of 6) breaks; room 2 holds A with 2 free seats, room 3 holds B. Site 2: an empty room.
        List<AvailableRoom> rooms = List.of(room(1, 1, 2, 3, 6, false, false), room(2, 1, 2, 3, 6, false, false),
                room(3, 1, 2, 3, 6, false, false), room(4, 2, 2, 3, 6, false, false));
        List<SeatingCandidate> people = new ArrayList<>(people(1, 10, "A", null, false));
        people.addAll(people(100, 6, "B", null, false));
        List<SeatPlacement> current = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long roomId = i < 4 ? 1 : 2;
            int cell = i < 4 ? i : i - 4;
            current.add(new SeatPlacement(1 + i, roomId, cell / 3, cell % 3, cell + 1));
        }
        for (int i = 0; i < 6; i++) {
            current.add(new SeatPlacement(100 + i, 3, i / 3, i % 3, i + 1));
        }
        SeatingPlan moved = SeatPlanner.reseat(current, Set.of(1L), people, rooms, NO_RESERVE, 8);
        assertTrue(moved.complete());
        Map<Long, Long> perRoom = moved.placements().stream()
                .collect(Collectors.groupingBy(SeatPlacement::roomId, Collectors.counting()));
        assertEquals(Map.of(4L, 4L), perRoom, "room 2 is full (6 of 6): all four go to the empty room of site 2");
        List<SeatPlacement> after = new ArrayList<>(current.subList(4, current.size()));
        after.addAll(moved.placements());
        SeatingChecks.checkSeating(after, people, rooms);

        // The broken room left out of the rooms: its site is unknown, the area is searched in site order.
        List<AvailableRoom> withoutBroken = rooms.subList(1, 4);
        SeatingPlan unknown = SeatPlanner.reseat(current, Set.of(1L), people, withoutBroken, NO_RESERVE, 8);
        assertEquals(Map.of(4L, 4L), unknown.placements().stream()
                .collect(Collectors.groupingBy(SeatPlacement::roomId, Collectors.counting())));
        assertEquals(List.of(new SeatShortfall(AREA, null, "A", false, 4)),
                SeatPlanner.reseat(current, Set.of(1L), people, rooms.subList(1, 3), NO_RESERVE, 8).shortfalls());
        assertThrows(IllegalArgumentException.class,
                () -> SeatPlanner.reseat(current, Set.of(9L), people, withoutBroken, NO_RESERVE, 8),
                "a placement in a room that is neither given nor unavailable");

        // Without the room at site 2 the four have nowhere to go: the shortfall names site 1.
        SeatingPlan stuck = SeatPlanner.reseat(current, Set.of(1L), people, rooms.subList(0, 3), NO_RESERVE, 8);
        assertEquals(List.of(new SeatShortfall(AREA, 1L, "A", false, 4)), stuck.shortfalls());
        assertEquals(List.of(), stuck.placements());
    }
}
