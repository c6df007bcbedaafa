package org.kaowu.conduct;

/** The integrity record a decision writes (Art. 12): none, five years (Art. 7) or long-term with no end (Art. 8). */
public enum RecordPeriod { NONE, FIVE_YEARS, LONG_TERM }
