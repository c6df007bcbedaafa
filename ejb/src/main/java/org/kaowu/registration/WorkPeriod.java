package org.kaowu.registration;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One job in the candidate's work history; {@code to} null while it lasts. */
public record WorkPeriod(String employer, LocalDate from, LocalDate to, String field) implements Serializable {

    /**
     * Years of work in these periods up to {@code until} (inclusive), overlapping periods counted once, to one
     * decimal, rounded down: 3.96 years is 3.9, not 4.
     */
    public static double years(List<WorkPeriod> periods, LocalDate until) {
        return years(periods, null, until);
    }

    /**
     * Years of work in these periods from {@code since} (inclusive; null: from the start of each) up to {@code until}
     * (inclusive), counted as {@link #years(List, LocalDate)} does: for a full-time graduate the work before the
     * graduation date is left out.
     */
    public static double years(List<WorkPeriod> periods, LocalDate since, LocalDate until) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (WorkPeriod p : periods) {
            LocalDate end = p.to() == null || p.to().isAfter(until) ? until : p.to();
            LocalDate start = since != null && p.from() != null && p.from().isBefore(since) ? since : p.from();
            if (start != null && !start.isAfter(end)) {
                spans.add(new LocalDate[]{start, end});
            }
        }
        spans.sort(Comparator.comparing(s -> s[0]));
        long days = 0;
        LocalDate start = null;
        LocalDate end = null;
        for (LocalDate[] s : spans) {
            if (end == null || s[0].isAfter(end.plusDays(1))) {
                if (end != null) {
                    days += ChronoUnit.DAYS.between(start, end) + 1;
                }
                start = s[0];
                end = s[1];
            } else if (s[1].isAfter(end)) {
                end = s[1];
            }
        }
        if (end != null) {
            days += ChronoUnit.DAYS.between(start, end) + 1;
        }
        return Math.floor(days / 365.25 * 10) / 10;
    }
}
