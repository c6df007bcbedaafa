package org.kaowu.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.SignInResult;

import java.util.Set;

/** The one identity store: the account table, with its sign-in throttle. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute holding the {@link SignInResult}, so the page can say why a sign-in failed. */
    public static final String RESULT = "org.kaowu.signIn";

    @EJB
    private Accounts accounts;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPassword().getValue(),
                request.getRemoteAddr());
        request.setAttribute(RESULT, result);
        if (result.outcome() != SignInResult.Outcome.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
    }
}
