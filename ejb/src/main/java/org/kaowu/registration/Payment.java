package org.kaowu.registration;

/** UNPAID until the bank's reconciliation file or an office user confirms it (no refunds). */
public enum Payment { UNPAID, PAID }
