package org.kaowu.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.kaowu.platform.security.AccountStandings;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * {@code /account/password}: anyone signed in changes their password; after an ADMIN's reset this is the only page a
 * temporary password opens ({@link AccountStanding}).
 */
@Named
@ViewScoped
public class ChangePasswordView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("current", "password-form:current",
            "password", "password-form:password");

    @EJB
    private Accounts accounts;

    @jakarta.inject.Inject
    private AccountStandings standings;

    private String current;
    private String password;
    private String confirmation;

    /** Whether the password is a temporary one (the page says why it is shown). */
    public boolean isTemporary() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal != null && standings.of(principal.getName()).mustChangePassword();
    }

    public void change() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            FacesFeedback.error("password-form:confirmation", FacesFeedback.text("signup.mismatch"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            accounts.changePassword(ext.getUserPrincipal().getName(), current == null ? new char[0] : current.toCharArray(),
                    password.toCharArray());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
            return;
        } finally {
            current = null;
            password = null;
            confirmation = null;
        }
        ext.getFlash().setKeepMessages(true);
        FacesFeedback.info(FacesFeedback.text("password.changed"), FacesFeedback.text("password.changed.detail"));
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        String home = "/";
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                home = role.home();
            }
        }
        ext.redirect(ext.getRequestContextPath() + home);
        faces.responseComplete();
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
