package org.kaowu.api.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.Downloads;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.Role;
import org.kaowu.scheduling.documents.RoomDocuments;
import org.kaowu.shared.DomainException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Room documents for the office: the sites and days of an exam's current seats in an area, and one site's documents
 * for a day as one PDF (site summary, door lists, sign-in sheets with photos and seat plans).
 */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class RoomDocumentResource {

    @EJB
    private RoomDocuments documents;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    /** {@code GET /api/documents/exams/{id}/sites?area=}: per site and day, rooms and candidates. */
    @GET
    @Path("exams/{id}/sites")
    @RolesAllowed(Role.OFFICE_NAME)
    public List<RoomDocuments.SiteDay> sites(@PathParam("id") long exam, @QueryParam("area") String area) {
        return documents.sites(exam, area);
    }

    /** {@code GET /api/documents/exams/{id}/sites/{site}?area=&day=}: the site's documents as one PDF. */
    @GET
    @Path("exams/{id}/sites/{site}")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed(Role.OFFICE_NAME)
    public Response site(@PathParam("id") long exam, @PathParam("site") long site, @QueryParam("area") String area,
                         @QueryParam("day") String day) {
        LocalDate d;
        try {
            d = LocalDate.parse(day == null ? "" : day.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.badInput("invalid-day", "day", "roomDocs.badDay", day == null ? "" : day);
        }
        RoomDocuments.Pdf pdf = documents.site(exam, area, site, d, Problems.locale(headers.getAcceptableLanguages()),
                security.getUserPrincipal().getName());
        return Response.ok(pdf.pdf(), "application/pdf")
                .header("Content-Disposition", Downloads.attachment(pdf.fileName(), ".pdf", "documents.pdf"))
                .header("Cache-Control", "no-store").build();
    }
}
