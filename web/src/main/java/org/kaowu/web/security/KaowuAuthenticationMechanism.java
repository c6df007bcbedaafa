package org.kaowu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for pages and API: the sign-in page authenticates through {@code SecurityContext.authenticate};
 * API clients may send HTTP Basic; the session remembers either ({@link AutoApplySession}). A page that needs a
 * role sends the visitor to {@code /login}; an API call never gets a page, only problem+json.
 */
@ApplicationScoped
@AutoApplySession
public class KaowuAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute: credentials were sent and refused. */
    public static final String FAILED = "org.kaowu.signIn.failed";

    @Inject
    private IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(credential));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = basic(authorization.substring(6).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT
                    : identityStore.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            // Answered by ApiAuthenticationFailure in problem+json: the container would answer a failure here with
            // its own HTML page.
            request.setAttribute(FAILED, Boolean.TRUE);
            return context.doNothing();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
