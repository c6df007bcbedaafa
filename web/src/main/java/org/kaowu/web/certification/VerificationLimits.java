package org.kaowu.web.certification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * How many public verifications one client may make: at most {@code limit} in a fixed window of {@code windowMillis}
 * per client, counted in memory (a node's own count: a verification is read-only, so a client spread over nodes only
 * gains the number of nodes). The answer to a client over its limit is the seconds until its window ends.
 * <p>
 * A client is its address, or for IPv6 its /64 network (one subscriber's whole prefix: otherwise every address of it
 * would be a new client). Addresses are held only as the key of the count and never written anywhere.
 * <p>
 * The memory is bounded: windows that have ended are swept away once per window, and at {@value #MAX_CLIENTS} clients
 * counted at once a new client is refused until a sweep makes room (fail closed: the limit exists against mass
 * enumeration, which is exactly what many clients at once would be).
 * <p>
 * One client may be exempt, by configuration only: the load benchmark's, which sends the configured secret in
 * {@value #EXEMPT_HEADER}; the secret is compared as a SHA-256 digest in constant time, and with no secret configured
 * nobody is exempt.
 */
public final class VerificationLimits {

    public static final String EXEMPT_HEADER = "X-Kaowu-Exempt";
    public static final int DEFAULT_LIMIT = 30;
    public static final long DEFAULT_WINDOW_MILLIS = 60_000;
    static final int MAX_CLIENTS = 100_000;

    /** allowed, or refused with the whole seconds to wait (at least 1). */
    public record Decision(boolean allowed, long retryAfter) {
        static final Decision ALLOWED = new Decision(true, 0);
    }

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long windowMillis;
    private final byte[] exemptDigest;
    private final LongSupplier millis;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    /**
     * @param exemptToken the benchmark client's secret, or null/blank for nobody exempt
     * @param millis a monotonic clock in milliseconds (not the authority's clock, which tests move)
     */
    public VerificationLimits(int limit, long windowMillis, String exemptToken, LongSupplier millis) {
        if (limit < 1 || windowMillis < 1) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.exemptDigest = exemptToken == null || exemptToken.isBlank() ? null : digest(exemptToken.strip());
        this.millis = millis;
        this.lastSweep = new AtomicLong(millis.getAsLong());
    }

    /** From {@code -Dkaowu.verify.perMinute}, {@code -Dkaowu.verify.windowSeconds} and {@code -Dkaowu.verify.exemptToken}. */
    public static VerificationLimits configured() {
        int limit = positive("kaowu.verify.perMinute", DEFAULT_LIMIT);
        long window = positive("kaowu.verify.windowSeconds", (int) (DEFAULT_WINDOW_MILLIS / 1000)) * 1000L;
        return new VerificationLimits(limit, window, System.getProperty("kaowu.verify.exemptToken"),
                () -> System.nanoTime() / 1_000_000);
    }

    private static int positive(String property, int fallback) {
        try {
            int v = Integer.parseInt(System.getProperty(property, "").strip());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Counts one verification of the client at {@code address} (unless exempt by {@code exemptHeader}). */
    public Decision admit(String address, String exemptHeader) {
        if (exempt(exemptHeader)) {
            return Decision.ALLOWED;
        }
        long now = millis.getAsLong();
        String client = client(address);
        sweepIfDue(now);
        if (windows.size() >= MAX_CLIENTS && !windows.containsKey(client)) {
            sweep(now);
            if (windows.size() >= MAX_CLIENTS) {
                return new Decision(false, Math.max(1, windowMillis / 1000));
            }
        }
        Window w = windows.compute(client, (k, old) -> old == null || now - old.start() >= windowMillis
                ? new Window(now, 1) : new Window(old.start(), Math.min(old.count() + 1, limit + 1)));
        if (w.count() <= limit) {
            return Decision.ALLOWED;
        }
        long left = w.start() + windowMillis - now;
        return new Decision(false, Math.max(1, (left + 999) / 1000));
    }

    /** True when the header carries the configured secret. */
    public boolean exempt(String exemptHeader) {
        return exemptDigest != null && exemptHeader != null && MessageDigest.isEqual(exemptDigest, digest(exemptHeader.strip()));
    }

    int clients() {
        return windows.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last >= windowMillis && lastSweep.compareAndSet(last, now)) {
            sweep(now);
        }
    }

    private void sweep(long now) {
        windows.values().removeIf(w -> now - w.start() >= windowMillis);
    }

    /** The address, or an IPv6 address's /64 network. */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String a = address.strip();
        if (a.indexOf(':') < 0) {
            return a;
        }
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        try {
            byte[] b = InetAddress.getByName(a).getAddress(); // a literal: no name is looked up
            return b.length == 16 ? HexFormat.of().formatHex(b, 0, 8) + "/64" : InetAddress.getByAddress(b).getHostAddress();
        } catch (UnknownHostException | SecurityException e) {
            return a;
        }
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
