package org.kaowu.api.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.api.Problems;
import org.kaowu.certification.CertificateVerifier;
import org.kaowu.certification.Certificates;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.certification.VerificationLimiter;
import org.kaowu.web.certification.VerificationLimits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Public verification of a certificate, for anyone (an employer, the QR code on the paper):
 * {@code GET /api/verify?number=&name=} (the certificate number with the holder's name as printed; both must match)
 * or {@code GET /api/verify?code=} (the verification code of the QR code) answers 200 with {@code result} VALID,
 * REVOKED (with {@code revokedAt} and {@code revokedReason}) or NOT_FOUND, the holder's name and ID number masked.
 * Neither way given in full: 400 {@value #INVALID_QUERY} naming what to give. More than the client's limit
 * ({@link VerificationLimiter}): 429 {@value #TOO_MANY} with {@code Retry-After} seconds. A number without the right
 * name is NOT_FOUND like a number that does not exist, so the sequential numbers tell nothing by themselves.
 */
@Path("verify")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@ApplicationScoped // one instance: nothing injected again per request (the per-request injection cost as much as the query)
public class VerificationResource {

    public static final String INVALID_QUERY = "invalid-verification-query";
    public static final String TOO_MANY = "too-many-verifications";
    private static final jakarta.json.stream.JsonGeneratorFactory GENERATORS = jakarta.json.Json.createGeneratorFactory(Map.of());

    @Inject
    private CertificateVerifier verifier;

    @Inject
    private VerificationLimiter limiter;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    /** What anyone reads of a certificate; dates ISO, the revocation instant in Beijing time with its offset. */
    public record VerificationJson(String result, String number, String holder, String idNumber, String qualification,
                                   String approvalDate, String issuingAuthority, String annotationFrom,
                                   String annotationUntil, boolean annotationInForce, String revokedAt,
                                   String revokedReason) {

        static VerificationJson of(Certificates.Verification v) {
            return new VerificationJson(v.result(), v.number(), v.holder(), v.idNumber(), v.qualification(),
                    date(v.approvalDate()), v.issuingAuthority(), date(v.annotationFrom()), date(v.annotationUntil()),
                    v.annotationInForce(), instant(v.revokedAt()), v.revokedReason());
        }

        /**
         * The JSON text, null fields left out (annotationInForce always there, false for NOT_FOUND): written with one shared generator factory rather than through JSON-B,
         * whose reflection was a fifth of a verification's cost on the server (docs/performance.md).
         */
        String json() {
            java.io.StringWriter out = new java.io.StringWriter(512);
            try (jakarta.json.stream.JsonGenerator g = GENERATORS.createGenerator(out)) {
                g.writeStartObject();
                put(g, "result", result);
                put(g, "number", number);
                put(g, "holder", holder);
                put(g, "idNumber", idNumber);
                put(g, "qualification", qualification);
                put(g, "approvalDate", approvalDate);
                put(g, "issuingAuthority", issuingAuthority);
                put(g, "annotationFrom", annotationFrom);
                put(g, "annotationUntil", annotationUntil);
                g.write("annotationInForce", annotationInForce);
                put(g, "revokedAt", revokedAt);
                put(g, "revokedReason", revokedReason);
                g.writeEnd();
            }
            return out.toString();
        }

        private static void put(jakarta.json.stream.JsonGenerator g, String name, String value) {
            if (value != null) {
                g.write(name, value);
            }
        }

        private static String date(LocalDate d) {
            return d == null ? null : d.toString();
        }

        private static String instant(Instant i) {
            return i == null ? null : i.atZone(AuthorityClock.ZONE).toOffsetDateTime().toString();
        }
    }

    @GET
    public Response verify(@QueryParam("number") String number, @QueryParam("name") String name,
                           @QueryParam("code") String code) {
        checkQuery(number, name, code);
        VerificationLimits.Decision d = limiter.admit(request);
        if (!d.allowed()) {
            return tooMany(d.retryAfter(), Problems.locale(headers.getAcceptableLanguages()));
        }
        return Response.ok(VerificationJson.of(verifier.verify(number, name, code)).json(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /**
     * The code alone, or the number and the name together; otherwise a 400 that says which is missing. (The missing
     * parameter is passed as an argument so that the message is always formatted: the English texts quote with ''.)
     */
    static void checkQuery(String number, String name, String code) {
        if (present(code)) {
            return;
        }
        if (present(number) && !present(name)) {
            throw DomainException.badInput(INVALID_QUERY, "name", "verify.query.name", "name");
        }
        if (present(name) && !present(number)) {
            throw DomainException.badInput(INVALID_QUERY, "number", "verify.query.number", "number");
        }
        if (!present(number)) {
            throw DomainException.badInput(INVALID_QUERY, "code", "verify.query.missing", "code");
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static Response tooMany(long seconds, Locale locale) {
        Problems.Problem p = Problems.of(TOO_MANY, 429, locale, "verify.tooMany", seconds);
        p.extensions().put("retryAfter", seconds);
        Map<String, String> h = new LinkedHashMap<>();
        h.put(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return Problems.response(new Problems.Problem(p.type(), p.status(), p.title(), p.detail(), p.extensions(), h,
                p.locale()));
    }
}
