package org.kaowu.api.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import org.kaowu.api.Downloads;
import org.kaowu.api.Paging;
import org.kaowu.api.Problems;
import org.kaowu.api.Uploads;
import org.kaowu.certification.Results;
import org.kaowu.certification.RollingPeriod;
import org.kaowu.certification.ScoreFile;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.PageRequest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The office's results ({@code /api/office/results}): exams held, an exam's counts and distribution, pass marks (set
 * before publication), the score file's preview and import (all or nothing; after publication with a reason), the
 * scores a page at a time (names and numbers masked), the rolling periods, a registration's standing, the sample file.
 */
@Path("office/results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class OfficeResultsResource {

    @EJB
    private Results results;

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
    @Path("exams")
    public List<Results.ExamChoice> exams() {
        return results.exams();
    }

    @GET
    @Path("exams/{id}")
    public Results.Summary summary(@PathParam("id") long id) {
        return results.summary(id);
    }

    @GET
    @Path("exams/{id}/pass-marks")
    public List<Results.SubjectMark> passMarks(@PathParam("id") long id) {
        return results.passMarks(id);
    }

    /** {@code {"mark": 84}}: the subject's pass mark until publication. */
    @PUT
    @Path("exams/{id}/pass-marks/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Results.SubjectMark setPassMark(@PathParam("id") long id, @PathParam("subject") String subject, JsonObject body) {
        JsonValue v = body == null ? null : body.get("mark");
        BigDecimal mark;
        if (v instanceof JsonNumber n) {
            mark = n.bigDecimalValue();
        } else if (v instanceof JsonString s && s.getString().strip().matches("\\d{1,5}(\\.\\d+)?")) {
            mark = new BigDecimal(s.getString().strip());
        } else {
            throw DomainException.badInput("invalid-pass-mark", "mark", "results.passMark.range", "—");
        }
        return results.setPassMark(id, subject, mark, actor());
    }

    /** The file's effect without storing anything: counts, or 422 {@code invalid-scores} listing every problem. */
    @POST
    @Path("exams/{id}/import/preview")
    public Results.Preview preview(@PathParam("id") long id, InputStream body) {
        Results.Preview p = results.preview(id, Uploads.spreadsheet(body, headers, ScoreFile.MAX_BYTES));
        if (!p.ok()) {
            throw refused(p);
        }
        return p;
    }

    /** Imports the file, all or nothing; after publication a change needs {@code reason}. */
    @POST
    @Path("exams/{id}/import")
    public Results.Preview importFile(@PathParam("id") long id, @QueryParam("reason") String reason, InputStream body) {
        return results.importFile(id, Uploads.spreadsheet(body, headers, ScoreFile.MAX_BYTES), reason, actor());
    }

    private static DomainException refused(Results.Preview p) {
        return DomainException.unprocessable(Results.INVALID, "file", "results.invalid", p.problems().size())
                .with("problems", new ArrayList<>(p.problems()));
    }

    /** One page of scores ({@code subject} optional; {@code sort} subject, score or area, {@code -} for descending). */
    @GET
    @Path("exams/{id}/scores")
    public Response scores(@PathParam("id") long id, @QueryParam("subject") String subject,
                           @QueryParam("sort") String sort, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        if (sort != null && !sort.isBlank()) {
            boolean desc = sort.startsWith("-");
            request = request.sorted(desc ? sort.substring(1) : sort, desc);
        }
        var found = results.results(id, subject, request);
        return Paging.ok(found.rows(), found, request, uri);
    }

    /** The standing of a registration's candidate in its qualification and level, as of today. */
    @GET
    @Path("standing/{registration}")
    public StandingJson standing(@PathParam("registration") long registration) {
        return StandingJson.of(results.standingOf(registration), locale());
    }

    public record Period(String catalogueCode, String level, int exemptSubjects, int years, String source) {
    }

    @GET
    @Path("rolling-periods")
    public List<Period> rollingPeriods() {
        return results.rollingPeriods().stream().map((RollingPeriod p) -> new Period(p.getCatalogueCode(), p.getLevel(),
                p.getExemptSubjects(), p.getYears(), p.getSource())).toList();
    }

    @GET
    @Path("sample.csv")
    @Produces("text/csv")
    public Response sampleCsv() {
        return Downloads.sample(Results.sampleCsv(), "text/csv; charset=UTF-8", "scores-sample.csv");
    }

    @GET
    @Path("sample.xlsx")
    @Produces(Uploads.XLSX)
    public Response sampleXlsx() {
        return Downloads.sample(Results.sampleXlsx(), Uploads.XLSX, "scores-sample.xlsx");
    }
}
