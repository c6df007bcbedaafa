package org.kaowu.conduct;

/**
 * Where a misconduct case stands: OPEN (reports gathered, sanction proposed), NOTIFIED (the notice of the proposed
 * decision served, the defence period running or over), DECIDED (the written decision issued, its effects in force),
 * QUASHED (an appeal quashed the decision and every effect was reversed).
 */
public enum CaseStatus { OPEN, NOTIFIED, DECIDED, QUASHED }
