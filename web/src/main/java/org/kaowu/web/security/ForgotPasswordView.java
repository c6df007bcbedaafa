package org.kaowu.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.kaowu.platform.security.AccountRecovery;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * "Forgot password": the candidate gives the contact they signed up with and is told, whatever it is, that a link or
 * code is on its way if it is registered. A mobile number then enters the code and the new password on this page; an
 * e-mail address follows the mailed link to {@code /public/reset-password}.
 */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("contact", "forgot-form:contact",
            "password", "code-form:password");

    @EJB
    private AccountRecovery recovery;

    private String contact;
    private boolean sent;
    private boolean mobile;
    private String code;
    private String password;
    private String confirmation;

    public void request() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        AccountRecovery.Requested r;
        try {
            r = recovery.request(contact, request.getRemoteAddr(), PublicAddress.resetPage(request), FacesFeedback.locale());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
            return;
        }
        if (!r.accepted()) {
            FacesFeedback.error("forgot-form:contact", FacesFeedback.text("forgot.tooMany", time(r.lockedUntil())));
            faces.validationFailed();
            return;
        }
        sent = true;
        mobile = r.mobile();
    }

    /** A mobile number's code and the new password. */
    public void complete() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            FacesFeedback.error("code-form:confirmation", FacesFeedback.text("signup.mismatch"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        AccountRecovery.Completed done;
        try {
            done = recovery.completeByCode(contact, code, password.toCharArray(), request.getRemoteAddr());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
            return;
        } finally {
            password = null;
            confirmation = null;
        }
        switch (done.outcome()) {
            case DONE -> ResetPasswordView.signInNext();
            case LOCKED -> FacesFeedback.error("code-form:code", FacesFeedback.text("forgot.tooMany", time(done.lockedUntil())));
            case EXPIRED -> FacesFeedback.error("code-form:code", FacesFeedback.text("reset.codeExpired",
                    AccountRecovery.VALIDITY.toMinutes()));
            default -> FacesFeedback.error("code-form:code", FacesFeedback.text("reset.codeWrong"));
        }
        if (done.outcome() != AccountRecovery.Completed.Outcome.DONE) {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Back to the first step (another contact, or a new code). */
    public void again() {
        sent = false;
        code = null;
    }

    static String time(java.time.Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(AuthorityClock.ZONE).format(at);
    }

    public long getMinutes() { return AccountRecovery.VALIDITY.toMinutes(); }
    public boolean isSent() { return sent; }
    public boolean isMobile() { return mobile; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
