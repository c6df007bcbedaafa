package org.kaowu.api.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.kaowu.api.Paging;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.Role;
import org.kaowu.scheduling.staff.Roster;
import org.kaowu.scheduling.staff.Rosters;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Invigilator rosters (监考编排) for the office: start one for an exam's area (202: queued for its job), follow it
 * (state, progress, costs per constraint, unfilled posts in words), read its duties a page at a time with each soft
 * cost explained, pin or unpin a duty so that a re-solve keeps it.
 */
@Path("rosters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class RosterResource {

    private static final String PROBLEM = "invalid-roster";

    @EJB
    private Rosters rosters;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    public record RosterView(long id, long exam, String area, String seed, String state, int percent, int sitesDone,
                             int sites, int timeLimit, int perRoom, int perInspector, int posts, int filled, int moved,
                             int hardViolations, long softCost, Map<String, Long> costs, List<String> unfilled,
                             String failure, String reason, Instant createdAt, Instant startedAt, Instant finishedAt,
                             String startedBy, boolean superseded) {
    }

    public record PinBody(Boolean pinned) {
    }

    /**
     * {@code {"exam":12,"area":"北京市","timeLimit":20,"seed":42,"perRoom":2,"perInspector":10,"reason":"…"}}; all but
     * exam and area optional. A re-solve is the same call: the current roster's pinned duties are kept.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        long exam = number(b.get("exam"), "exam", true);
        String area = b.get("area") instanceof JsonString s ? s.getString().strip() : null;
        Integer limit = integer(b.get("timeLimit"), "timeLimit");
        Long seed = b.get("seed") == null || b.get("seed") == JsonValue.NULL ? null : number(b.get("seed"), "seed", false);
        Integer perRoom = integer(b.get("perRoom"), "perRoom");
        Integer perInspector = integer(b.get("perInspector"), "perInspector");
        String reason = b.get("reason") instanceof JsonString s ? s.getString() : null;
        Roster r = rosters.start(exam, area, limit, seed, perRoom, perInspector, reason, actor());
        return Response.status(Response.Status.ACCEPTED).entity(view(r, locale())).build();
    }

    @GET
    public List<RosterView> list(@QueryParam("exam") String exam) {
        if (exam == null || !exam.strip().matches("\\d{1,18}")) {
            throw DomainException.badInput(PROBLEM, "exam", "seating.bad.exam", exam == null ? "" : exam);
        }
        Locale locale = locale();
        return rosters.rosters(Long.parseLong(exam.strip())).stream().map(r -> view(r, locale)).toList();
    }

    @GET
    @Path("{id}")
    public RosterView one(@PathParam("id") long id) {
        return view(rosters.roster(id), locale());
    }

    /** One page of the roster's duties (one site's with {@code site}); X-Total-Count holds the total. */
    @GET
    @Path("{id}/duties")
    public Response duties(@PathParam("id") long id, @QueryParam("site") String site, @QueryParam("page") String page,
                           @QueryParam("size") String size, @Context UriInfo uri) {
        Locale locale = locale();
        PageRequest request = Paging.request(page, size, locale);
        Long siteId = null;
        if (site != null && !site.isBlank()) {
            if (!site.strip().matches("\\d{1,18}")) {
                throw org.kaowu.api.Params.bad("site", site, Messages.text(locale, "rosters.bad.site"));
            }
            siteId = Long.parseLong(site.strip());
        }
        Page<Rosters.DutyView> rows = rosters.duties(id, siteId, request, locale);
        return Paging.ok(rows.rows(), rows, request, uri);
    }

    /** {@code {"pinned":true}} pins the duty (a re-solve keeps it), false unpins it; audited. */
    @POST
    @Path("duties/{id}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pin(@PathParam("id") long id, PinBody body) {
        if (body == null || body.pinned() == null) {
            throw DomainException.badInput(PROBLEM, "pinned", "rosters.bad.pinned");
        }
        rosters.pin(id, body.pinned(), actor());
        return Response.noContent().build();
    }

    private RosterView view(Roster r, Locale locale) {
        return new RosterView(r.getId(), r.getExamId(), r.getArea(), Long.toString(r.getSeed()), r.getState().name(),
                r.percent(), r.getPartsDone(), r.getPartsTotal(), r.getTimeLimit(), r.getPerRoom(), r.getPerInspector(),
                r.getPosts(), r.getFilled(), r.getMoved(), r.getHardViolations(), r.getSoftCost(), org.kaowu.scheduling.staff.RosterTexts.costs(r),
                rosters.unfilled(r, locale), r.getFailure() == null ? null : Messages.text(locale, r.getFailure()),
                r.getReason(), r.getCreatedAt(), r.getStartedAt(), r.getFinishedAt(), r.getStartedBy(),
                r.isSuperseded());
    }

    private static long number(JsonValue v, String field, boolean positive) {
        try {
            if (v instanceof JsonNumber n && n.isIntegral()) {
                long x = n.bigDecimalValue().longValueExact();
                if (!positive || x > 0) {
                    return x;
                }
            }
            if (v instanceof JsonString s && s.getString().strip().matches(positive ? "\\d{1,18}" : "-?\\d{1,19}")) {
                return Long.parseLong(s.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        throw DomainException.badInput(PROBLEM, field, "rosters.bad.number", field, shown(v));
    }

    private static Integer integer(JsonValue v, String field) {
        if (v == null || v == JsonValue.NULL || v instanceof JsonString s && s.getString().isBlank()) {
            return null;
        }
        long x = number(v, field, false);
        if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
            throw DomainException.badInput(PROBLEM, field, "rosters.bad.number", field, shown(v));
        }
        return (int) x;
    }

    private static String shown(JsonValue v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof JsonString js ? js.getString() : v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }
}
