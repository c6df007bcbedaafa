package org.kaowu.plan;

import org.kaowu.shared.AuthorityClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How an exam's windows are shown and edited: the one place that turns stored edges into the days people wrote.
 * <p>
 * Edges are stored as instants, Beijing time. An edge that closes something ({@link Timeline#CLOSING}) and was given as
 * a day is stored exclusively, as the midnight after that day ("registration closes 31 January" is stored as 1 February
 * 00:00): it is shown, and edited, as the day itself (the inclusive end). An edge at any other time is shown with its
 * time. Pages, the API's texts and messages all call this class, so a window never reads one day late anywhere.
 */
public final class WindowFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private WindowFormat() {
    }

    /** Whether the edge closes something (a day given for it means the end of that day). */
    public static boolean closing(String edge) {
        return Timeline.CLOSING.contains(edge);
    }

    /**
     * The day an edge falls on as people say it, or null when the edge is not at a day boundary: the day itself for an
     * edge that opens at 00:00, the day before for one that closes at 24:00 (stored as the next day's 00:00).
     */
    public static LocalDate day(String edge, Instant at) {
        if (at == null) {
            return null;
        }
        ZonedDateTime z = at.atZone(AuthorityClock.ZONE);
        if (!z.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return null;
        }
        return closing(edge) ? z.toLocalDate().minusDays(1) : z.toLocalDate();
    }

    /** The edge for a reader: "2027-01-31" (the inclusive day) or "2027-01-31 17:00"; English "31 Jan 2027". */
    public static String shown(String edge, Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        LocalDate day = day(edge, at);
        if (day != null) {
            return (english ? DAY_EN : DAY).format(day);
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, AuthorityClock.ZONE);
        return (english ? MINUTE_EN : MINUTE).format(local);
    }

    /** The edge as a message argument in both languages (core messages are formatted in the reader's language). */
    public static org.kaowu.shared.Localized argument(String edge, Instant at) {
        return new org.kaowu.shared.Localized(shown(edge, at, org.kaowu.shared.Messages.CHINESE), shown(edge, at, Locale.ENGLISH));
    }

    /** A window from its opening edge to its closing edge: "2027-01-01 ～ 2027-01-31". */
    public static String range(String opens, Instant from, String closes, Instant to, Locale locale) {
        return shown(opens, from, locale) + " ～ " + shown(closes, to, locale);
    }

    /** The registration window, as the public pages, the office and the candidate's register page show it. */
    public static String registration(Timeline t, Locale locale) {
        return range("registrationOpens", t.registrationOpens(), "registrationCloses", t.registrationCloses(), locale);
    }

    /** The exam days: first day to last day (inclusive). */
    public static String examDays(Timeline t, Locale locale) {
        return range("examStart", t.examStart(), "examEnd", t.examEnd(), locale);
    }

    /**
     * The edge as the editor shows it for editing, the inverse of {@link PlanFile#moment}: "2023-07-06" for a day
     * (the inclusive day for a closing edge), else "2023-07-06 17:00".
     */
    public static String editable(String edge, Instant at) {
        if (at == null) {
            return "";
        }
        LocalDate day = day(edge, at);
        return day != null ? DAY.format(day) : MINUTE.format(LocalDateTime.ofInstant(at, AuthorityClock.ZONE));
    }

    /** What the editor's or a file's text means for the edge (null when it is no date): the inverse of {@link #editable}. */
    public static Instant parse(String edge, String text) {
        return text == null || text.isBlank() ? null : PlanFile.moment(text, closing(edge));
    }
}
