package org.kaowu.conduct;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The pure arithmetic of Order No. 31's sanctions: the end of an integrity record and of a staff bar, counted from the
 * day the decision takes effect, and whether a record or bar is in force on a day. Unit-tested without a server.
 */
public final class ConductRules {

    /** Art. 7: the record is kept five years. */
    public static final int RECORD_YEARS = 5;

    private ConductRules() {
    }

    /**
     * The last day of the integrity record written on {@code from}: five years less a day for Art. 7 (a record of
     * 2027-05-20 runs to 2032-05-19 inclusive), none for a long-term record (Art. 8), and none when no record is
     * written. Empty means "no end date"; callers tell "long-term" from "no record" by the period itself.
     */
    public static Optional<LocalDate> recordEnd(RecordPeriod period, LocalDate from) {
        return switch (period) {
            case FIVE_YEARS -> Optional.of(from.plusYears(RECORD_YEARS).minusDays(1));
            case LONG_TERM, NONE -> Optional.empty();
        };
    }

    /**
     * The last day staff are barred, barred from {@code from}: 31 December of the next year for Art. 13 ("当年及下一年度");
     * none (for good) for Art. 14. Empty for a permanent bar; callers must not ask for {@code NONE}.
     */
    public static Optional<LocalDate> barEnd(StaffBarPeriod period, LocalDate from) {
        return switch (period) {
            case THIS_AND_NEXT_YEAR -> Optional.of(LocalDate.of(from.getYear() + 1, 12, 31));
            case PERMANENT -> Optional.empty();
            case NONE -> throw new IllegalArgumentException("no bar to end");
        };
    }

    /** Whether a period [from, until] (until null: no end) holds on {@code day}, and has not been ended before it. */
    public static boolean inForce(LocalDate from, LocalDate until, LocalDate endedOn, LocalDate day) {
        if (day.isBefore(from)) {
            return false;
        }
        if (endedOn != null && !day.isBefore(endedOn)) {
            return false;
        }
        return until == null || !day.isAfter(until);
    }
}
