package org.kaowu.scheduling.roster;

/** What a member of the staff pool may be asked to do (names as in the glossary). */
public enum StaffRole {
    /** 监考: one of the (usually two) proctors of a room. */
    INVIGILATOR,
    /** 主考: in charge of a site's exam in a session. */
    CHIEF_EXAMINER,
    /** 考点负责人: confirms incident reports and sends them on. */
    SITE_HEAD,
    /** 巡考: roving inspector, one per N rooms of a site. */
    INSPECTOR
}
