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

/**
 * Staff accounts: the ADMIN creates them here (candidates sign up themselves), and unlocks, disables, enables or
 * resets one, each with a reason that goes into the audit trail. A reset's temporary password is shown once.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("username", "account-form:username",
            "displayName", "account-form:display-name", "role", "account-form:role", "password", "account-form:password");
    private static final Map<String, String> TOOL_FIELDS = Map.of("reason", "tool-form:reason");

    /** The ADMIN's tools on one account. */
    public enum Tool { UNLOCK, DISABLE, ENABLE, RESET }

    /** One staff account as the list shows it. */
    public record Row(String username, String displayName, Role role, boolean enabled, boolean locked,
                      String createdAt, String createdBy) implements Serializable {
        public String getUsername() { return username; }
        public String getDisplayName() { return displayName; }
        public Role getRole() { return role; }
        public boolean isEnabled() { return enabled; }
        public boolean isLocked() { return locked; }
        public String getCreatedAt() { return createdAt; }
        public String getCreatedBy() { return createdBy; }
    }

    @EJB
    private Accounts accounts;

    private List<Row> staff;
    private String username;
    private String displayName;
    private Role role = Role.OFFICE;
    private String password;

    private String target;
    private Tool tool;
    private String reason;
    private String temporaryFor;
    private String temporaryPassword;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        var locale = FacesFeedback.locale();
        FacesContext faces = FacesContext.getCurrentInstance();
        var msg = faces.getApplication().getResourceBundle(faces, "msg");
        staff = accounts.staff().stream().map((Account a) -> new Row(a.getUsername(), a.getDisplayName(), a.getRole(),
                a.isEnabled(), accounts.locked(a.getUsername()), DisplayTime.of(a.getCreatedAt(), locale),
                AdminHomeView.actorName(msg, a.getCreatedBy()))).toList();
    }

    public void create() {
        try {
            String created = accounts.createStaff(username, displayName, role, password == null ? new char[0]
                    : password.toCharArray(), actor());
            FacesFeedback.info(FacesFeedback.text("accounts.created"), created);
            username = null;
            displayName = null;
            password = null;
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    /** Opens the reason dialog for {@code tool} on {@code account}. */
    public void choose(String account, Tool tool) {
        this.target = account;
        this.tool = tool;
        this.reason = null;
    }

    /** Applies the chosen tool with the reason given. */
    public void apply() {
        if (target == null || tool == null) {
            return;
        }
        try {
            switch (tool) {
                case UNLOCK -> accounts.unlock(target, reason, actor());
                case DISABLE -> accounts.disable(target, reason, actor());
                case ENABLE -> accounts.enable(target, reason, actor());
                case RESET -> {
                    temporaryPassword = accounts.resetPassword(target, reason, actor());
                    temporaryFor = target;
                }
            }
        } catch (DomainException e) {
            if (e.field() == null) {
                // Said in the dialog, beside the reason, rather than behind it at the top of the page.
                FacesFeedback.error("tool-form:reason", e.message(FacesFeedback.locale()));
                FacesContext.getCurrentInstance().validationFailed();
            } else {
                FacesFeedback.refused(e, TOOL_FIELDS);
            }
            return;
        }
        FacesFeedback.info(FacesFeedback.text("accounts.tool.done." + tool.name()), target);
        reason = null;
        load();
    }

    /** The ADMIN has noted the temporary password: it is not shown again. */
    public void dismissTemporary() {
        temporaryPassword = null;
        temporaryFor = null;
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public List<Role> getStaffRoles() {
        return List.of(Role.OFFICE, Role.SUPERVISOR, Role.ADMIN);
    }

    public Tool[] getTools() { return Tool.values(); }
    public List<Row> getStaff() { return staff; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getTarget() { return target; }
    public Tool getTool() { return tool; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getTemporaryFor() { return temporaryFor; }
    public String getTemporaryPassword() { return temporaryPassword; }
}
