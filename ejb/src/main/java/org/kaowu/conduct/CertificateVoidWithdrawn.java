package org.kaowu.conduct;

import java.io.Serializable;

/**
 * An appeal's outcome withdrew a case's declaration that a certificate is void: fired in the same transaction, so that
 * certification reinstates what that case revoked.
 */
public record CertificateVoidWithdrawn(long caseId, String reason, String actor) implements Serializable {
}
