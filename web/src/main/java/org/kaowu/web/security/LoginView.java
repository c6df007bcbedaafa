package org.kaowu.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kaowu.platform.security.Role;
import org.kaowu.platform.security.SignInResult;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

/**
 * The sign-in page: on success, back where the visitor was going, or to their role's home; with a temporary password
 * (an ADMIN's reset) to the page that replaces it. A disabled account is told so (to its right password only).
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    private String username;
    private String password;
    private String next;
    private String ended;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            SignInResult signedIn = (SignInResult) request.getAttribute(AccountIdentityStore.RESULT);
            boolean temporary = signedIn != null && signedIn.mustChangePassword();
            ext.redirect(ext.getRequestContextPath() + (temporary ? AccountStanding.CHANGE_PASSWORD : destination(request)));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            SignInResult result = (SignInResult) request.getAttribute(AccountIdentityStore.RESULT);
            if (result != null && result.outcome() == SignInResult.Outcome.DISABLED) {
                FacesFeedback.error("login-form:password", FacesFeedback.text("login.disabled"));
            } else if (result != null && result.outcome() == SignInResult.Outcome.LOCKED) {
                FacesFeedback.error("login-form:password", FacesFeedback.text("login.locked",
                        DateTimeFormatter.ofPattern("HH:mm").withZone(AuthorityClock.ZONE).format(result.lockedUntil())));
            } else {
                FacesFeedback.error("login-form:password", FacesFeedback.text("login.invalid"));
            }
        }
    }

    /** Only a path inside this site: "next" must never send anyone elsewhere. */
    private String destination(HttpServletRequest request) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && !next.startsWith("/login")) {
            return next;
        }
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                return role.home();
            }
        }
        return "/";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getEnded() { return ended; }
    public void setEnded(String ended) { this.ended = ended; }
    /** The sign-in page was opened because an ADMIN disabled the account while it was signed in. */
    public boolean isEndedByDisabling() { return "disabled".equals(ended); }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
