package org.kaowu.web.conduct;

import org.kaowu.shared.AuthorityClock;
import org.kaowu.web.FacesFeedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and Beijing-time moments of the case pages, in the page's language. */
final class CaseFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(AuthorityClock.ZONE);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(AuthorityClock.ZONE);

    private CaseFormat() {
    }

    static boolean english() {
        return "en".equals(FacesFeedback.locale().getLanguage());
    }

    static String day(LocalDate d) {
        return d == null ? "" : (english() ? DAY_EN : DAY).format(d);
    }

    static String moment(Instant at) {
        return at == null ? "" : (english() ? MINUTE_EN : MINUTE).format(at);
    }
}
