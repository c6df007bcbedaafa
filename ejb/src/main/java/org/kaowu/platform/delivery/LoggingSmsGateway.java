package org.kaowu.platform.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.kaowu.shared.AuthorityClock;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;

/**
 * The gateway of a server without an SMS contract (demo, tests): it logs that a message went out, to a masked number
 * (138****5678) and without its text, so no code ever reaches a log. On a test server (started with
 * {@code -Dkaowu.clock.adjustable=true}) it also keeps the last {@link #KEPT} messages in memory for the ADMIN-only
 * test endpoint {@code /api/admin/test/sms}; elsewhere it keeps nothing.
 */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

    static final int KEPT = 50;
    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    /** One message as a test server kept it. */
    public record Sent(String mobile, String text, Instant at) {
    }

    private final Deque<Sent> recent = new ArrayDeque<>();

    @Override
    public void send(String mobile, String text) {
        LOG.info("SMS (logging gateway) to " + masked(mobile) + ", " + text.length() + " characters");
        if (AuthorityClock.adjustable()) {
            synchronized (recent) {
                recent.addFirst(new Sent(mobile, text, Instant.now()));
                while (recent.size() > KEPT) {
                    recent.removeLast();
                }
            }
        }
    }

    /** The last messages, newest first; always empty unless this is a test server. */
    public List<Sent> recent() {
        if (!AuthorityClock.adjustable()) {
            return List.of();
        }
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    static String masked(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return "****";
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
