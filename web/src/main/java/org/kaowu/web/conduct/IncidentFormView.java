package org.kaowu.web.conduct;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.scheduling.staff.Rosters;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The report form (supervisor/report?duty=…): the page is a shell for the script that talks to /api/supervisor (so a
 * draft lives in the browser and survives reloads and lost connections); this bean only finds the signed-in
 * supervisor's own duty to head it, and the current Beijing time to start the form with.
 */
@Named
@ViewScoped
public class IncidentFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Rosters rosters;

    @Inject
    private AuthorityClock clock;

    private Long duty;
    private Rosters.MyDuty dutyView;

    public void load() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        if (principal == null || duty == null) {
            return;
        }
        dutyView = rosters.dutiesOf(principal.getName()).stream().filter(d -> d.id() == duty).findFirst().orElse(null);
    }

    public String getNow() {
        return LocalDateTime.ofInstant(clock.now(), AuthorityClock.ZONE)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    public String getRoleLabel() {
        return dutyView == null ? "" : FacesFeedback.core("rosters.role." + dutyView.role());
    }

    public Long getDuty() { return duty; }
    public void setDuty(Long duty) { this.duty = duty; }
    public Rosters.MyDuty getDutyView() { return dutyView; }
}
