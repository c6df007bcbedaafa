package org.kaowu.web.conduct;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.conduct.IncidentAddendum;
import org.kaowu.conduct.IncidentAttestation;
import org.kaowu.conduct.IncidentReport;
import org.kaowu.conduct.IncidentReports;
import org.kaowu.conduct.RuleBook;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * One incident report (supervisor/report-view?id=…), for its reporter and the site's site head: the facts, the
 * signature or the attesting staff, the evidence (links to the API, attachments), the addenda; the site head's
 * confirmation; an addendum. A confirmed report shows no way to change it.
 */
@Named
@ViewScoped
public class IncidentReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private IncidentReports reports;

    @EJB
    private RuleBook rules;

    private Long id;
    private IncidentReport report;
    private String behaviour;
    private boolean mayConfirm;
    private List<IncidentAttestation> attestations = List.of();
    private List<IncidentReports.EvidenceInfo> evidence = List.of();
    private List<IncidentAddendum> addenda = List.of();
    private String addendum;

    static String beijing(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(AuthorityClock.ZONE));
    }

    private String me() {
        var p = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return p == null ? "" : p.getName();
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            report = reports.read(me(), false, id);
        } catch (DomainException e) {
            report = null;
            FacesFeedback.refused(e, Map.of());
            return;
        }
        behaviour = rules.version(report.getRuleId()).map(r -> r.behaviour(FacesFeedback.locale())).orElse("");
        mayConfirm = reports.mayConfirm(me(), report);
        attestations = reports.attestations(id);
        evidence = reports.evidence(id);
        addenda = reports.addenda(id);
    }

    public void confirm() {
        try {
            reports.confirm(me(), id);
            FacesFeedback.info(FacesFeedback.text("report.confirmed"), null);
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
        load();
    }

    public void addAddendum() {
        try {
            reports.addendum(me(), id, addendum);
            addendum = null;
            FacesFeedback.info(FacesFeedback.text("report.addendum.added"), null);
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("text", "report-addendum-form:addendum"));
        }
    }

    public String moment(Instant at) {
        return beijing(at);
    }

    public String partyLabel() {
        return report == null ? "" : FacesFeedback.text("report.party." + report.getParty());
    }

    public String statusLabel(Object status) {
        return status == null ? "" : FacesFeedback.text("report.status." + status);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public IncidentReport getReport() { return report; }
    public String getBehaviour() { return behaviour; }
    public boolean isMayConfirm() { return mayConfirm; }
    public List<IncidentAttestation> getAttestations() { return attestations; }
    public List<IncidentReports.EvidenceInfo> getEvidence() { return evidence; }
    public List<IncidentAddendum> getAddenda() { return addenda; }
    public String getAddendum() { return addendum; }
    public void setAddendum(String addendum) { this.addendum = addendum; }
}
