package org.kaowu.scheduling;

import java.util.List;

/** What the planner decided: the placements, or (when seats are missing) the shortfall and no placement at all. */
public record SeatingPlan(List<SeatPlacement> placements, List<SeatShortfall> shortfalls) {
    public SeatingPlan {
        placements = List.copyOf(placements);
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean complete() {
        return shortfalls.isEmpty();
    }
}
