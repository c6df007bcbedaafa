package org.kaowu.conduct;

/** An appeal's outcome: the decision stands, is quashed (every effect reversed), or changed to another rule. */
public enum AppealOutcome { UPHELD, QUASHED, CHANGED }
