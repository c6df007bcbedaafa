package org.kaowu.scheduling;

import java.util.List;
import java.util.Set;

/**
 * Seat allocation (编排) as a pure function: no persistence, no clock, no randomness but the seed given. The same
 * inputs (in any order) and seed give the same placements.
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
     */
    public static SeatingPlan plan(List<SeatingCandidate> candidates, List<AvailableRoom> rooms, SeatingPolicy policy,
                                   long seed) {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * Re-seating with minimal disturbance after rooms became unavailable: only candidates placed in those rooms move,
     * to a spare room of the same site with the same seat numbers where one exists, else to the nearest free seats of
     * the same site, then of the area (same rules as {@link #plan}). Returns the new placements of the moved candidates
     * only, or the shortfall and no placement.
     */
    public static SeatingPlan reseat(List<SeatPlacement> current, Set<Long> unavailableRoomIds,
                                     List<SeatingCandidate> candidates, List<AvailableRoom> rooms, SeatingPolicy policy,
                                     long seed) {
        throw new UnsupportedOperationException("being written");
    }
}
