package org.kaowu.api.conduct;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.conduct.IncidentReports;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.CsvExport;
import org.kaowu.shared.Messages;

import java.util.List;
import java.util.Locale;

/**
 * Confirmed incident reports counted by article, exam, area and site ({@code dimension}), filtered by {@code year},
 * {@code exam} and {@code area} (each optional): as JSON, or as CSV (UTF-8 with BOM, headings in the caller's language,
 * formula cells neutralised).
 */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class ConductStatisticsResource {

    @EJB
    private IncidentReports reports;

    @Context
    private HttpHeaders headers;

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    private List<IncidentReports.Count> counts(String year, String exam, String area) {
        Integer y = year == null || year.isBlank() ? null : Params.range("year", year, 2000, 2100, 2000, locale());
        Long e = null;
        if (exam != null && !exam.isBlank()) {
            if (!exam.trim().matches("\\d{1,18}")) {
                throw Params.bad("exam", exam, "number");
            }
            e = Long.parseLong(exam.trim());
        }
        return reports.statistics(y, e, area, locale());
    }

    @GET
    @Path("conduct/statistics")
    public List<IncidentReports.Count> statistics(@QueryParam("year") String year, @QueryParam("exam") String exam,
                                                  @QueryParam("area") String area) {
        return counts(year, exam, area);
    }

    @GET
    @Path("conduct/statistics.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("year") String year, @QueryParam("exam") String exam,
                        @QueryParam("area") String area) {
        Locale l = locale();
        CsvExport csv = new CsvExport().row(Messages.text(l, "conduct.stats.csv.dimension"),
                Messages.text(l, "conduct.stats.csv.group"), Messages.text(l, "conduct.stats.csv.count"));
        for (IncidentReports.Count c : counts(year, exam, area)) {
            csv.row(Messages.text(l, "conduct.stats.dimension." + c.dimension()), c.label(), c.count());
        }
        return Response.ok(csv.toString(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"conduct-statistics.csv\"").build();
    }
}
