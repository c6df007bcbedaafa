package org.kaowu.registration;

import java.io.Serializable;

/**
 * A verifier found that a commitment was backed by deliberately false documents or other improper means (outcome
 * FRAUD, not NOT_MET): fired in the deciding transaction. The conduct capability observes it and opens an Art. 10
 * case; no integrity record is written before that case's decision (Order No. 31 Art. 17).
 */
public record CommitmentFraudFound(long registrationId, long taskId, String evidence, String verifier)
        implements Serializable {
}
