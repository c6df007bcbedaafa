package org.kaowu.registration;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A profile as the candidate enters it. For a resident identity number the birth date and sex come from the number
 * (when given too, they must agree); for other documents they are entered. {@code fullTime}: whether the highest
 * education was full-time study (全日制), which decides from when some exams count the years of work; null when not
 * stated (then taken as full-time, and the verdict says so). {@code needsAccessibleRoom}: the candidate needs an
 * accessible room (无障碍考场) to sit an exam; seat allocation gives them one.
 */
public record ProfileData(String realName, IdType idType, String idNumber, LocalDate birthDate, Character sex,
                          String mobile, String email, EducationLevel education, String school, String major,
                          LocalDate graduationDate, String educationCertificate, List<WorkPeriod> work, Boolean fullTime,
                          boolean needsAccessibleRoom)
        implements Serializable {

    /** A profile that does not ask for an accessible room. */
    public ProfileData(String realName, IdType idType, String idNumber, LocalDate birthDate, Character sex, String mobile,
                       String email, EducationLevel education, String school, String major, LocalDate graduationDate,
                       String educationCertificate, List<WorkPeriod> work, Boolean fullTime) {
        this(realName, idType, idNumber, birthDate, sex, mobile, email, education, school, major, graduationDate,
                educationCertificate, work, fullTime, false);
    }

    /** A profile that does not say whether the education was full-time. */
    public ProfileData(String realName, IdType idType, String idNumber, LocalDate birthDate, Character sex, String mobile,
                       String email, EducationLevel education, String school, String major, LocalDate graduationDate,
                       String educationCertificate, List<WorkPeriod> work) {
        this(realName, idType, idNumber, birthDate, sex, mobile, email, education, school, major, graduationDate,
                educationCertificate, work, null, false);
    }

    /** No personal data in logs or exception messages. */
    @Override
    public String toString() {
        return "ProfileData[" + idType + ", " + education + ", " + (work == null ? 0 : work.size()) + " jobs]";
    }
}
