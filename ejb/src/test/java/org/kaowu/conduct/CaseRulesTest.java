package org.kaowu.conduct;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules of a case: the proposal, the defence deadline, appeal limits, what an outcome reverses. */
class CaseRulesTest {

    record Rule(String code, int article, Sanction sanction) {
    }

    static Sanction s(ScoreVoid v, RecordPeriod r, StaffBarPeriod b, boolean cert) {
        return new Sanction(v, r, b, false, cert, false, List.of());
    }

    static final Rule C6 = new Rule("C6.1", 6, s(ScoreVoid.SUBJECT, RecordPeriod.NONE, StaffBarPeriod.NONE, false));
    static final Rule C7 = new Rule("C7.1", 7, s(ScoreVoid.SITTING, RecordPeriod.FIVE_YEARS, StaffBarPeriod.NONE, false));
    static final Rule C8 = new Rule("C8.1", 8, s(ScoreVoid.SITTING, RecordPeriod.LONG_TERM, StaffBarPeriod.NONE, false));
    static final Rule C10 = new Rule("C10", 10, s(ScoreVoid.SITTING, RecordPeriod.FIVE_YEARS, StaffBarPeriod.NONE, true));
    static final Rule C11 = new Rule("C11.1", 11, s(ScoreVoid.SUBJECT, RecordPeriod.NONE, StaffBarPeriod.NONE, false));
    static final Rule S13 = new Rule("S13.1", 13, s(ScoreVoid.NONE, RecordPeriod.NONE, StaffBarPeriod.THIS_AND_NEXT_YEAR, false));
    static final Rule S14 = new Rule("S14.1", 14, s(ScoreVoid.NONE, RecordPeriod.NONE, StaffBarPeriod.PERMANENT, false));

    static String propose(Rule... rules) {
        return CaseRules.mostSevere(List.of(rules), Rule::sanction, Rule::article).code();
    }

    @Test
    void theProposalIsTheMostSevereRuleOfTheReports() {
        assertEquals("C7.1", propose(C6, C7));
        assertEquals("C7.1", propose(C7, C6));
        assertEquals("C8.1", propose(C6, C8, C7));
        assertEquals("C10", propose(C7, C10), "a certificate declared void weighs more than Art. 7 alone");
        assertEquals("C8.1", propose(C10, C8), "a long-term record weighs more than five years");
        assertEquals("C7.1", propose(C11, C7));
        assertEquals("C11.1", propose(C6, C11), "equal sanctions: the later article");
        assertEquals("S14.1", propose(S13, S14));
        assertEquals("C6.1", propose(C6));
    }

    @Test
    void equalRulesKeepTheFirstAndNoRulesIsAnError() {
        Rule other = new Rule("C6.2", 6, C6.sanction());
        assertEquals("C6.1", propose(C6, other));
        assertThrows(IllegalArgumentException.class, () -> propose());
    }

    @Test
    void theDefencePeriodEndsAtMidnightAfterItsLastDay() {
        Instant served = ZonedDateTime.of(2041, 3, 10, 23, 30, 0, 0, CaseRules.ZONE).toInstant();
        Instant deadline = CaseRules.defenceDeadline(served, 10);
        assertEquals(ZonedDateTime.of(2041, 3, 21, 0, 0, 0, 0, CaseRules.ZONE).toInstant(), deadline);
        assertEquals(LocalDate.of(2041, 3, 20), CaseRules.lastDefenceDay(deadline));
        // served just after midnight Beijing time (still the previous day in UTC): counted from the Beijing day
        Instant early = ZonedDateTime.of(2041, 3, 11, 0, 10, 0, 0, CaseRules.ZONE).toInstant();
        assertEquals(LocalDate.of(2041, 3, 21), CaseRules.lastDefenceDay(CaseRules.defenceDeadline(early, 10)));
    }

    @Test
    void appealLimitsCountFromService() {
        CaseRules.Limits l = CaseRules.Limits.DEFAULT;
        LocalDate served = LocalDate.of(2041, 1, 31);
        assertEquals(LocalDate.of(2041, 4, 1), CaseRules.appealLimit(AppealKind.REVIEW, served, l));
        assertEquals(LocalDate.of(2041, 7, 31), CaseRules.appealLimit(AppealKind.LITIGATION, served, l));
        assertEquals(LocalDate.of(2041, 8, 28), CaseRules.appealLimit(AppealKind.LITIGATION, LocalDate.of(2041, 2, 28), l));
        assertEquals(LocalDate.of(2041, 3, 2), CaseRules.appealLimit(AppealKind.STAFF_REVIEW, served, l));
        CaseRules.Limits longer = new CaseRules.Limits(10, 90, 12, 15);
        assertEquals(LocalDate.of(2041, 5, 1), CaseRules.appealLimit(AppealKind.REVIEW, served, longer));
        assertEquals(LocalDate.of(2042, 1, 31), CaseRules.appealLimit(AppealKind.LITIGATION, served, longer));
    }

    @Test
    void appealsOpenToTheirParties() {
        assertTrue(CaseRules.appealOpenTo(AppealKind.REVIEW, Party.CANDIDATE));
        assertTrue(CaseRules.appealOpenTo(AppealKind.LITIGATION, Party.CANDIDATE));
        assertFalse(CaseRules.appealOpenTo(AppealKind.STAFF_REVIEW, Party.CANDIDATE));
        assertTrue(CaseRules.appealOpenTo(AppealKind.STAFF_REVIEW, Party.STAFF));
        assertFalse(CaseRules.appealOpenTo(AppealKind.REVIEW, Party.STAFF));
    }

    @Test
    void anOutcomeReversesExactlyTheEffectsTheDecisionHad() {
        assertEquals(List.of(), CaseRules.reversal(AppealOutcome.UPHELD, C10.sanction()));
        assertEquals(List.of(CaseRules.Step.RESTORE_SCORES), CaseRules.reversal(AppealOutcome.QUASHED, C6.sanction()));
        assertEquals(List.of(CaseRules.Step.RESTORE_SCORES, CaseRules.Step.END_RECORD),
                CaseRules.reversal(AppealOutcome.QUASHED, C7.sanction()));
        assertEquals(List.of(CaseRules.Step.RESTORE_SCORES, CaseRules.Step.END_RECORD,
                        CaseRules.Step.WITHDRAW_CERTIFICATE_VOID), CaseRules.reversal(AppealOutcome.QUASHED, C10.sanction()));
        assertEquals(List.of(CaseRules.Step.LIFT_BAR), CaseRules.reversal(AppealOutcome.QUASHED, S14.sanction()));
        assertEquals(List.of(CaseRules.Step.RESTORE_SCORES, CaseRules.Step.END_RECORD, CaseRules.Step.APPLY_NEW_RULE),
                CaseRules.reversal(AppealOutcome.CHANGED, C8.sanction()));
    }

    @Test
    void severityOrdersRecordBeforeScores() {
        assertTrue(CaseRules.severity(C7.sanction(), 7) > CaseRules.severity(C6.sanction(), 6));
        assertTrue(CaseRules.severity(S14.sanction(), 14) > CaseRules.severity(S13.sanction(), 13));
        assertTrue(CaseRules.severity(C8.sanction(), 8) > CaseRules.severity(C10.sanction(), 10));
    }
}
