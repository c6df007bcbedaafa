package org.kaowu.catalogue;

/** The catalogue's two families: 专业技术人员职业资格 and 技能人员职业资格. */
public enum QualificationCategory {
    PROFESSIONAL, SKILL
}
