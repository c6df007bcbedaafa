package org.kaowu.conduct;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic of Order No. 31's periods: record ends (Arts. 7, 8), staff bars (Arts. 13, 14), in force on a day. */
class ConductRulesTest {

    static final LocalDate DECIDED = LocalDate.of(2027, 5, 20);

    @Test
    void aFiveYearRecordRunsToTheDayBeforeTheFifthAnniversary() {
        assertEquals(Optional.of(LocalDate.of(2032, 5, 19)), ConductRules.recordEnd(RecordPeriod.FIVE_YEARS, DECIDED));
        // A record of 29 February ends on 27 February five years on (28 February is its anniversary then).
        assertEquals(Optional.of(LocalDate.of(2029, 2, 27)),
                ConductRules.recordEnd(RecordPeriod.FIVE_YEARS, LocalDate.of(2024, 2, 29)));
    }

    @Test
    void aLongTermRecordAndNoRecordHaveNoEnd() {
        assertTrue(ConductRules.recordEnd(RecordPeriod.LONG_TERM, DECIDED).isEmpty());
        assertTrue(ConductRules.recordEnd(RecordPeriod.NONE, DECIDED).isEmpty());
    }

    @Test
    void anArticle13BarRunsToTheEndOfNextYearWhateverTheDayOfThisOne() {
        assertEquals(Optional.of(LocalDate.of(2028, 12, 31)), ConductRules.barEnd(StaffBarPeriod.THIS_AND_NEXT_YEAR, DECIDED));
        assertEquals(Optional.of(LocalDate.of(2028, 12, 31)),
                ConductRules.barEnd(StaffBarPeriod.THIS_AND_NEXT_YEAR, LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.of(LocalDate.of(2028, 12, 31)),
                ConductRules.barEnd(StaffBarPeriod.THIS_AND_NEXT_YEAR, LocalDate.of(2027, 12, 31)));
    }

    @Test
    void anArticle14BarIsPermanentAndNoBarHasNoEndToAskFor() {
        assertTrue(ConductRules.barEnd(StaffBarPeriod.PERMANENT, DECIDED).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ConductRules.barEnd(StaffBarPeriod.NONE, DECIDED));
    }

    @Test
    void inForceFromItsFirstDayToItsLastInclusive() {
        LocalDate until = LocalDate.of(2032, 5, 19);
        assertFalse(ConductRules.inForce(DECIDED, until, null, DECIDED.minusDays(1)), "not yet begun");
        assertTrue(ConductRules.inForce(DECIDED, until, null, DECIDED), "first day");
        assertTrue(ConductRules.inForce(DECIDED, until, null, until), "last day");
        assertFalse(ConductRules.inForce(DECIDED, until, null, until.plusDays(1)), "the day after");
    }

    @Test
    void aLongTermRecordHoldsForeverUnlessEnded() {
        assertTrue(ConductRules.inForce(DECIDED, null, null, DECIDED.plusYears(60)));
        LocalDate ended = LocalDate.of(2030, 1, 10);
        assertTrue(ConductRules.inForce(DECIDED, null, ended, ended.minusDays(1)), "the day before it was ended");
        assertFalse(ConductRules.inForce(DECIDED, null, ended, ended), "no longer on the day it was ended");
        assertFalse(ConductRules.inForce(DECIDED, null, ended, ended.plusYears(5)));
    }

    @Test
    void anEndedRecordNoLongerHoldsEvenWithinItsPeriod() {
        LocalDate until = LocalDate.of(2032, 5, 19);
        assertFalse(ConductRules.inForce(DECIDED, until, DECIDED, DECIDED), "ended the day it began (quashed at once)");
        assertTrue(ConductRules.inForce(DECIDED, until, until.plusDays(10), until), "ended after its end: the period rules");
    }
}
