package org.kaowu.web.admin;

import org.kaowu.shared.AuthorityClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Moments in Beijing time as the page's language writes the day, with a 24-hour time (2026年12月2日 16:24:03 /
 * Dec 2, 2026 16:24:03): never ISO, never UTC.
 */
final class DisplayTime {

    private DisplayTime() {
    }

    static String of(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        String day = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(day + " HH:mm:ss", locale).withZone(AuthorityClock.ZONE).format(at);
    }

    static String of(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
