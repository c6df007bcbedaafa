package org.kaowu.conduct;

/** What a decision voids of the sitting: nothing, the one subject (Arts. 6, 11), or every subject (Arts. 7, 8, 10). */
public enum ScoreVoid { NONE, SUBJECT, SITTING }
