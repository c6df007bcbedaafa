package org.kaowu.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.platform.security.AccountRecovery;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * The page a mailed reset link opens ({@code /public/reset-password?token=…}): it says at once whether the link still
 * works, and sets the new password; then the visitor signs in with it.
 */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("password", "reset-form:password");

    @EJB
    private AccountRecovery recovery;

    private String token;
    private AccountRecovery.Completed.Outcome link;
    private String password;
    private String confirmation;

    /** On opening: whether the link works. */
    public void check() {
        if (link == null) {
            link = recovery.checkLink(token);
        }
    }

    public void reset() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            FacesFeedback.error("reset-form:confirmation", FacesFeedback.text("signup.mismatch"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        AccountRecovery.Completed done;
        try {
            done = recovery.completeByLink(token, password.toCharArray());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
            return;
        } finally {
            password = null;
            confirmation = null;
        }
        if (done.outcome() == AccountRecovery.Completed.Outcome.DONE) {
            signInNext();
        } else {
            link = done.outcome();
        }
    }

    /** After a reset: to the sign-in page, which confirms it. */
    static void signInNext() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.getFlash().setKeepMessages(true);
        FacesFeedback.info(FacesFeedback.text("reset.done"), FacesFeedback.text("reset.done.detail"));
        ext.redirect(ext.getRequestContextPath() + "/login");
        faces.responseComplete();
    }

    public boolean isUsable() { return link == AccountRecovery.Completed.Outcome.DONE; }
    public boolean isExpired() { return link == AccountRecovery.Completed.Outcome.EXPIRED; }
    public long getMinutes() { return AccountRecovery.VALIDITY.toMinutes(); }
    public String getToken() { return token; }
    /** Kept from the link the page was opened with: a postback without the parameter does not clear it. */
    public void setToken(String token) {
        if (token != null || this.token == null) {
            this.token = token;
        }
    }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
