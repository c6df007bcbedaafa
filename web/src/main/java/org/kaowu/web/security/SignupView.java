package org.kaowu.web.security;

import jakarta.ejb.EJB;
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
import org.kaowu.platform.security.Accounts;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.util.Map;

/** A candidate creates an account and is signed in straight away. */
@Named
@RequestScoped
public class SignupView {

    private static final Map<String, String> FIELDS = Map.of("contact", "signup-form:contact",
            "displayName", "signup-form:display-name", "password", "signup-form:password");

    @EJB
    private Accounts accounts;

    @Inject
    private SecurityContext securityContext;

    private String contact;
    private String displayName;
    private String password;
    private String confirmation;

    public void signUp() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            FacesFeedback.error("signup-form:confirmation", FacesFeedback.text("signup.mismatch"));
            return;
        }
        String username;
        try {
            username = accounts.signUpCandidate(contact, displayName, password.toCharArray());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        ext.getFlash().setKeepMessages(true);
        FacesFeedback.info(FacesFeedback.text("signup.done"), username);
        ext.redirect(ext.getRequestContextPath() + (status == AuthenticationStatus.SUCCESS ? "/candidate/" : "/login"));
        faces.responseComplete();
    }

    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
