package org.kaowu.registration;

/** COMMITMENT: the candidate promises and is verified later; PROOF: documents reviewed by the office. */
public enum RegistrationPath { COMMITMENT, PROOF }
