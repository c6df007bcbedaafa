package org.kaowu.web.registration;

import org.kaowu.registration.WorkPeriod;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Messages;
import org.kaowu.web.FacesFeedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the office's registration pages show days, moments (Beijing time) and work histories in the page's language:
 * 2026-03-01 and 2026-03-01 14:30 in Chinese, 1 Mar 2026 and 1 Mar 2026 14:30 in English (as the plan pages do).
 */
final class OfficeFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(AuthorityClock.ZONE);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(AuthorityClock.ZONE);

    private OfficeFormat() {
    }

    static boolean english() {
        return "en".equals(FacesFeedback.locale().getLanguage());
    }

    static String day(LocalDate day) {
        return day == null ? "" : (english() ? DAY_EN : DAY).format(day);
    }

    static String moment(Instant at) {
        return at == null ? "" : (english() ? MINUTE_EN : MINUTE).format(at);
    }

    /**
     * A text the system itself wrote and stored in Chinese (a targeted campaign's name, an exemption's note, the note
     * of a deadline that passed), in the page's language: the stored text matched against the Chinese form of each
     * of {@code keys} (a message with at most one argument) and said again in the page's language. Anything else is
     * what a person wrote, shown as it is.
     */
    static String system(String stored, String... keys) {
        if (stored == null || stored.isEmpty() || !english()) {
            return stored == null ? "" : stored;
        }
        for (String key : keys) {
            String marker = "\u0000";
            String zh = Messages.text(Messages.CHINESE, key, marker);
            if (!zh.contains(marker)) {
                if (zh.equals(stored)) {
                    return Messages.text(FacesFeedback.locale(), key);
                }
                continue;
            }
            String[] parts = zh.split(marker, -1);
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                regex.append(Pattern.quote(parts[i]));
                if (i < parts.length - 1) {
                    regex.append("(.*?)");
                }
            }
            Matcher m = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(stored);
            if (m.matches()) {
                return Messages.text(FacesFeedback.locale(), key, m.group(1));
            }
        }
        return stored;
    }

    /** 中建某局（建设工程项目施工管理，2012-07-15～至今）；… in the page's language. */
    static String work(List<WorkPeriod> work) {
        return work.stream().map(w -> FacesFeedback.text("office.workPeriod", w.employer(), w.field(), day(w.from()),
                        w.to() == null ? FacesFeedback.text("office.workPeriod.now") : day(w.to())))
                .collect(Collectors.joining(FacesFeedback.text("office.listSeparator")));
    }
}
