package org.kaowu.scheduling;

import java.util.List;

/**
 * A registration to seat on one exam day, as the pure {@link SeatPlanner} sees it.
 *
 * @param group     who may share a room: the exam level, plus the subject set where subjects sit apart (opaque)
 * @param employer  the candidate's employer, normalised (trimmed, case-folded), or null when none was given
 * @param sessions  the keys of the sessions of that day the candidate sits (the seat is kept across them)
 */
public record SeatingCandidate(long registrationId, String group, String employer, boolean needsAccessible,
                               List<String> sessions) {
}
