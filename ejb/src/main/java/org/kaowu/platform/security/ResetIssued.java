package org.kaowu.platform.security;

import java.util.Locale;

/**
 * A reset link or code to send once the transaction that stored its digest has committed. Held in memory only: the
 * token itself is never stored or logged.
 */
public record ResetIssued(PasswordReset.Channel channel, String to, String displayName, String secret, Locale locale,
                   long minutes) {

    @Override
    public String toString() {
        return "ResetIssued[" + channel + "]";
    }
}
