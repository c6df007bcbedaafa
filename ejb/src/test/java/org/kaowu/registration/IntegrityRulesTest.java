package org.kaowu.registration;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntegrityRulesTest {

    static final LocalDate FROM = LocalDate.of(2026, 3, 1);

    static IntegrityRecord record(IntegrityRecord.Kind kind, IntegrityRecord.Severity severity) {
        return new IntegrityRecord("11010519491231002X", 1L, kind, severity, FROM, FROM.plusYears(5), "test", "test",
                Instant.EPOCH, "test");
    }

    @Test
    void aFalseCommitmentClosesTheCommitmentPathForTheConfiguredYearsOrForGood() {
        IntegrityRecord r = record(IntegrityRecord.Kind.FALSE_COMMITMENT, IntegrityRecord.Severity.SERIOUS);
        assertTrue(r.barsCommitment(FROM.plusYears(30), 0), "0: for good");
        assertTrue(r.barsCommitment(FROM.plusYears(3).minusDays(1), 3));
        assertFalse(r.barsCommitment(FROM.plusYears(3), 3), "after the configured period the path opens again");
    }

    @Test
    void seriousMisconductBarsOnlyWithinItsRecordPeriod() {
        IntegrityRecord serious = record(IntegrityRecord.Kind.MISCONDUCT, IntegrityRecord.Severity.SERIOUS);
        assertTrue(serious.barsCommitment(FROM.plusYears(5), 0));
        assertFalse(serious.barsCommitment(FROM.plusYears(5).plusDays(1), 0));
        assertFalse(record(IntegrityRecord.Kind.MISCONDUCT, IntegrityRecord.Severity.GENERAL).barsCommitment(FROM, 0));
    }
}
