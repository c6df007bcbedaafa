package org.kaowu.api.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.plan.AnnualSession;
import org.kaowu.plan.ReviewCommittee;
import org.kaowu.plan.ReviewCommittees;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The register of title-review committees and their annual sessions, with the end-of-November warning. */
@Path("committees")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @EJB
    private ReviewCommittees committees;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    public record Committee(long id, String name, String series, String grade, String organiser, String jurisdiction) {
        static Committee of(ReviewCommittee c) {
            return new Committee(c.getId(), c.getName(), c.getSeries(), c.getGrade().name(), c.getOrganiser(),
                    c.getJurisdiction().name());
        }
    }

    public record Session(long id, String committee, int year, LocalDate plannedFrom, LocalDate plannedTo, String note,
                          boolean late, String warning) {
    }

    @GET
    @RolesAllowed(Role.OFFICE_NAME)
    public List<Committee> list() {
        return committees.all().stream().map(Committee::of).toList();
    }

    @GET
    @Path("sessions")
    @RolesAllowed(Role.OFFICE_NAME)
    public List<Session> sessions(@QueryParam("year") String year) {
        Locale locale = locale();
        int y = Params.range("year", year, 2000, 2100, clock.today().getYear(), locale);
        return committees.sessions(y).stream().map(s -> session(s, locale)).toList();
    }

    /** {@code {"name","series","grade":"SENIOR|INTERMEDIATE","organiser","jurisdiction":"PROVINCE|CITY"}} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public Response register(JsonObject body) {
        Locale locale = locale();
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        ReviewCommittee c = committees.register(string(b, "name"), string(b, "series"),
                Params.enumValue("grade", string(b, "grade"), ReviewCommittee.Grade.class, locale),
                string(b, "organiser"),
                Params.enumValue("jurisdiction", string(b, "jurisdiction"), ReviewCommittee.Jurisdiction.class, locale),
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(Committee.of(c)).build();
    }

    /** {@code {"year":2023,"plannedFrom":"2023-11-20","plannedTo":"2023-11-24","note":"…"}}; 200 with a warning when late. */
    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public Session plan(@PathParam("id") long id, JsonObject body) {
        Locale locale = locale();
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        int year = b.containsKey("year") && b.get("year").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
                ? b.getInt("year") : Params.range("year", string(b, "year"), 2000, 2100, 0, locale);
        AnnualSession s = committees.planSession(id, year, Params.date("plannedFrom", string(b, "plannedFrom"), locale),
                Params.date("plannedTo", string(b, "plannedTo"), locale), string(b, "note"),
                security.getUserPrincipal().getName());
        return session(s, locale);
    }

    /** Corrects a committee: the same body as registering one; 409 {@code committee-exists} when the name is taken. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public Committee update(@PathParam("id") long id, JsonObject body) {
        Locale locale = locale();
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        return Committee.of(committees.update(id, string(b, "name"), string(b, "series"),
                Params.enumValue("grade", string(b, "grade"), ReviewCommittee.Grade.class, locale),
                string(b, "organiser"),
                Params.enumValue("jurisdiction", string(b, "jurisdiction"), ReviewCommittee.Jurisdiction.class, locale),
                security.getUserPrincipal().getName()));
    }

    /** Deletes a committee without sessions (204); one with sessions is refused with 409 {@code committee-in-use}. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.OFFICE_NAME)
    public Response delete(@PathParam("id") long id) {
        committees.delete(id, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    /** Moves a planned session within its year: {@code {"plannedFrom","plannedTo","note"}}; the late flag follows. */
    @PUT
    @Path("sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public Session updateSession(@PathParam("id") long id, JsonObject body) {
        Locale locale = locale();
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        return session(committees.updateSession(id, Params.date("plannedFrom", string(b, "plannedFrom"), locale),
                Params.date("plannedTo", string(b, "plannedTo"), locale), string(b, "note"),
                security.getUserPrincipal().getName()), locale);
    }

    /** Deletes a planned session (204). */
    @DELETE
    @Path("sessions/{id}")
    @RolesAllowed(Role.OFFICE_NAME)
    public Response deleteSession(@PathParam("id") long id) {
        committees.deleteSession(id, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    private static Session session(AnnualSession s, Locale locale) {
        return new Session(s.getId(), s.getCommittee().getName(), s.getYear(), s.getPlannedFrom(), s.getPlannedTo(), s.getNote(),
                s.late(), s.late() ? Messages.text(locale, "committee.late") : null);
    }

    private static String string(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }
}
