package org.kaowu.conduct;

/** How a decision is contested: 行政复议 and 行政诉讼 (Art. 18, candidates), 复核/申诉 (Art. 19, staff). */
public enum AppealKind { REVIEW, LITIGATION, STAFF_REVIEW }
