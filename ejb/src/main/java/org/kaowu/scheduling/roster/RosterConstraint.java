package org.kaowu.scheduling.roster;

/** The soft constraints, each with its unit of cost (times its weight in {@link RosterWeights}). */
public enum RosterConstraint {
    /** Balanced load: per person, the square of the posts above the pool's fair share (posts / people eligible), summed. */
    LOAD,
    /** A room whose invigilators include nobody experienced: 1 per room and session. */
    EXPERIENCE,
    /** A room with candidates of both sexes whose invigilators are all of one sex: 1 per room and session. */
    MIXED_SEX,
    /** Rotation: 1 per further session of a day a person spends in the same room, and per further session with the same partner. */
    ROTATION,
    /** Distance from home: 1 for a site outside the person's district but in the home area, 3 outside the home area. */
    DISTANCE,
    /** Against the previous roster: 1 per post given to someone else than before. */
    MOVED
}
