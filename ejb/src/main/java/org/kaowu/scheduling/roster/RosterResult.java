package org.kaowu.scheduling.roster;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A roster and everything the office page shows about it.
 *
 * @param assignments    every filled post (pinned ones marked), in the order of {@link RosterProblem#posts()}
 * @param unfilled       posts nobody could take, each with its reason (an incomplete roster; everything else stands)
 * @param hardViolations broken hard rules: always empty for a roster the solver made; {@link RosterSolver#evaluate}
 *                       reports those of a roster changed by hand
 * @param softCosts      total soft cost per constraint (weighted)
 * @param costs          every non-zero soft cost, explained
 * @param moved          posts whose person differs from the previous roster given to the solver
 * @param firstFeasible  time until the first roster with every fillable post filled (construction), zero for evaluate
 * @param elapsed        the whole time spent
 */
public record RosterResult(List<RosterAssignment> assignments, List<UnfilledPost> unfilled,
                           List<RosterViolation> hardViolations, Map<RosterConstraint, Long> softCosts,
                           List<RosterCost> costs, int moved, Duration firstFeasible, Duration elapsed) {

    public RosterResult {
        assignments = List.copyOf(assignments);
        unfilled = List.copyOf(unfilled);
        hardViolations = List.copyOf(hardViolations);
        softCosts = Map.copyOf(softCosts);
        costs = List.copyOf(costs);
    }

    /** The sum of the soft costs (lower is better). */
    public long softCost() {
        return softCosts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every post filled and no hard rule broken. */
    public boolean complete() {
        return unfilled.isEmpty() && hardViolations.isEmpty();
    }
}
