package org.kaowu.platform.security;

import java.time.Instant;

/**
 * The outcome of a sign-in attempt. {@code lockedUntil} is set when the name (or source) must wait;
 * {@code DISABLED} is only ever answered to the right password, so it tells nothing to someone guessing;
 * {@code mustChangePassword} when the password was a temporary one an ADMIN set.
 */
public record SignInResult(Outcome outcome, String username, String displayName, Role role, Instant lockedUntil,
                           boolean mustChangePassword) {

    public enum Outcome { VALID, INVALID, LOCKED, DISABLED }

    static SignInResult valid(Account a) {
        return new SignInResult(Outcome.VALID, a.getUsername(), a.getDisplayName(), a.getRole(), null,
                a.isMustChangePassword());
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, null, null, null, false);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, null, null, until, false);
    }

    static SignInResult disabled() {
        return new SignInResult(Outcome.DISABLED, null, null, null, null, false);
    }
}
