package org.kaowu.scheduling.documents;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signed token an admission ticket's QR code carries, checked by staff at the door: version, registration id,
 * ticket number, the first exam day's room and seat, and when it expires (the end of the exam), signed with
 * HMAC-SHA256 under the node's ticket key ({@link TicketKeys}, never in the code). Text form:
 * {@code K1.<payload, base64url>.<HMAC of the payload, base64url>}; the payload is
 * {@code 1|registration|ticket|room|seat|expires (epoch second)}. Pure: the key and the time are given.
 */
public record TicketToken(long registrationId, String ticketNumber, long roomId, int seatNumber, Instant expires) {

    static final String PREFIX = "K1.";
    private static final String VERSION = "1";
    private static final int MAX_LENGTH = 600;
    private static final Pattern B64 = Pattern.compile("[A-Za-z0-9_-]+");

    /** What a check of a token's text found. */
    public enum Verdict {
        /** Signed by this system and not expired (the registration still has to be looked at). */
        VALID,
        /** Not a ticket token, or its signature does not match: forged or altered. */
        FORGED,
        /** Signed by this system, but its exam is over. */
        EXPIRED
    }

    public record Checked(Verdict verdict, TicketToken token) {
    }

    public TicketToken {
        if (ticketNumber == null || ticketNumber.isEmpty() || ticketNumber.contains("|")) {
            throw new IllegalArgumentException("ticket number");
        }
    }

    /** The token's text, signed with the key. */
    public String sign(byte[] key) {
        String payload = String.join("|", VERSION, Long.toString(registrationId), ticketNumber, Long.toString(roomId),
                Integer.toString(seatNumber), Long.toString(expires.getEpochSecond()));
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return PREFIX + body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, body));
    }

    /**
     * Checks a token's text (as scanned or pasted: surrounding blanks ignored): FORGED unless it is well formed and its
     * signature matches under the key (compared in constant time), EXPIRED once {@code now} has reached its expiry,
     * else VALID. The token is given only when the signature matched.
     */
    public static Checked verify(String text, byte[] key, Instant now) {
        Optional<TicketToken> token = parse(text, key);
        if (token.isEmpty()) {
            return new Checked(Verdict.FORGED, null);
        }
        return new Checked(now.isBefore(token.get().expires()) ? Verdict.VALID : Verdict.EXPIRED, token.get());
    }

    private static Optional<TicketToken> parse(String text, byte[] key) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() > MAX_LENGTH || !t.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = t.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2 || !B64.matcher(parts[0]).matches() || !B64.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        byte[] given;
        String payload;
        try {
            given = Base64.getUrlDecoder().decode(parts[1]);
            payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // Only the one text that signing writes: Base64's last character carries bits the decoder ignores, and a
        // token with those changed is not the token that was printed.
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(given).equals(parts[1])) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, mac(key, parts[0]))) {
            return Optional.empty();
        }
        String[] f = payload.split("\\|", -1);
        if (f.length != 6 || !VERSION.equals(f[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TicketToken(Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), Integer.parseInt(f[4]),
                    Instant.ofEpochSecond(Long.parseLong(f[5]))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's fields, never the key: safe for a log line. */
    @Override
    public String toString() {
        return "TicketToken[registration " + registrationId + ", ticket " + ticketNumber + "]";
    }
}
