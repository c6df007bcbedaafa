package org.kaowu.scheduling.roster;

/** The hard rules: a roster that breaks one is refused (the solver never returns one; {@link RosterSolver#evaluate} names them). */
public enum RosterRule {
    /** Nobody in two places at once (the same session, or overlapping sessions on one day). */
    DOUBLE_BOOKED,
    /** Recusal: a declared relative sits in the room (for a site-wide post: at the site) in that session. */
    RELATIVE_SEATED,
    /** Recusal: a candidate from the person's own employer sits in the room (site-wide post: at the site). */
    OWN_EMPLOYER_SEATED,
    /** The person is registered for the same exam this year. */
    REGISTERED_FOR_EXAM,
    /** Barred by a misconduct decision. */
    BARRED,
    /** The person may not take this role. */
    ROLE,
    /** The person is not available in this session. */
    UNAVAILABLE,
    /** A pinned assignment was not kept. */
    PIN_BROKEN,
    /** The assignment names a post the problem does not ask for, a person not in the pool, or a post already given. */
    UNKNOWN
}
