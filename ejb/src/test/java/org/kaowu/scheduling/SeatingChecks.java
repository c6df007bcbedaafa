package org.kaowu.scheduling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The rules a seating must keep, checked from the outside (independently of how SeatPlanner works). */
final class SeatingChecks {

    private SeatingChecks() {
    }

    static int reserve(int seats, double share) {
        return new BigDecimal(seats).multiply(new BigDecimal(Double.toString(share)))
                .setScale(0, RoundingMode.CEILING).intValue();
    }

    /** A plan: all or nothing, and every rule kept. */
    static void checkPlan(SeatingPlan plan, List<SeatingCandidate> candidates, List<AvailableRoom> rooms,
                          SeatingPolicy policy) {
        if (!plan.complete()) {
            assertTrue(plan.placements().isEmpty(), "a plan with a shortfall places nobody");
            int missing = 0;
            for (SeatShortfall s : plan.shortfalls()) {
                assertTrue(s.missingSeats() > 0, "a shortfall counts missing seats: " + s);
                assertEquals(rooms.isEmpty() ? null : rooms.get(0).area(), s.area());
                missing += s.missingSeats();
            }
            assertTrue(missing <= candidates.size());
            return;
        }
        Map<Long, Long> placed = plan.placements().stream()
                .collect(Collectors.groupingBy(SeatPlacement::registrationId, Collectors.counting()));
        assertEquals(candidates.size(), plan.placements().size(), "one placement per candidate");
        for (SeatingCandidate c : candidates) {
            assertEquals(1L, placed.getOrDefault(c.registrationId(), 0L), "placements of " + c.registrationId());
        }
        Map<Long, AvailableRoom> byId = rooms.stream().collect(Collectors.toMap(AvailableRoom::roomId, Function.identity()));
        for (SeatPlacement p : plan.placements()) {
            assertFalse(byId.get(p.roomId()).spare(), "plan leaves spare rooms alone");
        }
        checkSeating(plan.placements(), candidates, rooms);
        // Capacity and reserve per site.
        Map<Long, Integer> seats = new HashMap<>();
        for (AvailableRoom r : rooms) {
            if (!r.spare()) {
                seats.merge(r.siteId(), r.capacity(), Integer::sum);
            }
        }
        Map<Long, Integer> used = new HashMap<>();
        for (SeatPlacement p : plan.placements()) {
            used.merge(byId.get(p.roomId()).siteId(), 1, Integer::sum);
        }
        used.forEach((site, n) -> assertTrue(n <= seats.get(site) - reserve(seats.get(site), policy.reserveShare()),
                "site " + site + " keeps its reserve: " + n + " of " + seats.get(site)));
    }

    /** The rules of any seating: seats once, used cells, one group a room, employers apart, accessibility. */
    static void checkSeating(List<SeatPlacement> placements, List<SeatingCandidate> candidates, List<AvailableRoom> rooms) {
        Map<Long, AvailableRoom> byId = rooms.stream().collect(Collectors.toMap(AvailableRoom::roomId, Function.identity()));
        Map<Long, SeatingCandidate> who = candidates.stream()
                .collect(Collectors.toMap(SeatingCandidate::registrationId, Function.identity()));
        Map<Long, Map<Integer, SeatingCandidate>> grid = new HashMap<>();
        Map<Long, String> groupOf = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (SeatPlacement p : placements) {
            assertTrue(seen.add(p.registrationId()), "placed twice: " + p.registrationId());
            AvailableRoom r = byId.get(p.roomId());
            assertNotNull(r, "placement in an unknown room");
            SeatingCandidate c = who.get(p.registrationId());
            SeatLayout layout = new SeatLayout(r.rows(), r.columns(), r.pattern(), r.capacity());
            assertTrue(p.row() >= 0 && p.row() < r.rows() && p.column() >= 0 && p.column() < r.columns(), "cell in grid");
            assertTrue(layout.used(p.row(), p.column()), "a used cell");
            assertEquals(layout.seatNumber(p.row(), p.column()), p.seatNumber(), "seat number of the cell");
            SeatingCandidate before = grid.computeIfAbsent(p.roomId(), id -> new HashMap<>())
                    .put(p.row() * r.columns() + p.column(), c);
            if (before != null) {
                fail("seat used twice: room " + p.roomId() + " seat " + p.seatNumber());
            }
            String g = groupOf.putIfAbsent(p.roomId(), c.group());
            assertTrue(g == null || g.equals(c.group()), "one group per room: room " + p.roomId());
            assertTrue(!c.needsAccessible() || r.accessible(), "accessible room for " + c.registrationId());
        }
        grid.forEach((roomId, cells) -> {
            int columns = byId.get(roomId).columns();
            cells.forEach((cell, c) -> {
                if (c.employer() == null) {
                    return;
                }
                int row = cell / columns;
                int column = cell % columns;
                List<Integer> around = new ArrayList<>();
                if (column + 1 < columns) {
                    around.add(cell + 1);
                }
                around.add(cell + columns);
                for (int n : around) {
                    SeatingCandidate other = cells.get(n);
                    if (other != null) {
                        assertTrue(SeatLayout.adjacent(row, column, n / columns, n % columns));
                        assertFalse(Objects.equals(c.employer(), other.employer()),
                                "same employer next to each other in room " + roomId + ": " + c.employer());
                    }
                }
            });
        });
    }
}
