package org.kaowu.web.registration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.kaowu.platform.security.Accounts;

/** The signed-in account, looked up once per request. */
@Named
@RequestScoped
public class CurrentAccount {

    @EJB
    private Accounts accounts;

    private Long id;

    public long id() {
        if (id == null) {
            id = accounts.find(name()).orElseThrow().getId();
        }
        return id;
    }

    public String name() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }
}
