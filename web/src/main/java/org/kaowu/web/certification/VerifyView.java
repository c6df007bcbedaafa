package org.kaowu.web.certification;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.kaowu.certification.CertificateVerifier;
import org.kaowu.certification.Certificates;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.time.format.DateTimeFormatter;

/**
 * public/verify: anyone verifies a certificate by its number and the holder's name as printed, or by the
 * verification code; the QR code's deep link ({@code /public/verify?code=…}) verifies at once on opening. The answer
 * is VALID, REVOKED (when and why) or NOT_FOUND, the holder's name and ID number masked. Each verification counts
 * against the same per-client limit as the API's ({@link VerificationLimiter}); over it, the page says when to try
 * again.
 */
@Named
@ViewScoped
public class VerifyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private CertificateVerifier verifier;

    @Inject
    private VerificationLimiter limiter;

    private String number;
    private String name;
    private String code;
    private Certificates.Verification verification;

    /** On opening: a deep link with a code is verified at once. */
    public void load() {
        if (code != null && !code.isBlank()) {
            verify();
        }
    }

    public void verify() {
        verification = null;
        boolean byCode = code != null && !code.isBlank();
        if (!byCode) {
            boolean hasNumber = number != null && !number.isBlank();
            boolean hasName = name != null && !name.isBlank();
            if (!hasNumber || !hasName) {
                if (!hasNumber) {
                    FacesFeedback.error("verify-form:number", FacesFeedback.text("verify.missing.number"));
                }
                if (!hasName) {
                    FacesFeedback.error("verify-form:holder", FacesFeedback.text("verify.missing.name"));
                }
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        HttpServletRequest http = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        VerificationLimits.Decision d = limiter.admit(http);
        if (!d.allowed()) {
            String at = Instant.now().plusSeconds(d.retryAfter()).atZone(AuthorityClock.ZONE).format(TIME);
            FacesFeedback.error(null, FacesFeedback.text("verify.tooMany", d.retryAfter(), at));
            return;
        }
        try {
            verification = verifier.verify(number, name, code);
        } catch (DomainException e) { // the database did not answer: say so, and to try again
            FacesFeedback.refused(e, Map.of());
        }
    }

    /** The revocation's date and time in Beijing time. */
    public String revokedAt() {
        return verification == null || verification.revokedAt() == null ? ""
                : verification.revokedAt().atZone(AuthorityClock.ZONE).format(DATE_TIME);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Certificates.Verification getVerification() { return verification; }
}
