package org.kaowu.api.conduct;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.Downloads;
import org.kaowu.api.Uploads;
import org.kaowu.conduct.IdenticalAnswers;
import org.kaowu.platform.security.Role;

import java.io.InputStream;

/**
 * The marking centre's confirmed identical answers (Art. 11): {@code POST /api/office/conduct/identical-answers} with
 * the CSV or XLSX file as the body, all or nothing (422 {@code invalid-identical-answers} listing every problem), and
 * the sample files.
 */
@Path("office/conduct/identical-answers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class IdenticalAnswersResource {

    @EJB
    private IdenticalAnswers identical;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @POST
    public IdenticalAnswers.Result importFile(InputStream body) {
        return identical.importFile(Uploads.spreadsheet(body, headers, IdenticalAnswers.MAX_BYTES),
                security.getUserPrincipal().getName());
    }

    @GET
    @Path("sample.csv")
    @Produces("text/csv")
    public Response sampleCsv() {
        return Downloads.sample(IdenticalAnswers.sampleCsv(), "text/csv; charset=UTF-8", "identical-answers-sample.csv");
    }

    @GET
    @Path("sample.xlsx")
    @Produces(Uploads.XLSX)
    public Response sampleXlsx() {
        return Downloads.sample(IdenticalAnswers.sampleXlsx(), Uploads.XLSX, "identical-answers-sample.xlsx");
    }
}
