package org.kaowu.web.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.scheduling.staff.Rosters;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/** The supervisor's home (supervisor/): the signed-in staff member's own duties, nothing of anyone else's. */
@Named
@ViewScoped
public class SupervisorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Rosters rosters;

    private List<Rosters.MyDuty> duties = List.of();

    @PostConstruct
    void load() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        duties = principal == null ? List.of() : rosters.dutiesOf(principal.getName());
    }

    public String roleLabel(Object role) {
        return role == null ? "" : FacesFeedback.core("rosters.role." + role);
    }

    public String partners(List<String> names) {
        return names == null ? "" : String.join(FacesFeedback.text("venues.separator"), names);
    }

    /** The duty's id, for the incident report form's link (conduct). */
    public long dutyId(Rosters.MyDuty duty) {
        return duty.id();
    }

    public List<Rosters.MyDuty> getDuties() { return duties; }
}
