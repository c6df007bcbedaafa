package org.kaowu.shared;

import java.io.Serializable;
import java.time.Instant;

/**
 * The authority clock was moved back (a test server only: {@link AuthorityClock}). Whoever keeps triggers for moments
 * to come schedules again those that now lie ahead, and settles what depends on the time.
 */
public record ClockRewound(Instant from, Instant to) implements Serializable {
}
