package org.kaowu.registration;

/**
 * How close the candidate's major is to the exam's field: the same (本专业), related (相关专业) or other (其他专业).
 * A rule names the farthest relation it accepts.
 */
public enum MajorRelation {
    SAME, RELATED, OTHER;

    public boolean within(MajorRelation farthest) {
        return compareTo(farthest) <= 0;
    }
}
