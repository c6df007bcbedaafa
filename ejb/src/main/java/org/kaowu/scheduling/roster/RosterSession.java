package org.kaowu.scheduling.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One exam session (场次) to staff. Two sessions on the same day whose times overlap count as one for "nobody in two
 * places at once", even under different keys.
 *
 * @param key  stable key (the caller's; e.g. the ExamSession id as text)
 * @param exam the exam's code: staff registered for it this year serve in none of its sessions
 */
public record RosterSession(String key, String exam, LocalDate day, LocalTime start, LocalTime end) {

    public RosterSession {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("session " + key + " must end after it starts");
        }
    }

    /** Whether one person cannot serve both (same key, or the same day with overlapping times). */
    public boolean overlaps(RosterSession other) {
        return key.equals(other.key)
                || (day.equals(other.day) && start.isBefore(other.end) && other.start.isBefore(end));
    }
}
