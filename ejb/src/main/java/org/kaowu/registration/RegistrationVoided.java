package org.kaowu.registration;

import java.io.Serializable;

/**
 * A registration was voided (a false commitment, say). Fired in the deciding transaction; scores and certificates,
 * once those capabilities exist, observe it to void what they hold for the same person and exam.
 */
public record RegistrationVoided(long registrationId, long accountId, long examId, String reason, boolean falseCommitment)
        implements Serializable {
}
