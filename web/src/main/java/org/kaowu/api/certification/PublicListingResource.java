package org.kaowu.api.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.UriInfo;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Paging;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.certification.Listings;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.PageRequest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The public listing of those who passed (公示), for anyone: {@code GET /api/public/listings} the listings open now;
 * {@code GET /api/public/listings?exam=&page=&size=} one open listing's entries (names and ID numbers masked; a listing
 * not open: 404 {@code listing-not-open}); {@code POST /api/public/listings/{entryId}/objections}
 * {@code {"name","contact","grounds"}} lodges an objection: 201 with its number, 422 {@code invalid-objection} naming
 * the field, 409 {@code listing-not-open}, 429 {@code too-many-objections} with {@code Retry-After}.
 */
@Path("public/listings")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicListingResource {

    @EJB
    private Listings listings;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    /** What the public reads of a listing: the exam, the period, how many are listed. */
    public record OpenListing(long exam, String title, int year, String opensAt, String closesAt, String lastDay,
                              int entries) {
    }

    @GET
    public Response list(@QueryParam("exam") String exam, @QueryParam("page") String page, @QueryParam("size") String size) {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        if (exam == null || exam.isBlank()) {
            return Response.ok(listings.open().stream().map(s -> new OpenListing(s.examId(), s.exam(), s.year(),
                    s.opensAt().toString(), s.closesAt().toString(), s.lastDay().toString(), s.entries())).toList()).build();
        }
        long id = Params.range("exam", exam, 1, Integer.MAX_VALUE, 0, locale);
        PageRequest request = Paging.request(page, size, locale);
        var found = listings.publicEntries(id, request);
        return Paging.ok(found.rows(), found, request, uri);
    }

    @POST
    @Path("{entry}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@PathParam("entry") long entry, JsonObject body) {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        JsonFields f = JsonFields.of(body, locale);
        try {
            Listings.Lodged lodged = listings.lodge(entry, f.text("name"), f.text("contact"), f.text("grounds"),
                    request.getRemoteAddr());
            return Response.status(201).entity(lodged).build();
        } catch (DomainException e) {
            if (e.status() != 429) {
                throw e;
            }
            Problems.Problem p = Problems.of(e, locale);
            Map<String, String> h = new LinkedHashMap<>();
            h.put(HttpHeaders.RETRY_AFTER, String.valueOf(e.extensions().get("retryAfter")));
            return Problems.response(new Problems.Problem(p.type(), p.status(), p.title(), p.detail(), p.extensions(), h,
                    p.locale()));
        }
    }
}
