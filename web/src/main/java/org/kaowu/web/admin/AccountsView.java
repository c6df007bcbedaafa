package org.kaowu.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.platform.security.Account;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Staff accounts: the ADMIN creates them here (candidates sign up themselves). */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("username", "account-form:username",
            "displayName", "account-form:display-name", "role", "account-form:role", "password", "account-form:password");

    @EJB
    private Accounts accounts;

    private List<Account> staff;
    private String username;
    private String displayName;
    private Role role = Role.OFFICE;
    private String password;

    @PostConstruct
    void init() {
        staff = accounts.staff();
    }

    public void create() {
        try {
            String actor = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
            String created = accounts.createStaff(username, displayName, role, password == null ? new char[0]
                    : password.toCharArray(), actor);
            FacesFeedback.info(FacesFeedback.text("accounts.created"), created);
            username = null;
            displayName = null;
            password = null;
            staff = accounts.staff();
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    public List<Role> getStaffRoles() {
        return List.of(Role.OFFICE, Role.SUPERVISOR, Role.ADMIN);
    }

    public List<Account> getStaff() { return staff; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
