package org.kaowu.scheduling.documents;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketTokenTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    static final Instant END = Instant.parse("2027-10-18T09:00:00Z");
    static final Instant BEFORE = END.minusSeconds(3600);
    static final TicketToken TOKEN = new TicketToken(4711, "20270110103020", 88, 17, END);

    @Test
    void aSignedTokenIsValidUntilItsExamEndsAndCarriesItsFields() {
        TicketToken.Checked c = TicketToken.verify(TOKEN.sign(KEY), KEY, BEFORE);
        assertEquals(TicketToken.Verdict.VALID, c.verdict());
        assertEquals(TOKEN, c.token());
        assertEquals(TicketToken.Verdict.VALID, TicketToken.verify("  " + TOKEN.sign(KEY) + "\n", KEY, BEFORE).verdict(),
                "a scanner's surrounding blanks do not matter");
    }

    @Test
    void expiredOnceTheExamIsOver() {
        assertEquals(TicketToken.Verdict.EXPIRED, TicketToken.verify(TOKEN.sign(KEY), KEY, END).verdict());
        assertEquals(TicketToken.Verdict.EXPIRED, TicketToken.verify(TOKEN.sign(KEY), KEY, END.plusSeconds(86400)).verdict());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsForged() {
        TicketToken.Checked c = TicketToken.verify(TOKEN.sign(OTHER_KEY), KEY, BEFORE);
        assertEquals(TicketToken.Verdict.FORGED, c.verdict());
        assertNull(c.token(), "nothing of a forged token is trusted");
    }

    @Test
    void anAlteredPayloadIsForged() {
        String signed = TOKEN.sign(KEY);
        String[] parts = signed.substring(TicketToken.PREFIX.length()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        for (String altered : new String[]{payload.replace("|4711|", "|4712|"), payload.replace("|17|", "|18|"),
                payload.replace("20270110103020", "20270110103021"), payload.replace("|" + END.getEpochSecond(),
                "|" + END.plusSeconds(86400 * 365).getEpochSecond())}) {
            String forged = TicketToken.PREFIX + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(altered.getBytes(StandardCharsets.UTF_8)) + "." + parts[1];
            assertEquals(TicketToken.Verdict.FORGED, TicketToken.verify(forged, KEY, BEFORE).verdict(), altered);
        }
    }

    @Test
    void anAlteredSignatureOrGarbageIsForged() {
        String signed = TOKEN.sign(KEY);
        char last = signed.charAt(signed.length() - 1);
        String flipped = signed.substring(0, signed.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String text : new String[]{flipped, signed.substring(0, signed.length() - 4), "", "   ", null, "K1.", "K1..",
                "K1.abc", "K2" + signed.substring(2), signed + ".x", "K1.!!!.###", "x".repeat(5000),
                TicketToken.PREFIX + "e30." + signed.substring(signed.lastIndexOf('.') + 1)}) {
            assertEquals(TicketToken.Verdict.FORGED, TicketToken.verify(text, KEY, BEFORE).verdict(), String.valueOf(text));
        }
    }

    /** Whatever a ticket's signature ends in, no other character there is accepted (Base64's last one has spare bits). */
    @Test
    void everyOtherCharacterAtAnyPlaceOfTheSignatureIsForged() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (long registration = 1; registration <= 40; registration++) {
            String signed = new TicketToken(registration, "20270110103020", 88, 17, END).sign(KEY);
            int from = signed.lastIndexOf('.') + 1;
            for (int at = from; at < signed.length(); at += at + 1 < signed.length() - 3 ? 5 : 1) {
                for (char c : alphabet.toCharArray()) {
                    if (c == signed.charAt(at)) {
                        continue;
                    }
                    String changed = signed.substring(0, at) + c + signed.substring(at + 1);
                    assertEquals(TicketToken.Verdict.FORGED, TicketToken.verify(changed, KEY, BEFORE).verdict(), changed);
                }
            }
        }
    }

    @Test
    void theTextNeverShowsTheKeyAndFitsAQrCode() {
        String signed = TOKEN.sign(KEY);
        assertTrue(signed.startsWith("K1."));
        assertTrue(signed.length() < 200, "short enough for a small QR code: " + signed.length());
        assertTrue(!TOKEN.toString().contains(new String(KEY, StandardCharsets.US_ASCII)));
    }
}
