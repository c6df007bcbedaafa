package org.kaowu.plan;

/** Where an exam stands in its year, in order. */
public enum ExamPhase {
    UPCOMING, REGISTRATION_OPEN, REGISTRATION_CLOSED, TICKETS, EXAM, SCORING, RESULTS, CERTIFICATES
}
