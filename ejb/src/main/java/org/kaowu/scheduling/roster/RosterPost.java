package org.kaowu.scheduling.roster;

import java.util.Objects;

/**
 * What needs a person: a role at a site in a session, in a room (invigilators) or for the whole site (roomId null:
 * chief examiner, site head, inspector, reserve invigilator), and which of several such places (slot, from 0).
 * A reserve is an {@link StaffRole#INVIGILATOR} post with no room. Site-wide posts are checked for recusal against
 * every candidate of the site in that session (they may step into any room).
 */
public record RosterPost(long siteId, String session, StaffRole role, Long roomId, int slot) {

    public RosterPost {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(role, "role");
        if (slot < 0) {
            throw new IllegalArgumentException("slot must not be negative");
        }
    }

    public boolean reserve() {
        return role == StaffRole.INVIGILATOR && roomId == null;
    }
}
