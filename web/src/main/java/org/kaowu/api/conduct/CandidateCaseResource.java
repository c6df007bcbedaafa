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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.Downloads;
import org.kaowu.api.Problems;
import org.kaowu.conduct.CaseDefenceFile;
import org.kaowu.conduct.Cases;
import org.kaowu.conduct.DecisionDocuments;
import org.kaowu.conduct.MisconductCase;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.DomainException;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * A candidate's own misconduct cases ({@code /api/cases}): the list, one case (another's is a 404), the defence
 * before the deadline (a later one is a 422 defence-late naming the deadline), their files, the decision PDF.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CANDIDATE_NAME)
public class CandidateCaseResource {

    @EJB
    private Cases cases;

    @EJB
    private DecisionDocuments documents;

    @EJB
    private Accounts accounts;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    private long me() {
        return accounts.find(security.getUserPrincipal().getName()).orElseThrow().getId();
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    @GET
    public List<JsonObject> mine() {
        return cases.mine(me()).stream().map(CaseJson::row).toList();
    }

    private JsonObject detail(long me, long id) {
        MisconductCase c = cases.own(me, id);
        return CaseJson.detail(cases.detail(c), locale(), false, false);
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id) {
        return detail(me(), id);
    }

    /** {@code {"text", "points"?, "files"?: [{"name", "content": base64}]}}: the statement and defence. */
    @POST
    @Path("{id}/defences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response defend(@PathParam("id") long id, InputStream body) {
        long me = me();
        cases.own(me, id);
        CaseUploads.Defence d = CaseUploads.read(body, headers, locale());
        cases.defend(me, id, d.text(), d.points(), d.files(), security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(detail(me, id)).build();
    }

    @GET
    @Path("{id}/decision.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        long me = me();
        MisconductCase c = cases.own(me, id);
        return Response.ok(documents.decisionOf(me, id), "application/pdf")
                .header("Content-Disposition", Downloads.attachment(c.getNumber(), ".pdf", "decision.pdf")).build();
    }

    @GET
    @Path("{id}/files/{file}")
    @Produces({"application/pdf", "image/jpeg"})
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        cases.own(me(), id);
        CaseDefenceFile f = cases.file(id, file)
                .orElseThrow(() -> new DomainException(Cases.NOT_FOUND, 404, "file", "conduct.case.notFound", id));
        return Response.ok(f.getContent(), f.getContentType()).header("Content-Disposition",
                Downloads.attachment(f.getFileName(), f.getContentType().equals("application/pdf") ? ".pdf" : ".jpg",
                        "defence")).build();
    }
}
