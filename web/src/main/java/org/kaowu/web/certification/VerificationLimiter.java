package org.kaowu.web.certification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one per-client limit on public certificate verification, shared by {@code GET /api/verify} and the page
 * public/verify so that neither is a way around the other (see {@link VerificationLimits}): by default 30
 * verifications per client per minute ({@code -Dkaowu.verify.perMinute}; {@code -Dkaowu.verify.windowSeconds}
 * shortens the window for the test server); the load benchmark's client is exempt when it sends
 * {@code X-Kaowu-Exempt: <-Dkaowu.verify.exemptToken>}. With the verification code 16 random characters and a number
 * verified only together with the holder's name, this limit is what makes guessing useless.
 */
@ApplicationScoped
public class VerificationLimiter {

    private VerificationLimits limits;

    @PostConstruct
    void configure() {
        limits = VerificationLimits.configured();
    }

    /** Counts one verification by the request's client; answers whether it may go ahead, else the seconds to wait. */
    public VerificationLimits.Decision admit(HttpServletRequest request) {
        return limits.admit(request.getRemoteAddr(), request.getHeader(VerificationLimits.EXEMPT_HEADER));
    }
}
