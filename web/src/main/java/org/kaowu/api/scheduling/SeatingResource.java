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
import org.kaowu.scheduling.AllocationRun;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Seat allocation for the office: start a run (202: it is queued for its job), follow it (state, progress, the
 * shortfall in words), and read the fill of an exam's sites and rooms in an area.
 */
@Path("seating")
@Produces(MediaType.APPLICATION_JSON)
public class SeatingResource {

    private static final String PROBLEM = "invalid-seating";

    @EJB
    private SeatAllocator allocator;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    /** A shortfall line: the site (null for the whole area), the group, the kind, the seats missing, in words. */
    public record Shortfall(String area, String siteCode, String siteName, String group, boolean accessible,
                            int missingSeats, String employer, String text) {
    }

    public record Run(long id, long exam, String area, String seed, BigDecimal reserveShare, String state, int toSeat,
                      int seated, int percent, int candidates, Instant createdAt, Instant startedAt,
                      Instant finishedAt, String startedBy, boolean byCalendar, boolean superseded,
                      List<Shortfall> shortfall, String failure, int needsAccessible) {
    }

    public record Seat(long registration, LocalDate day, long site, long room, int row, int column, int seatNumber,
                       String ticketNumber) {
    }

    public record Fill(LocalDate day, String siteCode, String siteName, String roomNumber, boolean spare,
                       boolean accessible, int seats, int used, int reserve, int fillRate) {
    }

    /** {@code {"exam":12,"area":"北京市","seed":42,"reserveShare":0.05}}; seed and reserve share optional. */
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public Response start(JsonObject body) {
        Locale locale = locale();
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        long exam = exam(b.get("exam"));
        String area = b.get("area") instanceof JsonString s ? s.getString() : null;
        Long seed = seed(b.get("seed"));
        Double share = share(b.get("reserveShare"));
        AllocationRun run = allocator.start(exam, area, seed, share, security.getUserPrincipal().getName());
        return Response.status(Response.Status.ACCEPTED).entity(json(run, locale)).build();
    }

    @GET
    @Path("runs")
    @RolesAllowed(Role.OFFICE_NAME)
    public List<Run> runs(@QueryParam("exam") String exam) {
        Locale locale = locale();
        if (exam == null || !exam.strip().matches("\\d{1,18}")) {
            throw DomainException.badInput(PROBLEM, "exam", "seating.bad.exam", exam == null ? "" : exam);
        }
        return allocator.runs(Long.parseLong(exam.strip())).stream().map(r -> json(r, locale)).toList();
    }

    /** The published exams the office may seat: id, year, code, title, phase. */
    @GET
    @Path("exams")
    @RolesAllowed(Role.OFFICE_NAME)
    public List<SeatAllocator.ExamChoice> exams() {
        return allocator.exams();
    }

    /**
     * One page of a run's seats (a failed run has none), by day and registration: registration, day, room, cell, seat
     * number, ticket number. {@code page} and {@code size} as everywhere ({@link Paging}); X-Total-Count holds the total.
     */
    @GET
    @Path("runs/{id}/seats")
    @RolesAllowed(Role.OFFICE_NAME)
    public Response seats(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size,
                          @Context UriInfo uri) {
        PageRequest request = Paging.request(page, size, locale());
        Page<Seat> seats = allocator.seats(id, request).map(s -> new Seat(s.getRegistrationId(),
                s.getDay(), s.getSiteId(), s.getRoomId(), s.getRow(), s.getColumn(), s.getSeatNumber(),
                s.getTicketNumber()));
        return Paging.ok(seats.rows(), seats, request, uri);
    }

    @GET
    @Path("runs/{id}")
    @RolesAllowed(Role.OFFICE_NAME)
    public Run run(@PathParam("id") long id) {
        return json(allocator.run(id), locale());
    }

    @GET
    @Path("exams/{id}/fill")
    @RolesAllowed(Role.OFFICE_NAME)
    public List<Fill> fill(@PathParam("id") long id, @QueryParam("area") String area) {
        return allocator.fill(id, area).stream().map(f -> new Fill(f.day(), f.siteCode(), f.siteName(), f.roomNumber(),
                f.spare(), f.accessible(), f.seats(), f.used(), f.reserve(), f.fillRate())).toList();
    }

    private Run json(AllocationRun r, Locale locale) {
        List<Shortfall> shortfall = r.shortfallLines().stream().map(m -> new Shortfall(m.area(), m.siteCode(),
                m.siteName(), m.group(), m.accessible(), m.missingSeats(), m.employer(), m.text(locale))).toList();
        return new Run(r.getId(), r.getExamId(), r.getArea(), Long.toString(r.getSeed()), r.getReserveShare(),
                r.getState().name(), r.getToSeat(), r.getSeated(), r.percent(), r.getCandidates(), r.getCreatedAt(),
                r.getStartedAt(), r.getFinishedAt(),
                AllocationRun.BY_EDGE.equals(r.getStartedBy()) ? null : r.getStartedBy(),
                AllocationRun.BY_EDGE.equals(r.getStartedBy()), r.isSuperseded(), shortfall,
                r.getFailure() == null ? null : Messages.text(locale, r.getFailure()), r.getNeedsAccessible());
    }

    private static long exam(JsonValue v) {
        if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        if (v instanceof JsonString s && s.getString().strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.getString().strip());
        }
        throw DomainException.badInput(PROBLEM, "exam", "seating.bad.exam", v == null ? "" : v.toString());
    }

    private static Long seed(JsonValue v) {
        if (v == null || v == JsonValue.NULL || v instanceof JsonString s && s.getString().isBlank()) {
            return null;
        }
        try {
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue().longValueExact();
            }
            if (v instanceof JsonString s) {
                return Long.parseLong(s.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        throw DomainException.badInput(PROBLEM, "seed", "seating.bad.seed", shown(v));
    }

    private static Double share(JsonValue v) {
        if (v == null || v == JsonValue.NULL || v instanceof JsonString s && s.getString().isBlank()) {
            return null;
        }
        try {
            if (v instanceof JsonNumber n) {
                return n.doubleValue();
            }
            if (v instanceof JsonString s) {
                return Double.parseDouble(s.getString().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw DomainException.unprocessable(PROBLEM, "reserveShare", "seating.bad.reserveShare", shown(v));
    }

    private static String shown(JsonValue v) {
        String s = v instanceof JsonString js ? js.getString() : v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }
}
