package org.kaowu.catalogue;

/** 准入类 (ACCESS, licensing) or 水平评价类 (LEVEL); UNKNOWN where the source did not say (kept as data). */
public enum QualificationType {
    ACCESS, LEVEL, UNKNOWN
}
