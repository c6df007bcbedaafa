package org.kaowu.registration;

import java.io.Serializable;
import java.util.List;

/**
 * What a candidate submits: the exam (year and code), level, exam area, subjects, path, how close their major is to
 * the exam's field, which of their profile's jobs were in that field (positions from 0), and for a commitment the
 * SHA-256 of the notice they read and signed; the exemption claimed, if any (its code), and whether on its
 * alternative condition (a senior title, say) rather than its years of work.
 */
public record RegistrationRequest(int year, String examCode, String level, String area, List<String> subjects,
                                  RegistrationPath path, MajorRelation major, List<Integer> fieldWork,
                                  String noticeSha256, String exemption, boolean exemptionAlternative) implements Serializable {

    public RegistrationRequest(int year, String examCode, String level, String area, List<String> subjects,
                               RegistrationPath path, MajorRelation major, List<Integer> fieldWork, String noticeSha256,
                               String exemption) {
        this(year, examCode, level, area, subjects, path, major, fieldWork, noticeSha256, exemption, false);
    }

    public RegistrationRequest(int year, String examCode, String level, String area, List<String> subjects,
                               RegistrationPath path, MajorRelation major, List<Integer> fieldWork, String noticeSha256) {
        this(year, examCode, level, area, subjects, path, major, fieldWork, noticeSha256, null, false);
    }
}
