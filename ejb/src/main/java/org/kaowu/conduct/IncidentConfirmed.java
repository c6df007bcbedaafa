package org.kaowu.conduct;

import java.io.Serializable;
import java.time.Instant;

/**
 * A site head confirmed an incident report (Art. 16): fired in the confirming transaction. Cases observe it and
 * gather the report into the case of its person and sitting (a report without a person opens no case). Carries what a
 * case shows of the report, so cases need not read the reports' tables.
 *
 * @param registrationId the candidate's registration (party CANDIDATE), else null
 * @param staffMemberId  the staff member reported (party STAFF), else null
 * @param subject        the subject sat in the session (the one an Art. 6 or 11 decision voids), null if none
 */
public record IncidentConfirmed(long reportId, Party party, Long registrationId, Long staffMemberId, long examId,
                                int year, String area, String siteName, String roomNumber, String subject,
                                String ruleCode, Instant occurredAt, String description, String confirmedBy)
        implements Serializable {
}
