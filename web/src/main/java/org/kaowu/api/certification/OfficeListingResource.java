package org.kaowu.api.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.kaowu.api.Problems;
import org.kaowu.certification.ListingRules;
import org.kaowu.certification.Listings;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.PageRequest;

import java.util.List;
import java.util.Locale;

/**
 * The office's public listings ({@code /api/office/listings}): every listing; one exam's summary, entries (masked, with
 * each one's clearance) and objections (the objector's name and contact in full: the office's only); the period set
 * before the listing opens ({@code PUT …/{exam}/period {"first","last"}}); an objection resolved
 * ({@code POST …/objections/{id}/resolution {"outcome":"UPHELD"|"DISMISSED","reason"}}); a registration's clearance as
 * the certificate gate reads it ({@code GET …/clearance/{registration}}).
 */
@Path("office/listings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class OfficeListingResource {

    @EJB
    private Listings listings;

    @Inject
    private AuthorityClock clock;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    @GET
    public List<Listings.ListingSummary> all() {
        return listings.all();
    }

    @GET
    @Path("{exam}")
    public Listings.ListingSummary summary(@PathParam("exam") long exam) {
        return listings.summary(exam);
    }

    /** An entry with its clearance in words. */
    public record Entry(long id, long registrationId, String name, String idNumber, String qualification, String level,
                        String area, String clearance, String pending, String clearanceText) {
    }

    @GET
    @Path("{exam}/entries")
    public Response entries(@PathParam("exam") long exam, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        var found = listings.officeEntries(exam, request);
        Locale l = locale();
        return Paging.ok(found.rows().stream().map(e -> new Entry(e.id(), e.registrationId(), e.name(), e.idNumber(),
                e.qualification(), e.level(), e.area(), e.clearance().state().name(),
                e.clearance().pending() == null ? null : e.clearance().pending().name(), e.clearance().explain(l))).toList(),
                found, request, uri);
    }

    @GET
    @Path("{exam}/objections")
    public List<Listings.ObjectionRow> objections(@PathParam("exam") long exam) {
        return listings.objections(exam);
    }

    @PUT
    @Path("{exam}/period")
    @Consumes(MediaType.APPLICATION_JSON)
    public Listings.ListingSummary period(@PathParam("exam") long exam, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        return listings.schedule(exam, f.date("first"), f.date("last"), actor());
    }

    @POST
    @Path("objections/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public Listings.ObjectionRow resolve(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        return listings.resolve(id, f.enumValue("outcome", ListingRules.ObjectionStatus.class), f.text("reason"), actor());
    }

    /** What the certificate gate reads. */
    public record ClearanceJson(String state, String pending, String reason, Long objectionId, String closesAt,
                                String text) {
    }

    @GET
    @Path("clearance/{registration}")
    public ClearanceJson clearance(@PathParam("registration") long registration) {
        ListingRules.Clearance c = listings.clearance(registration, clock.now());
        return new ClearanceJson(c.state().name(), c.pending() == null ? null : c.pending().name(), c.reason(),
                c.objectionId(), c.closes() == null ? null : c.closes().toString(), c.explain(locale()));
    }
}
