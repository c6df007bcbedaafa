package org.kaowu.registration;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A profile as the candidate enters it. For a resident identity number the birth date and sex come from the number
 * (when given too, they must agree); for other documents they are entered.
 */
public record ProfileData(String realName, IdType idType, String idNumber, LocalDate birthDate, Character sex,
                          String mobile, String email, EducationLevel education, String school, String major,
                          LocalDate graduationDate, String educationCertificate, List<WorkPeriod> work)
        implements Serializable {

    /** No personal data in logs or exception messages. */
    @Override
    public String toString() {
        return "ProfileData[" + idType + ", " + education + ", " + (work == null ? 0 : work.size()) + " jobs]";
    }
}
