package org.kaowu.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Paging;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.AuditEvent;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.time.Instant;
import java.util.Locale;

/**
 * The ADMIN's account tools, as on {@code /admin/accounts}: {@code POST /api/admin/accounts/{username}/unlock},
 * {@code …/disable}, {@code …/enable}, {@code …/reset-password}, each with {@code {"reason"}} (required, audited);
 * a reset answers the temporary password, once. {@code GET /api/admin/audit?actor=&action=&from=&to=&page=&size=}
 * lists the audit trail, newest first, paged.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AccountAdminResource {

    @EJB
    private Accounts accounts;

    @EJB
    private AuditTrail audit;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public record Reset(String username, String temporaryPassword, boolean mustChangePassword) {
    }

    public record Entry(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                        String reason, String details) {
    }

    @POST
    @Path("accounts/{username}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response unlock(@PathParam("username") String username, JsonObject body) {
        accounts.unlock(username, reason(body), actor());
        return Response.noContent().build();
    }

    @POST
    @Path("accounts/{username}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response disable(@PathParam("username") String username, JsonObject body) {
        accounts.disable(username, reason(body), actor());
        return Response.noContent().build();
    }

    @POST
    @Path("accounts/{username}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response enable(@PathParam("username") String username, JsonObject body) {
        accounts.enable(username, reason(body), actor());
        return Response.noContent().build();
    }

    @POST
    @Path("accounts/{username}/reset-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Reset resetPassword(@PathParam("username") String username, JsonObject body) {
        String temporary = accounts.resetPassword(username, reason(body), actor());
        return new Reset(accounts.find(username).orElseThrow().getUsername(), temporary, true);
    }

    @GET
    @Path("audit")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("page") String page, @QueryParam("size") String size) {
        Locale locale = locale();
        PageRequest request = Paging.request(page, size, locale);
        AuditTrail.Filter filter = new AuditTrail.Filter(actor, action,
                from == null || from.isBlank() ? null : Params.date("from", from, locale),
                to == null || to.isBlank() ? null : Params.date("to", to, locale));
        Page<AuditEvent> found = audit.search(filter, request);
        return Paging.ok(found.rows().stream().map(e -> new Entry(e.getOccurredAt(), e.getActor(), e.getAction(),
                e.getSubjectType(), e.getSubjectId(), e.getReason(), e.getDetails())).toList(), found, request, uri);
    }

    private String reason(JsonObject body) {
        return JsonFields.of(body, locale()).text("reason");
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }
}
