package org.kaowu.api.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.Areas;
import org.kaowu.scheduling.Reseating;
import org.kaowu.scheduling.SeatReseater;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-seating for the office (调整考场): close a site, or chosen rooms, on an exam day with a reason; the candidates the
 * current runs seated there move (everyone else keeps seat and ticket number), are notified, and the move is audited.
 * {@code POST /api/seating/reseatings} answers 201 with who moved; {@code GET ?area=} lists an area's re-seatings,
 * {@code GET /{id}} one with its moves (names masked).
 */
@Path("seating/reseatings")
@Produces(MediaType.APPLICATION_JSON)
public class ReseatingResource {

    private static final String PROBLEM = "invalid-reseating";

    @EJB
    private SeatReseater reseater;

    @Context
    private SecurityContext security;

    public record Move(long registration, String candidate, long run, long exam, LocalDate day, String fromSite,
                       String fromRoom, int fromSeat, String toSite, String toSiteName, String toRoom, int toSeat,
                       String oldTicket, String newTicket) {
    }

    public record ReseatingJson(long id, String area, LocalDate day, Long site, String reason, String seed, int rooms,
                                int moved, String by, Instant at, List<Move> moves) {
    }

    /**
     * {@code {"day":"2026-09-08","site":12,"reason":"教学楼停电"}} closes every room of the site lent that day;
     * {@code {"day":…,"rooms":[31,32],"reason":…}} the rooms given.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public Response close(JsonObject body) {
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        LocalDate day = day(b.get("day"));
        Long site = id(b.get("site"), "site");
        List<Long> rooms = new ArrayList<>();
        JsonValue r = b.get("rooms");
        if (r != null && r != JsonValue.NULL) {
            if (!(r instanceof JsonArray array)) {
                throw DomainException.badInput(PROBLEM, "rooms", "seating.reseat.nothingChosen");
            }
            for (JsonValue v : array) {
                rooms.add(id(v, "rooms"));
            }
        }
        if (site != null && !rooms.isEmpty()) {
            throw DomainException.badInput(PROBLEM, "rooms", "seating.reseat.siteOrRooms");
        }
        String reason = b.get("reason") instanceof JsonString s ? s.getString() : null;
        SeatReseater.Outcome outcome = reseater.close(day, site, rooms, reason, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(json(outcome.reseating(), outcome.moved())).build();
    }

    @GET
    @RolesAllowed(Role.OFFICE_NAME)
    public List<ReseatingJson> list(@QueryParam("area") String area) {
        if (area == null || !Areas.ALL.contains(area.strip())) {
            throw DomainException.unprocessable("invalid-seating", "area", "seating.bad.area", area == null ? "" : area);
        }
        return reseater.reseatings(area.strip()).stream().map(x -> json(x, null)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.OFFICE_NAME)
    public ReseatingJson one(@PathParam("id") long id) {
        Reseating r = reseater.reseating(id);
        return json(r, reseater.moves(id));
    }

    private static ReseatingJson json(Reseating r, List<SeatReseater.Moved> moved) {
        return new ReseatingJson(r.getId(), r.getArea(), r.getDay(), r.getSiteId(), r.getReason(),
                Long.toString(r.getSeed()), r.getRooms(), r.getMoved(), r.getDoneBy(), r.getDoneAt(),
                moved == null ? null : moved.stream().map(m -> new Move(m.registrationId(), m.candidate(), m.runId(),
                        m.examId(), m.day(), m.fromSiteCode(), m.fromRoom(), m.fromSeat(), m.toSiteCode(),
                        m.toSiteName(), m.toRoom(), m.toSeat(), m.oldTicket(), m.newTicket())).toList());
    }

    private static LocalDate day(JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            throw DomainException.badInput(PROBLEM, "day", "seating.reseat.dayRequired");
        }
        try {
            if (v instanceof JsonString s) {
                return LocalDate.parse(s.getString().strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw DomainException.badInput(PROBLEM, "day", "seating.reseat.dayRequired");
    }

    private static Long id(JsonValue v, String field) {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        if (v instanceof JsonString s && s.getString().strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.getString().strip());
        }
        throw DomainException.badInput(PROBLEM, field, "seating.reseat.badId", field,
                v.toString().length() > 40 ? v.toString().substring(0, 40) + "…" : v.toString());
    }
}
