package org.kaowu.conduct;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.SignInResult;

/**
 * An attesting staff member's password, checked as a sign-in in a transaction of its own: a wrong password counts
 * against the sign-in throttle even when the report it was typed for is refused (and its transaction rolled back), so
 * attestation is no way round the throttle.
 */
@Stateless
public class AttesterCheck {

    @Inject
    Accounts accounts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean valid(String username, char[] password, String source) {
        return accounts.signIn(username, password == null ? new char[0] : password, source).outcome()
                == SignInResult.Outcome.VALID;
    }
}
