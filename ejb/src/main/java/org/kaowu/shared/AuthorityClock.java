package org.kaowu.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates in Kaowu are dates in China: a window that closes "on 15 March" closes at midnight Beijing time,
 * whatever zone the server runs in.
 */
public final class AuthorityClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.system(ZONE);

    private AuthorityClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static Instant now() {
        return CLOCK.instant();
    }
}
