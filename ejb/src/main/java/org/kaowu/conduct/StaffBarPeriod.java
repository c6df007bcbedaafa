package org.kaowu.conduct;

/** How long staff are kept from exam work: not at all, this year and next (Art. 13), or for good (Art. 14). */
public enum StaffBarPeriod { NONE, THIS_AND_NEXT_YEAR, PERMANENT }
