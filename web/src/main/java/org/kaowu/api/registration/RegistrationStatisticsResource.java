package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.api.Params;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.OfficeRegistrations;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.CsvExport;
import org.kaowu.shared.Messages;

import java.util.List;
import java.util.Locale;

/** Registrations by exam, area, path and status in a year (this year by default): as JSON, or as CSV. */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class RegistrationStatisticsResource extends OfficeEndpoint {

    @Inject
    private AuthorityClock clock;

    @EJB
    private OfficeRegistrations office;

    /** The year asked for; without one, the year the office's page opens on (registration open, else the latest). */
    private int year(String year) {
        return year == null || year.isBlank() ? office.statisticsYear()
                : Params.range("year", year, 2000, 2100, clock.today().getYear(), locale());
    }

    @GET
    @Path("statistics")
    public List<OfficeRegistrations.Count> statistics(@QueryParam("year") String year) {
        return office.statistics(year(year));
    }

    /**
     * The same counts as a CSV file for a spreadsheet (UTF-8 with BOM; headings in the caller's language; any cell a
     * spreadsheet would run as a formula is neutralised).
     */
    @GET
    @Path("statistics.csv")
    @Produces("text/csv")
    public Response statisticsCsv(@QueryParam("year") String year) {
        int y = year(year);
        Locale l = locale();
        CsvExport csv = new CsvExport().row(
                Messages.text(l, "export.statistics.year"), Messages.text(l, "export.statistics.exam"),
                Messages.text(l, "export.statistics.area"), Messages.text(l, "export.statistics.path"),
                Messages.text(l, "export.statistics.status"), Messages.text(l, "export.statistics.count"));
        for (OfficeRegistrations.Count c : office.statistics(y)) {
            csv.row(c.year(), c.exam(), c.area(), Messages.text(l, "export.path." + c.path()),
                    Messages.text(l, "export.status." + c.status()), c.count());
        }
        return Response.ok(csv.toString(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"registrations-" + y + ".csv\"").build();
    }
}
