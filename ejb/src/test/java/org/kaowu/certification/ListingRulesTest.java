package org.kaowu.certification;

import org.junit.jupiter.api.Test;
import org.kaowu.certification.ListingRules.Clearance;
import org.kaowu.certification.ListingRules.ObjectionState;
import org.kaowu.certification.ListingRules.ObjectionStatus;
import org.kaowu.certification.ListingRules.Pending;
import org.kaowu.certification.ListingRules.Phase;
import org.kaowu.certification.ListingRules.State;
import org.kaowu.shared.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListingRulesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2030, month, day, hour, 0).atZone(BEIJING).toInstant();
    }

    @Test
    void thePeriodRunsFromPublicationForWholeDaysAndClosesAtMidnightBeijingTime() {
        Instant published = at(11, 30, 9);
        Instant closes = ListingRules.closes(published, 7);
        assertEquals(at(12, 8, 0), closes, "the publication day, then 7 whole days");
        assertEquals(LocalDate.of(2030, 12, 7), ListingRules.lastDay(closes));
        // Published late in the evening, Beijing time (already the next day in UTC for part of it): same rule.
        assertEquals(at(12, 8, 0), ListingRules.closes(at(11, 30, 23), 7));
        // Out of range days are brought into 1..60.
        assertEquals(at(12, 2, 0), ListingRules.closes(published, 0));
        assertEquals(ListingRules.closes(published, 60), ListingRules.closes(published, 365));
    }

    @Test
    void phaseBeforeDuringAndAfter() {
        Instant opens = at(11, 30, 9);
        Instant closes = at(12, 8, 0);
        assertEquals(Phase.NOT_OPEN, ListingRules.phase(opens, closes, at(11, 30, 8)));
        assertEquals(Phase.OPEN, ListingRules.phase(opens, closes, opens));
        assertEquals(Phase.OPEN, ListingRules.phase(opens, closes, closes.minusNanos(1)));
        assertEquals(Phase.CLOSED, ListingRules.phase(opens, closes, closes));
    }

    @Test
    void clearanceAsTheClockMovesAndObjectionsAreResolved() {
        Instant opens = at(11, 30, 9);
        Instant closes = at(12, 8, 0);
        Clearance running = ListingRules.clearance(opens, closes, List.of(), at(12, 1, 9));
        assertEquals(State.PENDING, running.state());
        assertEquals(Pending.PERIOD_RUNNING, running.pending());
        assertEquals(Pending.NOT_OPEN, ListingRules.clearance(opens, closes, List.of(), at(11, 29, 9)).pending());
        Clearance over = ListingRules.clearance(opens, closes, List.of(), closes);
        assertTrue(over.cleared());
        assertTrue(over.explain(Messages.CHINESE).contains("2030-12-07"), over.explain(Messages.CHINESE));

        List<ObjectionState> open = List.of(new ObjectionState(5, ObjectionStatus.OPEN, null));
        Clearance waiting = ListingRules.clearance(opens, closes, open, at(12, 20, 9));
        assertEquals(State.PENDING, waiting.state(), "an unresolved objection holds the entry after the period");
        assertEquals(Pending.OBJECTION_OPEN, waiting.pending());
        assertEquals(5L, waiting.objectionId());

        List<ObjectionState> dismissed = List.of(new ObjectionState(5, ObjectionStatus.DISMISSED, "查无实据"));
        assertTrue(ListingRules.clearance(opens, closes, dismissed, closes).cleared());
        assertEquals(Pending.PERIOD_RUNNING, ListingRules.clearance(opens, closes, dismissed, at(12, 1, 9)).pending());

        List<ObjectionState> upheld = List.of(new ObjectionState(5, ObjectionStatus.DISMISSED, "查无实据"),
                new ObjectionState(6, ObjectionStatus.UPHELD, "工作年限不符"), new ObjectionState(7, ObjectionStatus.OPEN, null));
        Clearance withheld = ListingRules.clearance(opens, closes, upheld, at(12, 20, 9));
        assertEquals(State.WITHHELD, withheld.state());
        assertEquals("工作年限不符", withheld.reason());
        assertTrue(withheld.explain(Locale.ENGLISH).contains("工作年限不符"));

        Clearance none = ListingRules.clearance(null, null, List.of(), at(12, 20, 9));
        assertEquals(State.NOT_LISTED, none.state());
        assertFalse(none.explain(Locale.ENGLISH).isBlank());
    }

    @Test
    void theOfficesPeriodStartsTodayOrLaterAndLastsOneToSixtyDays() {
        LocalDate today = LocalDate.of(2030, 11, 1);
        assertTrue(ListingRules.periodProblem(today, today, today).isEmpty(), "one day");
        assertTrue(ListingRules.periodProblem(today.plusDays(29), today.plusDays(36), today).isEmpty());
        assertTrue(ListingRules.periodProblem(today, today.plusDays(59), today).isEmpty(), "sixty days");
        assertEquals("listing.period.length", ListingRules.periodProblem(today, today.plusDays(60), today).orElseThrow());
        assertEquals("listing.period.past", ListingRules.periodProblem(today.minusDays(1), today, today).orElseThrow());
        assertEquals("listing.period.order", ListingRules.periodProblem(today.plusDays(3), today.plusDays(2), today).orElseThrow());
        assertEquals("listing.period.missing", ListingRules.periodProblem(null, today, today).orElseThrow());
        Instant now = at(11, 1, 15);
        Instant[] p = ListingRules.period(today, today.plusDays(6), now);
        assertEquals(now, p[0], "a period starting today starts now");
        assertEquals(at(11, 8, 0), p[1], "the midnight after the last day");
        assertEquals(at(11, 30, 0), ListingRules.period(LocalDate.of(2030, 11, 30), today.plusDays(40), now)[0]);
    }

    @Test
    void objectionsNeedANameAContactAndGroundsAndRefuseHostileText() {
        assertTrue(ListingRules.objectionProblem("李四", "13800138000", "该考生工作年限不足。").isEmpty());
        assertTrue(ListingRules.objectionProblem(" 李四 ", "li@example.cn", "第一行\n第二行").isEmpty());
        assertEquals("name", ListingRules.objectionProblem(" ", "13800138000", "x").orElseThrow().field());
        assertEquals("listing.objection.nameInvalid",
                ListingRules.objectionProblem("<script>", "13800138000", "x").orElseThrow().key());
        assertEquals("listing.objection.nameInvalid",
                ListingRules.objectionProblem("李\u202e四", "13800138000", "x").orElseThrow().key());
        assertEquals("listing.objection.contactRequired", ListingRules.objectionProblem("李四", "", "x").orElseThrow().key());
        assertEquals("listing.objection.contactInvalid",
                ListingRules.objectionProblem("李四", "12345", "x").orElseThrow().key());
        assertEquals("listing.objection.groundsRequired",
                ListingRules.objectionProblem("李四", "13800138000", "  ").orElseThrow().key());
        assertEquals("listing.objection.groundsTooLong",
                ListingRules.objectionProblem("李四", "13800138000", "字".repeat(1001)).orElseThrow().key());
        assertEquals("listing.objection.groundsInvalid",
                ListingRules.objectionProblem("李四", "13800138000", "理由\u0000").orElseThrow().key());
        assertEquals("listing.resolution.reasonRequired", ListingRules.reasonProblem(null).orElseThrow());
        assertTrue(ListingRules.reasonProblem("经核实，异议不成立").isEmpty());
    }

    @Test
    void thePublicSeesTheFamilyNameAndTheFirstAndLastFourOfTheNumber() {
        ListingRules.Masked m = ListingRules.mask("张小明", "11010519491231002X");
        assertEquals("张**", m.name());
        assertEquals("1101**********002X", m.idNumber());
        assertFalse(m.idNumber().contains("19491231"), "the birth date is hidden");
    }

    @Test
    void everyMessageIsInBothLanguages() {
        for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            for (State s : State.values()) {
                Clearance c = s == State.PENDING
                        ? new Clearance(s, Pending.OBJECTION_OPEN, null, 1L, at(12, 8, 0))
                        : new Clearance(s, null, "r", null, at(12, 8, 0));
                assertFalse(c.explain(l).startsWith("listing."), c.explain(l));
            }
        }
    }
}
