package org.kaowu.web.conduct;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.conduct.IncidentReports;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** supervisor/reports: my incident reports, and those of my sites awaiting my confirmation as site head. */
@Named
@ViewScoped
public class IncidentReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IncidentReports reports;

    private List<IncidentReports.Row> mine = List.of();
    private List<IncidentReports.Row> awaiting = List.of();

    @PostConstruct
    void load() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        if (principal != null) {
            mine = reports.mine(principal.getName());
            awaiting = reports.awaitingConfirmation(principal.getName());
        }
    }

    public String moment(Instant at) {
        return IncidentReportView.beijing(at);
    }

    public List<IncidentReports.Row> getMine() { return mine; }
    public List<IncidentReports.Row> getAwaiting() { return awaiting; }
}
