package org.kaowu.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins counted under one key: a user name as tried from one source address, or a source address whatever
 * the name. The key is a SHA-256 digest, so neither the name (a phone number or e-mail address) nor the address is
 * stored. Failures older than the window are forgotten; reaching the limit locks the key for {@link #LOCK}.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottleEntry {

    /** Failures of one name from one source before that pair must wait. */
    public static final int NAME_LIMIT = 5;
    /** Failures from one source, whatever the names, before that source must wait. */
    public static final int SOURCE_LIMIT = Integer.getInteger("kaowu.signIn.sourceLimit", 100);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "throttle_key", length = 64)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The digest of the account's name alone (for rows counted for one name), so that an unlock can find them. */
    @Column(name = "account_key", length = 64)
    private String accountKey;

    protected SignInThrottleEntry() {
    }

    public SignInThrottleEntry(String key, Instant now) {
        this.key = key;
        this.lastFailure = now;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; the {@code limit}-th within the window locks the key. */
    public void failed(Instant now, int limit) {
        if (lockedUntil != null && !lockedUntil.isAfter(now) || lastFailure.plus(LOCK).isBefore(now)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailure = now;
        if (failures >= limit) {
            lockedUntil = now.plus(LOCK);
        }
    }

    public String getKey() { return key; }
    public int getFailures() { return failures; }
    public Instant getLockedUntil() { return lockedUntil; }
    public String getAccountKey() { return accountKey; }
}
