package org.kaowu.api.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import jakarta.ws.rs.core.UriInfo;
import org.kaowu.api.Downloads;
import org.kaowu.api.Paging;
import org.kaowu.api.Uploads;
import org.kaowu.platform.security.Role;
import org.kaowu.scheduling.ExamRoom;
import org.kaowu.scheduling.ExamSite;
import org.kaowu.scheduling.RoomKind;
import org.kaowu.scheduling.SeatPattern;
import org.kaowu.scheduling.SiteRow;
import org.kaowu.scheduling.VenueData;
import org.kaowu.scheduling.VenueFile;
import org.kaowu.scheduling.VenuePreview;
import org.kaowu.scheduling.VenueProblem;
import org.kaowu.scheduling.VenueSamples;
import org.kaowu.scheduling.Venues;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Venues (考点, 考场) for the exam office: sites of an area (paged), a site with its rooms, the venues file import
 * (preview, then all or nothing), corrections and deletions (audited), and the sample file.
 */
@Path("venues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class VenueResource {

    private static final String XLSX = Uploads.XLSX;

    @EJB
    private Venues venues;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public record RoomView(long id, String number, int floor, String kind, int capacity, int rows, int columns,
                           String pattern, boolean accessible, boolean spare, Integer firstMachine, List<String> days) {
    }

    public record SiteView(long id, String code, String name, String area, String address, String contactPerson,
                           String contactPhone, boolean accessible, boolean hostsPaper, boolean hostsComputer,
                           int seats, List<RoomView> rooms) {
    }

    public record PreviewView(long newSites, long changedSites, long unchangedSites, int rooms,
                              List<VenuePreview.SiteChange> sites) {
    }

    /** A site's particulars: {@code {"area", "name", "address", "contactPerson", "contactPhone", "accessible", "hostsPaper", "hostsComputer"}}. */
    public record SiteBody(String area, String name, String address, String contactPerson, String contactPhone,
                           Boolean accessible, Boolean hostsPaper, Boolean hostsComputer) {
    }

    /** A room's particulars; {@code days} as ISO dates (empty: every day). */
    public record RoomBody(Integer floor, String kind, Integer capacity, Integer rows, Integer columns, String pattern,
                           Boolean accessible, Boolean spare, Integer firstMachine, List<String> days) {
    }

    /** One page of an area's sites (every area's without {@code area}), by site code; X-Total-Count holds the total. */
    @GET
    @Path("sites")
    public Response sites(@QueryParam("area") String area, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        Page<SiteRow> rows = venues.sites(area, request);
        return Paging.ok(rows.rows(), rows, request, uri);
    }

    @GET
    @Path("sites/{id}")
    public SiteView site(@PathParam("id") long id) {
        return view(venues.site(id));
    }

    /**
     * The rooms of an area lent on a day ({@code day} as 2026-05-23), spare rooms included and flagged, ordered by
     * site code and room number: what seat allocation is given.
     */
    @GET
    @Path("available")
    public List<org.kaowu.scheduling.AvailableRoom> available(@QueryParam("area") String area,
                                                              @QueryParam("day") String day) {
        LocalDate d = org.kaowu.api.Params.date("day", day, locale());
        if (d == null) {
            throw org.kaowu.api.Params.bad("day", "", org.kaowu.shared.Messages.text(locale(), "api.param.date"));
        }
        if (area == null || !org.kaowu.registration.Areas.ALL.contains(area.strip())) {
            throw VenueProblem.invalid(List.of(new VenueProblem(0, "area", "venue.area", area == null ? "" : area)));
        }
        return venues.availableRooms(area.strip(), d);
    }

    /** What importing the file (CSV or XLSX) would do; any problem is a 422 {@code invalid-venue} listing each. */
    @POST
    @Path("import/preview")
    public PreviewView preview(InputStream body) {
        VenuePreview preview = venues.preview(upload(body));
        if (!preview.ok()) {
            throw VenueProblem.invalid(preview.problems());
        }
        return view(preview);
    }

    /** Imports the file, all or nothing: 200 with what was done, or 422 listing every problem (nothing stored). */
    @POST
    @Path("import")
    public PreviewView importFile(InputStream body) {
        return view(venues.importFile(upload(body), actor()));
    }

    @PUT
    @Path("sites/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SiteView editSite(@PathParam("id") long id, SiteBody body) {
        if (body == null) {
            throw VenueProblem.invalid(List.of(new VenueProblem(0, "site_name", "venue.required")));
        }
        VenueData.Site data = new VenueData.Site(body.area(), null, body.name(), body.address(), body.contactPerson(),
                body.contactPhone(), Boolean.TRUE.equals(body.accessible()), Boolean.TRUE.equals(body.hostsPaper()),
                Boolean.TRUE.equals(body.hostsComputer()));
        return view(venues.editSite(id, data, actor()));
    }

    @PUT
    @Path("rooms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoomView editRoom(@PathParam("id") long id, RoomBody body) {
        return view(venues.editRoom(id, room(body), actor()));
    }

    @DELETE
    @Path("rooms/{id}")
    public Response deleteRoom(@PathParam("id") long id) {
        venues.deleteRoom(id, actor());
        return Response.noContent().build();
    }

    @DELETE
    @Path("sites/{id}")
    public Response deleteSite(@PathParam("id") long id) {
        venues.deleteSite(id, actor());
        return Response.noContent().build();
    }

    /** The sample venues file, CSV (UTF-8 with a byte order mark). */
    @GET
    @Path("sample.csv")
    @Produces("text/csv")
    public Response sampleCsv() {
        return Downloads.sample(VenueSamples.csv(), "text/csv; charset=UTF-8", "venues-sample.csv");
    }

    /** The same sample as an Excel workbook. */
    @GET
    @Path("sample.xlsx")
    @Produces(XLSX)
    public Response sampleXlsx() {
        return Downloads.sample(VenueSamples.xlsx(), XLSX, "venues-sample.xlsx");
    }

    /** The room body as data; what cannot be read (missing numbers, unknown kinds, bad days) is a 422 naming each. */
    static VenueData.Room room(RoomBody body) {
        List<VenueProblem> problems = new ArrayList<>();
        if (body == null) {
            throw VenueProblem.invalid(List.of(new VenueProblem(0, "capacity", "venue.required")));
        }
        int floor = required(body.floor(), "floor", problems);
        int capacity = required(body.capacity(), "capacity", problems);
        int rows = required(body.rows(), "rows", problems);
        int columns = required(body.columns(), "columns", problems);
        RoomKind kind = choice(body.kind(), RoomKind.class, "kind", "venue.kind", problems);
        SeatPattern pattern = choice(body.pattern(), SeatPattern.class, "pattern", "venue.pattern", problems);
        List<LocalDate> days = new ArrayList<>();
        for (String d : body.days() == null ? List.<String>of() : body.days()) {
            try {
                days.add(LocalDate.parse(d == null ? "" : d.strip()));
            } catch (DateTimeParseException e) {
                String shown = d == null ? "" : d.length() > 40 ? d.substring(0, 40) + "…" : d;
                problems.add(new VenueProblem(0, "days", "venue.day.bad", shown));
            }
        }
        if (!problems.isEmpty()) {
            throw VenueProblem.invalid(problems);
        }
        return new VenueData.Room(null, floor, kind, capacity, rows, columns, pattern,
                Boolean.TRUE.equals(body.accessible()), Boolean.TRUE.equals(body.spare()), body.firstMachine(), days);
    }

    private static int required(Integer value, String field, List<VenueProblem> problems) {
        if (value == null) {
            problems.add(new VenueProblem(0, field, "venue.required"));
            return 1;
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String field, String key,
                                               List<VenueProblem> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String shown = value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
            problems.add(new VenueProblem(0, field, key, shown));
            return null;
        }
    }

    private byte[] upload(InputStream body) {
        return Uploads.spreadsheet(body, headers, VenueFile.MAX_BYTES);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Locale locale() {
        return org.kaowu.api.Problems.locale(headers.getAcceptableLanguages());
    }

    static PreviewView view(VenuePreview p) {
        return new PreviewView(p.newSites(), p.changedSites(), p.unchangedSites(), p.rooms(), p.sites());
    }

    static SiteView view(ExamSite s) {
        return new SiteView(s.getId(), s.getCode(), s.getName(), s.getArea(), s.getAddress(), s.getContactPerson(),
                s.getContactPhone(), s.isAccessible(), s.isHostsPaper(), s.isHostsComputer(), s.seats(),
                s.getRooms().stream().map(VenueResource::view).toList());
    }

    static RoomView view(ExamRoom r) {
        return new RoomView(r.getId(), r.getNumber(), r.getFloor(), r.getKind().name(), r.getCapacity(), r.getRows(),
                r.getColumns(), r.getPattern().name(), r.isAccessible(), r.isSpare(), r.getFirstMachine(),
                r.getDays().stream().map(LocalDate::toString).toList());
    }
}
