package org.kaowu.web.registration;

import org.kaowu.shared.AuthorityClock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the candidate pages write times, amounts, sizes and the reasons stored with a registration: Beijing time in the
 * page's language ("2027-01-31 09:30", "31 Jan 2027 09:30"), amounts with two decimals, sizes in KB or MB.
 */
final class CandidateTexts {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter MINUTE_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    /** What the core writes before a voided registration's reason, and the message that names it in words. */
    private static final String[][] VOID_REASONS = {
            {"false commitment: ", "myRegistrations.void.falseCommitment"},
            {"conditions not met: ", "myRegistrations.void.notMet"},
            {"commitment fraud found: ", "myRegistrations.void.fraud"},
            {"gave up: verification not completed in time: ", "myRegistrations.void.gaveUp"},
            {"post-exam check not completed in time: ", "myRegistrations.void.postExamUnable"},
            {"identity: ", "myRegistrations.void.identity"}};

    private CandidateTexts() {
    }

    /**
     * A page message in {@code locale} (the visitor's choice, {@link org.kaowu.web.LocaleView}): also right while a view
     * is being created, before the page's own locale is applied to the view.
     */
    static String text(Locale locale, String key, Object... args) {
        String pattern = java.util.ResourceBundle.getBundle("org.kaowu.web.messages", locale, CandidateTexts.class.getClassLoader())
                .getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(org.kaowu.shared.Messages.plain(args));
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** A moment in Beijing time, in the page's language; empty for none. */
    static String at(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        return (english(locale) ? MINUTE_EN : MINUTE).format(LocalDateTime.ofInstant(at, AuthorityClock.ZONE));
    }

    /** An amount in yuan as the bank wants it: two decimals, no grouping. */
    static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A file's size: "850 KB", "1.4 MB". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return BigDecimal.valueOf(bytes / 1024.0 / 1024.0).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " MB";
    }

    /**
     * Why a registration was voided, in the page's language: the kind of decision in words, then the office's own
     * reason as it was written (data, in the office's words).
     */
    static String voidReason(String stored, Locale locale) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        for (String[] kind : VOID_REASONS) {
            if (stored.startsWith(kind[0])) {
                String why = stored.substring(kind[0].length()).strip();
                return why.isEmpty() ? text(locale, kind[1] + ".plain") : text(locale, kind[1], why);
            }
        }
        return stored;
    }
}
