package org.kaowu.api.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.Downloads;
import org.kaowu.certification.Certificate;
import org.kaowu.certification.Certificates;
import org.kaowu.platform.security.Account;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.util.List;

/**
 * A holder's certificates: {@code GET /api/certificates} the list; {@code GET /api/certificates/{id}/certificate.pdf}
 * the signed PDF and {@code GET /api/certificates/{id}/credential} the Verifiable Credential ({@code application/vc+jwt}),
 * both only while the certificate is in force and annotated for today (409 {@code certificate-revoked},
 * {@code annotation-lapsed}); {@code POST /api/certificates/{id}/annotation} {@code {"days"}} (optional) renews the
 * annotation (422 {@code annotation-not-due}, {@code annotation-limit}; 409 {@code certificate-revoked}). Another
 * account's certificate is 404.
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CANDIDATE_NAME)
public class CandidateCertificateResource {

    static final String CREDENTIAL_TYPE = "application/vc+jwt";

    @EJB
    private Certificates certificates;

    @EJB
    private Accounts accounts;

    @Inject
    private AuthorityClock clock;

    @Context
    private SecurityContext security;

    private long me() {
        return accounts.find(security.getUserPrincipal().getName()).map(Account::getId).orElseThrow();
    }

    @GET
    public List<CertificateJson> mine() {
        return certificates.own(me()).stream().map(c -> CertificateJson.of(c, clock.today())).toList();
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        Certificate c = certificates.own(me(), id);
        certificates.checkDownload(c);
        return Response.ok(certificates.pdf(c), "application/pdf")
                .header("Content-Disposition", Downloads.attachment(c.getNumber(), ".pdf", "certificate.pdf"))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/credential")
    @Produces(CREDENTIAL_TYPE)
    public Response credential(@PathParam("id") long id) {
        Certificate c = certificates.own(me(), id);
        certificates.checkDownload(c);
        return Response.ok(certificates.credential(c), CREDENTIAL_TYPE)
                .header("Content-Disposition", Downloads.attachment(c.getNumber(), ".jwt", "certificate.jwt"))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/annotation")
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificateJson renew(@PathParam("id") long id, JsonObject body) {
        Integer days = null;
        JsonValue v = body == null ? null : body.get("days");
        if (v != null && v != JsonValue.NULL) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw DomainException.badInput("invalid-annotation-days", "days", "annotation.days", 90);
            }
            days = n.intValue();
        }
        return CertificateJson.of(certificates.renew(me(), id, days), clock.today());
    }
}
