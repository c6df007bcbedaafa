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

    static IntegrityRecord decided(IntegrityRecord.Kind kind, IntegrityRecord.Severity severity, LocalDate until) {
        return new IntegrityRecord("11010519491231002X", 1L, kind, severity, FROM, until, "test", "C7.1", 7, 42L,
                Instant.EPOCH, "test");
    }

    @Test
    void aFiveYearRecordHoldsFromItsFirstToItsLastDay() {
        IntegrityRecord r = decided(IntegrityRecord.Kind.MISCONDUCT, IntegrityRecord.Severity.SERIOUS,
                FROM.plusYears(5).minusDays(1));
        assertFalse(r.inForce(FROM.minusDays(1)), "not yet begun");
        assertFalse(r.barsCommitment(FROM.minusDays(1), 0), "not yet begun: the path is open");
        assertTrue(r.inForce(FROM));
        assertTrue(r.barsCommitment(FROM.plusYears(5).minusDays(1), 0), "its last day");
        assertFalse(r.barsCommitment(FROM.plusYears(5), 0), "five years on, the path opens again");
        assertFalse(r.isLongTerm());
    }

    @Test
    void aLongTermRecordHasNoEndAndKeepsThePathClosed() {
        IntegrityRecord r = decided(IntegrityRecord.Kind.MISCONDUCT, IntegrityRecord.Severity.ESPECIALLY_SERIOUS, null);
        assertTrue(r.isLongTerm());
        assertTrue(r.inForce(FROM.plusYears(40)));
        assertTrue(r.barsCommitment(FROM.plusYears(40), 0));
    }

    @Test
    void anEndedRecordNoLongerClosesThePathFromTheDayItWasEnded() {
        IntegrityRecord longTerm = decided(IntegrityRecord.Kind.MISCONDUCT, IntegrityRecord.Severity.ESPECIALLY_SERIOUS, null);
        LocalDate quashed = FROM.plusMonths(3);
        longTerm.end(quashed, "office", "复议撤销");
        assertTrue(longTerm.isEnded());
        assertTrue(longTerm.barsCommitment(quashed.minusDays(1), 0), "it held until then");
        assertFalse(longTerm.barsCommitment(quashed, 0));
        assertFalse(longTerm.inForce(quashed.plusYears(1)));
        IntegrityRecord legacy = record(IntegrityRecord.Kind.FALSE_COMMITMENT, IntegrityRecord.Severity.SERIOUS);
        legacy.end(FROM.plusDays(1), "migration", "no Art. 17 procedure");
        assertFalse(legacy.barsCommitment(FROM.plusDays(1), 0), "an ended false commitment does not close it for good");
    }

    @Test
    void aRegistrationIsRefusedTheCommitmentPathOnlyWhileARecordBars() {
        IntegrityRecord serious = decided(IntegrityRecord.Kind.MISCONDUCT, IntegrityRecord.Severity.SERIOUS,
                FROM.plusYears(5).minusDays(1));
        assertTrue(RegistrationRules.barred(null, java.util.List.of(serious), 1L, FROM.plusYears(1), 0));
        serious.end(FROM.plusYears(1), "office", "appeal");
        assertFalse(RegistrationRules.barred(null, java.util.List.of(serious), 1L, FROM.plusYears(1), 0));
    }
}
