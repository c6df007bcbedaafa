package org.kaowu.conduct;

/** Whom a rule or a report is about: a candidate (Arts. 6–11), exam staff (Arts. 13–14), or nobody (an incident). */
public enum Party { CANDIDATE, STAFF, NONE }
