package org.kaowu.platform.security;

import java.time.Instant;

/** The outcome of a sign-in attempt. {@code lockedUntil} is set when the account is locked. */
public record SignInResult(Outcome outcome, String username, String displayName, Role role, Instant lockedUntil) {

    public enum Outcome { VALID, INVALID, LOCKED }

    static SignInResult valid(Account a) {
        return new SignInResult(Outcome.VALID, a.getUsername(), a.getDisplayName(), a.getRole(), null);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, null, null, null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, null, null, until);
    }
}
