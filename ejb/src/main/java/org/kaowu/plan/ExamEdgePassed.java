package org.kaowu.plan;

import java.time.Instant;

/**
 * CDI event: an edge of an exam's calendar has passed (fired after the phase is settled). Later capabilities observe
 * it for their side-effects, e.g. registration lapses unpaid registrations at {@code withdrawalDeadline}.
 */
public record ExamEdgePassed(long examId, String edge, Instant scheduledFor, ExamPhase phase) {
}
