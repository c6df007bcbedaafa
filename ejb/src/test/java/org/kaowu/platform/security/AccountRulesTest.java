package org.kaowu.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountRulesTest {

    @Test
    void passwordsAreSaltedHashesThatVerify() {
        String a = PasswordHasher.hash("secret-123".toCharArray());
        String b = PasswordHasher.hash("secret-123".toCharArray());
        assertNotEquals(a, b, "each hash has its own salt");
        assertTrue(a.startsWith("pbkdf2-sha512$" + PasswordHasher.ITERATIONS + "$"));
        assertTrue(PasswordHasher.verify("secret-123".toCharArray(), a));
        assertFalse(PasswordHasher.verify("secret-124".toCharArray(), a));
        assertFalse(PasswordHasher.verify("secret-123".toCharArray(), "plain"));
    }

    @Test
    void fiveFailuresOfANameFromASourceLockThatPairForFifteenMinutes() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        SignInThrottleEntry pair = new SignInThrottleEntry("k", now);
        for (int i = 0; i < 4; i++) {
            pair.failed(now, SignInThrottleEntry.NAME_LIMIT);
        }
        assertFalse(pair.lockedAt(now));
        pair.failed(now, SignInThrottleEntry.NAME_LIMIT);
        assertTrue(pair.lockedAt(now));
        assertTrue(pair.lockedAt(now.plusSeconds(14 * 60)));
        assertFalse(pair.lockedAt(now.plusSeconds(15 * 60)));
        // After the lock, counting starts again: one more failure does not lock.
        pair.failed(now.plusSeconds(15 * 60), SignInThrottleEntry.NAME_LIMIT);
        assertFalse(pair.lockedAt(now.plusSeconds(15 * 60)));
        assertEquals(1, pair.getFailures());
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowAreForgotten() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        SignInThrottleEntry pair = new SignInThrottleEntry("k", now);
        for (int i = 0; i < 10; i++) {
            pair.failed(now.plusSeconds(i * 16 * 60L), SignInThrottleEntry.NAME_LIMIT);
        }
        assertFalse(pair.lockedAt(now.plusSeconds(9 * 16 * 60L)));
        assertEquals(1, pair.getFailures());
    }

    @Test
    void throttleKeysNameNeitherTheUserNorTheAddressAndDifferBySource() {
        String a = Accounts.digest("name\n13800138000\n10.0.0.1");
        String b = Accounts.digest("name\n13800138000\n10.0.0.2");
        assertEquals(64, a.length());
        assertFalse(a.contains("13800138000"));
        assertFalse(a.equals(b), "a lock earned from one address does not lock the owner's own address");
    }
}
