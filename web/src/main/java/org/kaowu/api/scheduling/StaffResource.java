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
import org.kaowu.api.Problems;
import org.kaowu.api.Uploads;
import org.kaowu.platform.security.Role;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.scheduling.staff.StaffData;
import org.kaowu.scheduling.staff.StaffFile;
import org.kaowu.scheduling.staff.StaffMember;
import org.kaowu.scheduling.staff.StaffPool;
import org.kaowu.scheduling.staff.StaffPreview;
import org.kaowu.scheduling.staff.StaffProblem;
import org.kaowu.scheduling.staff.StaffRow;
import org.kaowu.scheduling.staff.StaffRules;
import org.kaowu.scheduling.staff.StaffSamples;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The staff pool (监考人员库) for the exam office: people a page at a time (identity numbers masked, relatives only
 * counted), one person, the staff file import (preview, then all or nothing), corrections and deletions (audited),
 * a sign-in account for a person, and the sample file.
 */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class StaffResource {

    private static final String XLSX = Uploads.XLSX;

    @EJB
    private StaffPool pool;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    /** One person: the identity number masked, relatives counted, never shown. */
    public record StaffView(long id, String idNumber, String name, String employer, String sex, int sittings,
                            String area, String district, List<String> roles, int relatives,
                            List<String> availability, String account) {
    }

    public record PreviewView(int newStaff, int changedStaff, int unchangedStaff) {
    }

    /**
     * Corrections: {@code {"name","employer","sittings","area","district","roles":[…],"availability":[…],"account",
     * "relatives":[…]}}; {@code relatives} absent keeps the declared ones, a list (even empty) replaces them.
     */
    public record StaffBody(String name, String employer, Integer sittings, String area, String district,
                            List<String> roles, List<String> availability, String account, List<String> relatives) {
    }

    public record AccountBody(String username) {
    }

    public record AccountView(String username, String temporaryPassword) {
    }

    /** One page of the pool (of one area, or names and employers containing {@code q}); X-Total-Count holds the total. */
    @GET
    public Response list(@QueryParam("area") String area, @QueryParam("q") String q, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        Page<StaffRow> rows = pool.list(area, q, request);
        return Paging.ok(rows.rows(), rows, request, uri);
    }

    @GET
    @Path("{id}")
    public StaffView one(@PathParam("id") long id) {
        return view(pool.member(id));
    }

    /** What importing the file (CSV or XLSX) would do; any problem is a 422 {@code invalid-staff} listing each. */
    @POST
    @Path("import/preview")
    public PreviewView preview(InputStream body) {
        StaffPreview p = pool.preview(upload(body));
        if (!p.ok()) {
            throw StaffProblem.invalid(p.problems());
        }
        return new PreviewView(p.newStaff(), p.changedStaff(), p.unchangedStaff());
    }

    /** Imports the file, all or nothing: 200 with the counts, or 422 listing every problem (nothing stored). */
    @POST
    @Path("import")
    public PreviewView importFile(InputStream body) {
        StaffPreview p = pool.importFile(upload(body), actor());
        return new PreviewView(p.newStaff(), p.changedStaff(), p.unchangedStaff());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffView edit(@PathParam("id") long id, StaffBody body) {
        if (body == null) {
            throw StaffProblem.invalid(List.of(new StaffProblem(0, "name", "venue.required")));
        }
        List<StaffProblem> problems = new ArrayList<>();
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String r : body.roles() == null ? List.<String>of() : body.roles()) {
            StaffRole role = r == null ? null : StaffRules.role(r);
            if (role == null) {
                problems.add(new StaffProblem(0, "roles", "staff.role", shorten(r)));
            } else {
                roles.add(role);
            }
        }
        if (body.sittings() == null) {
            problems.add(new StaffProblem(0, "sittings", "venue.required"));
        }
        if (!problems.isEmpty()) {
            throw StaffProblem.invalid(problems);
        }
        StaffData data = new StaffData(null, body.name(), body.employer(), null, body.sittings(), body.area(),
                body.district(), roles, body.relatives(),
                body.availability() == null ? List.of() : body.availability().stream()
                        .map(a -> a == null ? "" : a.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)).toList(),
                body.account());
        return view(pool.edit(id, data, body.relatives() != null, actor()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        pool.delete(id, actor());
        return Response.noContent().build();
    }

    /** A SUPERVISOR account for the person: 201 with the user name and a temporary password shown this once. */
    @POST
    @Path("{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response account(@PathParam("id") long id, AccountBody body) {
        StaffPool.NewAccount a = pool.createAccount(id, body == null ? null : body.username(), actor());
        return Response.status(Response.Status.CREATED).entity(new AccountView(a.username(), a.temporaryPassword()))
                .build();
    }

    @GET
    @Path("sample.csv")
    @Produces("text/csv")
    public Response sampleCsv() {
        return Downloads.sample(StaffSamples.csv(), "text/csv; charset=UTF-8", "staff-sample.csv");
    }

    @GET
    @Path("sample.xlsx")
    @Produces(XLSX)
    public Response sampleXlsx() {
        return Downloads.sample(StaffSamples.xlsx(), XLSX, "staff-sample.xlsx");
    }

    static StaffView view(StaffMember m) {
        return new StaffView(m.getId(), m.getMaskedIdNumber(), m.getName(), m.getEmployer(), String.valueOf(m.getSex()),
                m.getSittings(), m.getArea(), m.getDistrict(), m.getRoles().stream().map(Enum::name).toList(),
                m.getRelativeCount(), List.copyOf(m.getAvailability()), m.getAccount());
    }

    private byte[] upload(InputStream body) {
        return Uploads.spreadsheet(body, headers, StaffFile.MAX_BYTES);
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }
}
