package org.kaowu.api.conduct;

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
import org.kaowu.conduct.IntegrityArchive;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.IntegrityRecord;
import org.kaowu.shared.PageRequest;

import java.util.Locale;

/**
 * The integrity archive for the office ({@code /api/office/integrity/records}): the paged list filtered by article,
 * kind and state (names and numbers masked), a record's details, publishing or withdrawing with a reason, and the
 * CSV export for the national credit platform ({@code /api/office/integrity/export.csv}: the only place ID numbers
 * appear in full, OFFICE only, audited).
 */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class IntegrityArchiveResource {

    @EJB
    private IntegrityArchive archive;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    private IntegrityArchive.Filter filter(String article, String kind, String state) {
        Integer a = article == null || article.isBlank() ? null : Params.range("article", article, 6, 14, 6, locale());
        IntegrityRecord.Kind k = Params.enumValue("kind", kind, IntegrityRecord.Kind.class, locale());
        IntegrityArchive.State s = Params.enumValue("state", state, IntegrityArchive.State.class, locale());
        return new IntegrityArchive.Filter(a, k, s == null ? IntegrityArchive.State.ALL : s);
    }

    /** One page of the archive: {@code article} (6–14), {@code kind}, {@code state} (IN_FORCE, LONG_TERM, ENDED, EXPIRED). */
    @GET
    @Path("integrity/records")
    public Response list(@QueryParam("article") String article, @QueryParam("kind") String kind,
                         @QueryParam("state") String state, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        var found = archive.list(filter(article, kind, state), request);
        return Paging.ok(found.rows(), found, request, uri);
    }

    @GET
    @Path("integrity/records/{id}")
    public IntegrityArchive.Row details(@PathParam("id") long id) {
        return archive.details(id);
    }

    /** {@code {"published": true|false, "reason": "…"}}: publishes a record in force, or withdraws one. */
    @POST
    @Path("integrity/records/{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntegrityArchive.Row publish(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        return archive.publish(id, f.flag("published"), f.text("reason"),
                security.getUserPrincipal().getName());
    }

    /**
     * The export for the national credit platform, filtered as the list: columns as
     * {@link IntegrityArchive#EXPORT_COLUMNS}, UTF-8 with BOM, ID numbers IN FULL (OFFICE only; audited).
     */
    @GET
    @Path("integrity/export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("article") String article, @QueryParam("kind") String kind,
                           @QueryParam("state") String state) {
        String csv = archive.export(filter(article, kind, state), security.getUserPrincipal().getName());
        return Response.ok(csv, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"integrity-archive.csv\"")
                .header("Cache-Control", "no-store").build();
    }
}
