package org.kaowu.registration;

/** Highest education, lowest first: a rule for a level is met by it and every level above. */
public enum EducationLevel {
    HIGH_SCHOOL, COLLEGE, BACHELOR, SECOND_BACHELOR, MASTER, DOCTOR;

    public boolean atLeast(EducationLevel other) {
        return compareTo(other) >= 0;
    }
}
