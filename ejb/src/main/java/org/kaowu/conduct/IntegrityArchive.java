package org.kaowu.conduct;

import jakarta.ejb.Stateless;

import java.time.LocalDate;
import java.util.List;

/**
 * The integrity archive (诚信档案库, Order No. 31 Art. 12) as the conduct capability writes and ends it: records
 * written only by a decision of a case (never by a verifier's click), long-term records with no end date, records
 * ended when an appeal quashes or changes the decision. Consulted at registration (the commitment path), at rostering
 * and at certificate issuance.
 */
@Stateless
public class IntegrityArchive {

    /** A record as the archive lists it: {@code until} null and {@code longTerm} true for an Art. 8 record. */
    public record Entry(long id, String idNumber, String ruleCode, int article, LocalDate from, LocalDate until,
                        boolean longTerm, LocalDate endedOn, String endedReason, Long caseId) {
    }

    /**
     * Writes the record a decision orders (audited as integrity.record): from {@code from}, to the end the period
     * gives ({@link ConductRules#recordEnd}), for the case {@code caseId}. Returns the record's id.
     */
    public long record(String idNumber, Long accountId, String ruleCode, int article, RecordPeriod period,
                       LocalDate from, String reason, long caseId, String actor) {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Ends every record a case wrote, on {@code on}, with the reason (an appeal quashed or changed the decision);
     * audited as integrity.end. Returns how many were ended.
     */
    public int endForCase(long caseId, LocalDate on, String reason, String actor) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The records of one person in force on {@code day} (long-term ones included). */
    public List<Entry> inForce(String idNumber, LocalDate day) {
        throw new UnsupportedOperationException("to be written");
    }
}
