package org.kaowu.api.plan;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.UriInfo;
import org.kaowu.api.Paging;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.Role;
import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.JobRun;
import org.kaowu.plan.PlanCalendar;
import org.kaowu.plan.PlanFile;
import org.kaowu.plan.PlanPreview;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.Timeline;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Annual plans: the public calendar, and the office's import, publication and changes. */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @jakarta.inject.Inject
    private org.kaowu.shared.AuthorityClock clock;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX").withZone(AuthorityClock.ZONE);

    @EJB
    private AnnualPlans plans;

    @EJB
    private PlanCalendar calendar;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public record PlanSummary(int year, String title, String authority, String status, int exams) {
    }

    public record SubjectView(String level, String code, String name, int durationMinutes, BigDecimal fullMarks,
                              BigDecimal passMark, Integer rollingYears, BigDecimal fee) {
    }

    public record SessionView(String level, String subjectCode, String date, String start, String end, String mode) {
    }

    public record ExamView(String code, String qualification, String catalogueName, String catalogueCode,
                           String catalogueEdition, String subItem, List<String> levels, String phase,
                           Map<String, String> windows, Map<String, Map<String, String>> areas,
                           List<SubjectView> subjects, List<SessionView> sessions) {
    }

    public record PlanView(int year, String title, String authority, String status, List<ExamView> exams) {
    }

    public record Jobs(List<PlanCalendar.Due> scheduled, List<Run> runs) {
    }

    public record Run(String exam, String edge, Instant scheduledFor, Instant firedAt, String outcome, String phaseAfter,
                      String detail, String node) {
    }

    private boolean office() {
        return security.isUserInRole(Role.OFFICE_NAME);
    }

    @GET
    @PermitAll
    public List<PlanSummary> list() {
        return plans.summaries().stream().filter(p -> office() || p.status() != PlanStatus.DRAFT)
                .map(p -> new PlanSummary(p.year(), p.title(), p.authority(), p.status().name(), p.exams())).toList();
    }

    @GET
    @Path("{year}")
    @PermitAll
    public PlanView plan(@PathParam("year") int year) {
        AnnualPlan plan = visible(year);
        return new PlanView(plan.getYear(), plan.getTitle(), plan.getAuthority(), plan.getStatus().name(),
                plan.getExams().stream().map(PlanResource::view).toList());
    }

    /** A draft is the office's business: to everyone else it does not exist yet. */
    private AnnualPlan visible(int year) {
        AnnualPlan plan = plans.plan(year);
        if (plan.getStatus() == PlanStatus.DRAFT && !office()) {
            throw new DomainException("no-such-plan", 404, "year", "plan.noSuchPlan");
        }
        return plan;
    }

    static ExamView view(Exam e) {
        Map<String, Map<String, String>> areas = new LinkedHashMap<>();
        e.areaTimelines().forEach((area, t) -> areas.put(area, moments(t)));
        return new ExamView(e.getCode(), e.getQualification(), e.getCatalogueName(), e.getCatalogueCode(),
                e.getCatalogueEdition(), e.getSubItem(), e.getLevels(), e.getPhase().name(), moments(e.timeline()), areas,
                e.subjectData().stream().map(s -> new SubjectView(s.level(), s.code(), s.name(), s.durationMinutes(),
                        s.fullMarks(), s.passMark(), s.rollingYears(), s.fee())).toList(),
                e.sessionData().stream().map(s -> new SessionView(s.level(), s.subjectCode(), s.date().toString(),
                        s.start().toString(), s.end().toString(), s.mode().name())).toList());
    }

    static Map<String, String> moments(Timeline t) {
        Map<String, String> m = new LinkedHashMap<>();
        t.moments().forEach((k, v) -> m.put(k, LOCAL.format(v)));
        return m;
    }

    /**
     * Imports a plan file (CSV or XLSX, columns in the README) as the year's draft. {@code dryRun=true} answers the
     * preview; any problem is a 422 {@code invalid-plan} listing every one, and nothing is stored.
     */
    @POST
    @Path("{year}/import")
    @RolesAllowed(Role.OFFICE_NAME)
    public Response importPlan(java.io.InputStream body, @PathParam("year") int year, @QueryParam("title") String title,
                               @QueryParam("authority") String authority, @QueryParam("dryRun") boolean dryRun) {
        // At most PlanFile.MAX_BYTES is read: a larger file is a 413 naming the limit.
        byte[] csv = org.kaowu.api.Uploads.spreadsheet(body, headers, PlanFile.MAX_BYTES);
        if (dryRun) {
            PlanPreview preview = plans.preview(year, csv);
            if (!preview.ok()) {
                throw DomainException.unprocessable("invalid-plan", preview.problems().get(0).field(), "plan.invalid",
                        preview.problems().size()).with("problems", new ArrayList<>(preview.problems()));
            }
            return Response.ok(preview.exams()).build();
        }
        AnnualPlan plan = plans.importPlan(year, title, authority, csv, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(plan(plan.getYear())).build();
    }

    @POST
    @Path("{year}/publish")
    @RolesAllowed(Role.OFFICE_NAME)
    public PlanView publish(@PathParam("year") int year) {
        plans.publish(year, security.getUserPrincipal().getName());
        return plan(year);
    }

    /**
     * Changes an exam's national windows (a draft's freely; a published one's with a reason): {@code {"reason": "…", "windows": {"examStart": "2023-09-16", …}}}.
     * Windows not given keep their value; dates mean 00:00 for what opens and 24:00 for what closes.
     */
    @PUT
    @Path("{year}/exams/{code}/windows")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public ExamView reschedule(@PathParam("year") int year, @PathParam("code") String code, JsonObject body) {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        if (body == null) {
            throw Params.bad("body", "", Messages.text(locale, "api.param.json"));
        }
        Exam exam = plans.plan(year).getExams().stream().filter(e -> e.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam"));
        String area = body.get("area") instanceof JsonString a ? a.getString().strip() : "";
        Map<String, Instant> moments = new HashMap<>(exam.timeline(area).moments());
        JsonObject windows = body.containsKey("windows") && body.get("windows") instanceof JsonObject w ? w : JsonObject.EMPTY_JSON_OBJECT;
        for (String edge : windows.keySet()) {
            if (!Timeline.EDGES.contains(edge)) {
                throw Params.bad("windows." + edge, edge, String.join(", ", Timeline.EDGES));
            }
            String value = windows.get(edge) instanceof JsonString s ? s.getString() : "";
            Instant at = PlanFile.moment(value, Timeline.CLOSING.contains(edge));
            if (at == null) {
                throw Params.bad("windows." + edge, value, Messages.text(locale, "plan.row.badMoment", value));
            }
            moments.put(edge, at);
        }
        String reason = body.get("reason") instanceof JsonString s ? s.getString() : null;
        return view(plans.reschedule(year, code, area, Timeline.of(moments), reason, security.getUserPrincipal().getName()));
    }

    public record NewPlan(Integer year, String title, String authority) {
    }

    /** The sample plan the import page offers, as CSV (UTF-8 with a byte order mark) for any spreadsheet. */
    @GET
    @Path("sample.csv")
    @Produces("text/csv")
    @PermitAll
    public Response sampleCsv() {
        return org.kaowu.api.Downloads.sample(org.kaowu.plan.PlanSamples.csv(), "text/csv; charset=UTF-8",
                "plan-sample-2023.csv");
    }

    /** The same sample as an Excel workbook (every cell text, so dates and codes arrive as written). */
    @GET
    @Path("sample.xlsx")
    @Produces(org.kaowu.api.Uploads.XLSX)
    @PermitAll
    public Response sampleXlsx() {
        return org.kaowu.api.Downloads.sample(org.kaowu.plan.PlanSamples.xlsx(), org.kaowu.api.Uploads.XLSX,
                "plan-sample-2023.xlsx");
    }

    /** An empty draft for the year: {@code {"year": 2027, "title": "…", "authority": "…"}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public Response create(NewPlan body) {
        if (body == null || body.year() == null) {
            throw DomainException.badInput("invalid-plan", "year", "plan.badYear");
        }
        AnnualPlan plan = plans.createDraft(body.year(), body.title(), body.authority(), security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).location(java.net.URI.create("plans/" + plan.getYear()))
                .entity(plan(plan.getYear())).build();
    }

    /**
     * Adds an exam to a draft, or replaces it, in the shape {@code GET /api/plans/{year}} gives (the body's code may
     * rename it). On a published plan: the same exam's windows, subjects and sessions, with {@code "reason"}.
     */
    @PUT
    @Path("{year}/exams/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.OFFICE_NAME)
    public Response saveExam(@PathParam("year") int year, @PathParam("code") String code, JsonObject body) {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        if (body == null) {
            throw Params.bad("body", "", Messages.text(locale, "api.param.json"));
        }
        boolean exists = plans.plan(year).getExams().stream().anyMatch(e -> e.getCode().equals(code));
        String reason = body.get("reason") instanceof JsonString s ? s.getString() : null;
        Exam exam = plans.saveExam(year, exists ? code : null, ExamJson.read(body, locale), reason,
                security.getUserPrincipal().getName());
        return Response.status(exists ? Response.Status.OK : Response.Status.CREATED).entity(view(exam)).build();
    }

    @DELETE
    @Path("{year}/exams/{code}")
    @RolesAllowed(Role.OFFICE_NAME)
    public Response removeExam(@PathParam("year") int year, @PathParam("code") String code) {
        plans.removeExam(year, code, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    /** A published plan whose calendar has run its course becomes read-only. */
    @POST
    @Path("{year}/archive")
    @RolesAllowed(Role.OFFICE_NAME)
    public PlanView archive(@PathParam("year") int year) {
        plans.archive(year, security.getUserPrincipal().getName());
        return plan(year);
    }

    /**
     * What the calendar will do (every scheduled edge), and what it did: one page of the runs, latest first
     * ({@code page}, {@code size}; their total in {@code X-Total-Count}).
     */
    @GET
    @Path("{year}/jobs")
    @RolesAllowed(Role.OFFICE_NAME)
    public Response jobs(@PathParam("year") int year, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, Problems.locale(headers.getAcceptableLanguages()));
        AnnualPlan plan = plans.plan(year);
        Map<Long, String> codes = new HashMap<>();
        plan.getExams().forEach(e -> codes.put(e.getId(), e.getCode()));
        List<PlanCalendar.Due> scheduled = calendar.scheduled(plan.getExams());
        Page<JobRun> found = plans.runs(year, request);
        List<Run> runs = found.rows().stream().map((JobRun r) -> new Run(codes.get(r.getExamId()), r.getEdge(),
                r.getScheduledFor(), r.getFiredAt(), r.getOutcome().name(),
                r.getPhaseAfter() == null ? null : r.getPhaseAfter().name(), r.getDetail(), r.getNode())).toList();
        return Paging.ok(new Jobs(scheduled, runs), found, request, uri);
    }

    /** The published calendar as iCalendar (RFC 5545): one event per session, one per window edge. */
    @GET
    @Path("{year}/calendar.ics")
    @Produces("text/calendar")
    @PermitAll
    public Response ics(@PathParam("year") int year) {
        AnnualPlan plan = visible(year);
        return Response.ok(IcsCalendar.of(plan, clock.now()), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kaowu-" + year + ".ics\"").build();
    }
}
