package org.kaowu.registration;

/**
 * ACCEPTED: a commitment was signed (eligibility is promised, verified later); PENDING_REVIEW: proof awaits the
 * office; VOIDED: a false commitment or identity decision took it away.
 */
public enum RegistrationStatus { ACCEPTED, PENDING_REVIEW, VOIDED }
