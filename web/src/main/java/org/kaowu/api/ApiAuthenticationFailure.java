package org.kaowu.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.kaowu.platform.security.SignInResult;
import org.kaowu.web.security.AccountIdentityStore;
import org.kaowu.web.security.KaowuAuthenticationMechanism;

/**
 * An API call whose credentials were refused is answered here, before any resource runs: 401, or 429 with
 * {@code Retry-After} while the account is locked, 403 {@code account-disabled} to the right password of a disabled account. Public endpoints too: a client should learn its credentials are wrong.
 */
@Provider
@PreMatching
public class ApiAuthenticationFailure implements ContainerRequestFilter {

    @Context
    private HttpServletRequest request;

    @jakarta.inject.Inject
    private org.kaowu.shared.AuthorityClock clock;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(KaowuAuthenticationMechanism.FAILED) == null) {
            return;
        }
        SignInResult result = (SignInResult) request.getAttribute(AccountIdentityStore.RESULT);
        if (result != null && result.outcome() == SignInResult.Outcome.DISABLED) {
            context.abortWith(Problems.response(Problems.of("account-disabled", 403, Problems.locale(request),
                    "account.disabled")));
            return;
        }
        context.abortWith(Problems.response(result != null && result.outcome() == SignInResult.Outcome.LOCKED
                ? Problems.tooManyAttempts(request, result.lockedUntil(), clock.now())
                : Problems.unauthenticated(request)));
    }
}
