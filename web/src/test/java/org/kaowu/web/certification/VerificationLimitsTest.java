package org.kaowu.web.certification;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void aClientOverItsLimitWaitsForItsWindowToEnd() {
        VerificationLimits l = new VerificationLimits(3, 60_000, null, now::get);
        for (int i = 0; i < 3; i++) {
            assertTrue(l.admit("203.0.113.5", null).allowed());
        }
        now.addAndGet(20_500);
        VerificationLimits.Decision refused = l.admit("203.0.113.5", null);
        assertFalse(refused.allowed());
        assertEquals(40, refused.retryAfter());
        assertTrue(l.admit("203.0.113.6", null).allowed(), "another client has its own count");
        now.addAndGet(39_500);
        assertTrue(l.admit("203.0.113.5", null).allowed(), "a new window");
    }

    @Test
    void onlyTheConfiguredSecretIsExempt() {
        VerificationLimits l = new VerificationLimits(1, 60_000, "bench-secret", now::get);
        assertTrue(l.admit("198.51.100.1", null).allowed());
        assertFalse(l.admit("198.51.100.1", "wrong").allowed());
        for (int i = 0; i < 100; i++) {
            assertTrue(l.admit("198.51.100.1", "bench-secret").allowed());
        }
        VerificationLimits none = new VerificationLimits(1, 60_000, "  ", now::get);
        assertFalse(none.exempt(""));
        assertFalse(none.exempt("  "));
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertEquals(VerificationLimits.client("2001:db8:1:2::1"), VerificationLimits.client("2001:db8:1:2:ffff::9"));
        assertFalse(VerificationLimits.client("2001:db8:1:2::1").equals(VerificationLimits.client("2001:db8:1:3::1")));
        assertEquals("192.0.2.7", VerificationLimits.client("192.0.2.7"));
    }

    @Test
    void endedWindowsAreSweptAway() {
        VerificationLimits l = new VerificationLimits(5, 1_000, null, now::get);
        for (int i = 0; i < 1000; i++) {
            l.admit("10.0." + (i / 256) + "." + (i % 256), null);
        }
        assertEquals(1000, l.clients());
        now.addAndGet(1_000);
        l.admit("10.9.9.9", null);
        assertEquals(1, l.clients());
    }
}
