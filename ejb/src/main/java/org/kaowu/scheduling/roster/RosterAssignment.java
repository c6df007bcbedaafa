package org.kaowu.scheduling.roster;

import java.util.Objects;

/**
 * A post given to a staff member. Pinned: the office fixed it, a re-solve keeps it (a hard rule); not pinned: the
 * previous roster, which a re-solve changes as little as it can.
 */
public record RosterAssignment(RosterPost post, long staffId, boolean pinned) {

    public RosterAssignment {
        Objects.requireNonNull(post, "post");
    }
}
