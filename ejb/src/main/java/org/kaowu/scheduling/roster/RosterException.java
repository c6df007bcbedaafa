package org.kaowu.scheduling.roster;

import org.kaowu.shared.DomainException;

import java.util.List;

/**
 * The solver refuses its input (a 422 {@code invalid-roster}): pinned assignments that break a hard rule, or two
 * pinned to one post. {@link #violations()} lists each (explained by {@link RosterViolation#explain}); nothing is solved.
 */
public class RosterException extends DomainException {

    private final transient List<RosterViolation> violations;

    public RosterException(List<RosterViolation> violations) {
        super("invalid-roster", 422, "pinned", "roster.invalidPinned", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<RosterViolation> violations() {
        return violations;
    }
}
