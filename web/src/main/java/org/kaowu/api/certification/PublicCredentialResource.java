package org.kaowu.api.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.kaowu.certification.Certificates;
import org.kaowu.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What verifiers of the signed certificates fetch, for anyone and cacheable by anyone:
 * <ul>
 * <li>{@code GET /api/public/status-lists/{id}}: the status list (W3C Bitstring Status List v1.0, a
 * BitstringStatusListCredential, compact JWS, {@code application/vc+jwt}) that the certificates' credentials point
 * at; {@code Cache-Control: public, max-age=300}, an {@code ETag} of the list's id and version, {@code If-None-Match}
 * answered 304; signed once per version ({@link StatusListCache}); no such list: 404 {@code no-such-status-list}.</li>
 * <li>{@code GET /api/public/keys}: the authority's public keys (JWK Set, {@code application/jwk-set+json}),
 * {@code Cache-Control: public, max-age=3600}, an {@code ETag} of its content.</li>
 * </ul>
 */
@Path("public")
@PermitAll
public class PublicCredentialResource {

    public static final String VC_JWT = "application/vc+jwt";
    public static final String JWK_SET = "application/jwk-set+json";

    @EJB
    private Certificates certificates;

    @Inject
    private StatusListCache cache;

    @Context
    private Request request;

    @Context
    private HttpServletResponse response;

    @GET
    @Path("status-lists/{id:[0-9]{1,18}}")
    public Response statusList(@PathParam("id") long id) {
        Long version = certificates.statusListVersion(id);
        if (version == null) {
            throw new DomainException("no-such-status-list", 404, "list", "certificate.noSuchList");
        }
        EntityTag tag = new EntityTag("list-" + id + "-v" + version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        publicCache(300);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(cache.signed(id, version, () -> certificates.signedStatusList(id)), VC_JWT).tag(tag).build();
    }

    @GET
    @Path("keys")
    public Response keys() {
        String keys = certificates.publicKeys();
        EntityTag tag = new EntityTag("keys-" + sha256(keys).substring(0, 32));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        publicCache(3600);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(keys, MediaType.valueOf(JWK_SET).withCharset("UTF-8")).tag(tag).build();
    }

    /**
     * Cacheable by anyone for {@code seconds}, set on the servlet response itself: it replaces the {@code no-store}
     * that the request guard gives every API answer to a caller with a session or credentials (what is here is the
     * same for everyone).
     */
    private void publicCache(int seconds) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + seconds);
        response.setHeader("Pragma", null);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
