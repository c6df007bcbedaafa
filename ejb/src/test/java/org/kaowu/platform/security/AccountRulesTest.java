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
    void fiveFailuresInARowLockTheAccountForFifteenMinutes() {
        Account account = new Account("u", "U", Role.OFFICE, "x", null, null, Instant.EPOCH, "t");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 4; i++) {
            account.failedSignIn(now);
        }
        assertFalse(account.lockedAt(now));
        account.failedSignIn(now);
        assertTrue(account.lockedAt(now));
        assertTrue(account.lockedAt(now.plusSeconds(14 * 60)));
        assertFalse(account.lockedAt(now.plusSeconds(15 * 60)));
        account.signedIn();
        assertEquals(0, account.getFailedSignIns());
    }

    @Test
    void contactsAreMobileNumbersOrEmailAddresses() {
        assertTrue(Accounts.MOBILE.matcher("13800138000").matches());
        assertFalse(Accounts.MOBILE.matcher("12800138000").matches());
        assertTrue(Accounts.EMAIL.matcher("li.ming@example.cn").matches());
        assertFalse(Accounts.EMAIL.matcher("li<ming>@example").matches());
    }
}
