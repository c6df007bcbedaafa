package org.kaowu.shared;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The one clock of the application: every question "what time is it" is asked here (injected), never of the system.
 * Dates in Kaowu are dates in China: a window that closes "on 15 March" closes at midnight Beijing time, whatever
 * zone the server runs in.
 * <p>
 * In production it is the system clock. A server started with {@code -Dkaowu.clock.adjustable=true} (the test
 * switch; the run command never sets it) lets an administrator move it ({@code /api/admin/clock}): the clock then
 * runs on from the time set, and the calendar's due work is fired as if that time had come
 * ({@code org.kaowu.platform.scheduling.TimeTravel}).
 */
@ApplicationScoped
public class AuthorityClock implements InstantSource {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String ADJUSTABLE = "kaowu.clock.adjustable";
    private static final Logger LOG = Logger.getLogger(AuthorityClock.class.getName());

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        Duration o = offset;
        return o.isZero() ? Instant.now() : Instant.now().plus(o);
    }

    public Instant now() {
        return instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZONE);
    }

    /** Whether this server was started with the test switch that lets the clock be moved. */
    public static boolean adjustable() {
        return Boolean.getBoolean(ADJUSTABLE);
    }

    /** Moves the clock so that it reads {@code target} now and runs on from there. Refused unless adjustable. */
    public void set(Instant target) {
        if (!adjustable()) {
            throw new IllegalStateException("the clock can only be moved on a server started with -D" + ADJUSTABLE + "=true");
        }
        offset = Duration.between(Instant.now(), target);
        LOG.info("Authority clock set to " + target + " (offset " + offset + ")");
    }

    /** Back to the system's time. */
    public void reset() {
        if (adjustable()) {
            offset = Duration.ZERO;
        }
    }

    public boolean moved() {
        return !offset.isZero();
    }
}
