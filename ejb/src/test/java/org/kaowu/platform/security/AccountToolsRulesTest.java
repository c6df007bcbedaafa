package org.kaowu.platform.security;

import org.junit.jupiter.api.Test;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of issue item 20: temporary passwords, reasons, token digests, an SMS reset's attempts. */
class AccountToolsRulesTest {

    @Test
    void aTemporaryPasswordPassesThePasswordRulesAndIsNeverTheSameTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            char[] p = Accounts.temporaryPassword();
            assertEquals(12, p.length);
            Accounts.checkPassword(p, "office");
            String s = new String(p);
            assertFalse(s.matches(".*[0O1lI].*"), "no look-alike characters: " + s);
            assertTrue(seen.add(s), "random: " + s);
        }
    }

    @Test
    void anAdminDecisionNeedsAReasonWithoutHiddenCharacters() {
        DomainException none = assertThrows(DomainException.class, () -> Accounts.checkReason("  "));
        assertEquals("reason", none.field());
        assertEquals("invalid-reason", none.type());
        assertThrows(DomainException.class, () -> Accounts.checkReason("x".repeat(Accounts.MAX_REASON + 1)));
        assertThrows(DomainException.class, () -> Accounts.checkReason("离职\u202e"));
        assertEquals("离职交接", Accounts.checkReason(" 离职交接 "));
    }

    @Test
    void tokensAreStoredAsDigestsThatDifferByChannelAndAccount() {
        String link = AccountRecovery.linkDigest("abc");
        assertEquals(64, link.length());
        assertNotEquals("abc", link);
        assertNotEquals(Throttle.accountKey("a@example.cn"), Throttle.accountKey("b@example.cn"));
        assertEquals(Throttle.digest("account\na@example.cn"), Throttle.accountKey("a@example.cn"));
    }

    @Test
    void anSmsResetIsSpentByFiveWrongCodesAndExpiresAfterItsTime() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        PasswordReset r = new PasswordReset(new Account("13900000000", "李四", Role.CANDIDATE, "h", "13900000000",
                null, now, "self"), PasswordReset.Channel.SMS, "d", now, now.plus(AccountRecovery.VALIDITY));
        for (int i = 0; i < PasswordReset.MAX_ATTEMPTS - 1; i++) {
            assertFalse(r.wrongCode());
        }
        assertTrue(r.wrongCode());
        assertFalse(r.expiredAt(now.plusSeconds(29 * 60)));
        assertTrue(r.expiredAt(now.plusSeconds(30 * 60)));
    }
}
