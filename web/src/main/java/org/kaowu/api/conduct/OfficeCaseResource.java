package org.kaowu.api.conduct;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
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
import org.kaowu.api.Downloads;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Paging;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.conduct.AppealKind;
import org.kaowu.conduct.AppealOutcome;
import org.kaowu.conduct.CaseDefenceFile;
import org.kaowu.conduct.CaseStatus;
import org.kaowu.conduct.Cases;
import org.kaowu.conduct.DecisionDocuments;
import org.kaowu.conduct.MisconductCase;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.PageRequest;

import java.io.InputStream;
import java.util.Locale;

/**
 * The office's misconduct cases ({@code /api/office/cases}): the paged list (filters status, article, exam, area;
 * numbers masked), one case, and each step of the procedure: the rule chosen with a reason, the notice, a written
 * defence recorded for staff, the re-check of a point, the decision and its PDF, the service on staff, appeals and
 * their outcomes. Errors are problem+json.
 */
@Path("office/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class OfficeCaseResource {

    @EJB
    private Cases cases;

    @EJB
    private DecisionDocuments documents;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("article") String article,
                         @QueryParam("exam") String exam, @QueryParam("area") String area,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        Cases.Filter filter = new Cases.Filter(
                status == null || status.isBlank() ? null : Params.enumValue("status", status, CaseStatus.class, locale()),
                number("article", article), longNumber("exam", exam), area);
        var found = cases.search(filter, request);
        return Paging.ok(found.rows().stream().map(CaseJson::row).toList(), found, request, uri);
    }

    private Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw Params.bad(name, value, org.kaowu.shared.Messages.text(locale(), "api.param.range", 1, 99));
        }
    }

    private Long longNumber(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw Params.bad(name, value, org.kaowu.shared.Messages.text(locale(), "api.param.string"));
        }
    }

    private JsonObject detail(long id) {
        MisconductCase c = cases.find(id);
        return CaseJson.detail(cases.detail(c), locale(), true, cases.referred(c, actor()));
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id) {
        return detail(id);
    }

    /** {@code {"ruleCode", "reason"}}: another rule than proposed needs a reason (422 reason-required). */
    @POST
    @Path("{id}/rule")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject rule(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        cases.chooseRule(id, f.text("ruleCode"), f.text("reason"), actor());
        return detail(id);
    }

    /** {@code {"facts"?, "method"?, "address"?}}: serves the notice of the proposed decision. */
    @POST
    @Path("{id}/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject notice(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        cases.serveNotice(id, f.text("facts"), f.text("method"), f.text("address"), actor());
        return detail(id);
    }

    /** A written defence the office records (staff without an account), as the candidate's defence is sent. */
    @POST
    @Path("{id}/defences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response defence(@PathParam("id") long id, InputStream body) {
        CaseUploads.Defence d = CaseUploads.read(body, headers, locale());
        cases.recordDefence(id, d.text(), d.points(), d.files(), actor());
        return Response.status(Response.Status.CREATED).entity(detail(id)).build();
    }

    /** {@code {"finding"}}: the re-check of one point raised. */
    @POST
    @Path("{id}/points/{point}/recheck")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject recheck(@PathParam("id") long id, @PathParam("point") long point, JsonObject body) {
        cases.recheck(id, point, JsonFields.of(body, locale()).text("finding"), actor());
        return detail(id);
    }

    /** {@code {"reasons"}}: issues the written decision and applies its effects. */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject decide(@PathParam("id") long id, JsonObject body) {
        cases.decide(id, JsonFields.of(body, locale()).text("reasons"), actor());
        return detail(id);
    }

    @GET
    @Path("{id}/decision.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        MisconductCase c = cases.find(id);
        return Response.ok(documents.decision(id), "application/pdf")
                .header("Content-Disposition", Downloads.attachment(c.getNumber(), ".pdf", "decision.pdf")).build();
    }

    /** {@code {"method": IN_PERSON|POST|ONLINE, "address"}}: the service of the decision on staff. */
    @POST
    @Path("{id}/service")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject serve(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        cases.serveDecision(id, f.text("method"), f.text("address"), actor());
        return detail(id);
    }

    /** {@code {"kind": REVIEW|LITIGATION|STAFF_REVIEW, "filedOn"?, "note"}}: refused after its limit (422 appeal-late). */
    @POST
    @Path("{id}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appeal(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        cases.appeal(id, f.enumValue("kind", AppealKind.class), f.date("filedOn"), f.text("note"), actor());
        return Response.status(Response.Status.CREATED).entity(detail(id)).build();
    }

    /** {@code {"outcome": UPHELD|QUASHED|CHANGED, "ruleCode"?, "reason"}}: the outcome and its effects. */
    @POST
    @Path("{id}/appeals/{appeal}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject outcome(@PathParam("id") long id, @PathParam("appeal") long appeal, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        cases.settle(id, appeal, f.enumValue("outcome", AppealOutcome.class), f.text("ruleCode"), f.text("reason"), actor());
        return detail(id);
    }

    /** A file sent with a defence (always an attachment). */
    @GET
    @Path("{id}/files/{file}")
    @Produces({"application/pdf", "image/jpeg"})
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        CaseDefenceFile f = cases.file(id, file)
                .orElseThrow(() -> new DomainException(Cases.NOT_FOUND, 404, "file", "conduct.case.notFound", id));
        return Response.ok(f.getContent(), f.getContentType()).header("Content-Disposition",
                Downloads.attachment(f.getFileName(), f.getContentType().equals("application/pdf") ? ".pdf" : ".jpg",
                        "defence")).build();
    }
}
