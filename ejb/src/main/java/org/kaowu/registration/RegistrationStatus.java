package org.kaowu.registration;

/**
 * ACCEPTED: a commitment was signed (eligibility promised, verified later). PENDING_REVIEW: proof awaits the office;
 * MORE_REQUESTED: the office asked for more; APPROVED / REJECTED: the office's decision on the proof. LAPSED: unpaid
 * at the deadline. VOIDED: a false commitment or an identity decision took it away.
 */
public enum RegistrationStatus {
    ACCEPTED, PENDING_REVIEW, MORE_REQUESTED, APPROVED, REJECTED, LAPSED, VOIDED;

    /** Still in the running: neither refused, lapsed nor voided. */
    public boolean live() {
        return this != REJECTED && this != LAPSED && this != VOIDED;
    }
}
