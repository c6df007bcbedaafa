package org.kaowu.conduct;

import java.io.Serializable;

/**
 * A decision declared a certificate or score proof void (Order No. 31 Art. 10): fired in the deciding transaction for
 * the sitting it concerns, so that certification revokes the certificates resting on it at once.
 */
public record CertificateVoidDeclared(long registrationId, long caseId, String reason, String actor) implements Serializable {
}
