package org.kaowu.platform.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Counting under digest keys in {@code sign_in_throttle}: sign-in failures, reset requests and wrong reset codes
 * alike. A row counted for one account's name also carries the digest of the name alone ({@link #accountKey}), so
 * that an ADMIN's unlock or a completed reset clears every such row without the table holding a name or address.
 */
final class Throttle {

    private Throttle() {
    }

    /** The latest lock among {@code keys} still running at {@code now}, or null. */
    static Instant lockedUntil(EntityManager em, Instant now, String... keys) {
        Instant until = null;
        for (SignInThrottleEntry e : em.createQuery("select e from SignInThrottleEntry e where e.key in :keys",
                SignInThrottleEntry.class).setParameter("keys", List.of(keys)).getResultList()) {
            if (e.lockedAt(now) && (until == null || e.getLockedUntil().isAfter(until))) {
                until = e.getLockedUntil();
            }
        }
        return until;
    }

    /**
     * One more count under {@code key} (the row is created if missing; two nodes may race: one insert wins).
     * {@code accountKey} is the digest of the account's name when the key counts for one name, else null.
     */
    static SignInThrottleEntry count(EntityManager em, String key, String accountKey, Instant now, int limit) {
        // No null parameter (its type is not known to every driver): the column is left out instead.
        if (accountKey == null) {
            em.createNativeQuery("insert into sign_in_throttle (throttle_key, failures, last_failure)"
                    + " values (?1, 0, ?2) on conflict do nothing").setParameter(1, key).setParameter(2, now).executeUpdate();
        } else {
            em.createNativeQuery("insert into sign_in_throttle (throttle_key, failures, last_failure, account_key)"
                            + " values (?1, 0, ?2, ?3) on conflict do nothing")
                    .setParameter(1, key).setParameter(2, now).setParameter(3, accountKey).executeUpdate();
        }
        SignInThrottleEntry e = em.find(SignInThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
        e.failed(now, limit);
        return e;
    }

    /** Forgets every count made for this account's name, from any source. Answers how many rows went. */
    static int clearAccount(EntityManager em, String username) {
        return em.createQuery("delete from SignInThrottleEntry e where e.accountKey = :k")
                .setParameter("k", accountKey(username)).executeUpdate();
    }

    static String accountKey(String username) {
        return digest("account\n" + username);
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
