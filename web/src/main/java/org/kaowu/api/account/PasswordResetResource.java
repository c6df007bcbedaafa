package org.kaowu.api.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.AccountRecovery;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;
import org.kaowu.web.security.PublicAddress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Password reset for candidates, as on the "forgot password" pages. {@code POST /api/password-resets {"contact"}}
 * answers 202 with the same neutral text whether or not the contact is registered (an e-mail address is sent a link,
 * a mobile number a six-digit code); {@code POST /api/password-resets/complete} takes {@code {"token","password"}}
 * (the link's token) or {@code {"contact","code","password"}} and answers 204, or 400 {@code reset-token-invalid} /
 * {@code reset-token-expired}; both answer 429 {@code too-many-attempts} with {@code Retry-After} when throttled.
 */
@Path("password-resets")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @EJB
    private AccountRecovery recovery;

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    public record Requested(String channel, long validMinutes, String message) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response request(JsonObject body) {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        JsonFields f = JsonFields.of(body, locale);
        AccountRecovery.Requested r = recovery.request(f.text("contact"), request.getRemoteAddr(),
                PublicAddress.resetPage(request), locale);
        if (!r.accepted()) {
            return tooMany(r.lockedUntil(), locale);
        }
        long minutes = AccountRecovery.VALIDITY.toMinutes();
        return Response.accepted(new Requested(r.mobile() ? "SMS" : "EMAIL", minutes,
                Messages.text(locale, "reset.requested", minutes))).build();
    }

    @POST
    @Path("complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response complete(JsonObject body) {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        JsonFields f = JsonFields.of(body, locale);
        String password = f.text("password");
        char[] p = password == null ? new char[0] : password.toCharArray();
        AccountRecovery.Completed done = f.text("token") != null
                ? recovery.completeByLink(f.text("token"), p)
                : recovery.completeByCode(f.text("contact"), f.text("code"), p, request.getRemoteAddr());
        long minutes = AccountRecovery.VALIDITY.toMinutes();
        return switch (done.outcome()) {
            case DONE -> Response.noContent().build();
            case LOCKED -> tooMany(done.lockedUntil(), locale);
            case EXPIRED -> throw DomainException.badInput("reset-token-expired", f.text("token") != null ? "token" : "code",
                    "reset.expired", minutes);
            case INVALID -> throw DomainException.badInput("reset-token-invalid", f.text("token") != null ? "token" : "code",
                    "reset.invalid");
        };
    }

    private Response tooMany(Instant until, Locale locale) {
        long seconds = Math.max(1, until.getEpochSecond() - clock.now().getEpochSecond());
        Problems.Problem p = Problems.of("too-many-attempts", 429, locale, "reset.tooMany", (seconds + 59) / 60);
        Map<String, String> h = new LinkedHashMap<>();
        h.put(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return Problems.response(new Problems.Problem(p.type(), p.status(), p.title(), p.detail(), p.extensions(), h,
                p.locale()));
    }
}
