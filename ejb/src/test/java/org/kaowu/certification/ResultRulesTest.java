package org.kaowu.certification;

import org.junit.jupiter.api.Test;
import org.kaowu.certification.ResultRules.Lost;
import org.kaowu.certification.ResultRules.Period;
import org.kaowu.certification.ResultRules.Sitting;
import org.kaowu.certification.ResultRules.Standing;
import org.kaowu.certification.ResultRules.SubjectResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accumulation inside rolling periods: every category, the window's edges, exemptions, voided scores, absence. */
class ResultRulesTest {

    // 一级建造师: four subjects, two consecutive years; exempt from two: one year.
    private static final List<String> YJ = List.of("建设工程经济", "建设工程法规及相关知识", "建设工程项目管理", "专业工程管理与实务");
    private static final Period YJ_ALL = new Period(2, "国人部发〔2004〕16号");
    private static final Period YJ_EXEMPT_TWO = new Period(1, "国人部发〔2004〕16号");
    // 一级注册消防工程师: three subjects, three consecutive years; exempt from one: two.
    private static final List<String> XF = List.of("消防安全技术实务", "消防安全技术综合能力", "消防安全案例分析");
    private static final Period XF_ALL = new Period(3, "人社部发〔2012〕56号");
    private static final Period XF_EXEMPT_ONE = new Period(2, "人社部发〔2012〕56号");

    private static final BigDecimal MARK = new BigDecimal("72");
    private long ids = 1;

    /** A sitting: "name=score" passes or fails against 72; "name=absent"; "name=void" a voided pass. */
    private Sitting sitting(int year, String... results) {
        return sitting(year, false, results);
    }

    private Sitting sitting(int year, boolean voided, String... results) {
        List<SubjectResult> subjects = new ArrayList<>();
        for (String r : results) {
            String[] p = r.split("=");
            switch (p[1]) {
                case "absent" -> subjects.add(new SubjectResult(p[0], p[0], null, true, MARK, false));
                case "void" -> subjects.add(new SubjectResult(p[0], p[0], new BigDecimal("90"), false, MARK, true));
                default -> subjects.add(new SubjectResult(p[0], p[0], new BigDecimal(p[1]), false, MARK, false));
            }
        }
        return new Sitting(ids++, year, voided, subjects);
    }

    private static String s(List<String> subjects, int i) {
        return subjects.get(i);
    }

    @Test
    void allFourInOneYearPassAtOnce() {
        Standing st = ResultRules.standing(YJ, List.of(), YJ_ALL, List.of(sitting(2030,
                s(YJ, 0) + "=80", s(YJ, 1) + "=72", s(YJ, 2) + "=100", s(YJ, 3) + "=96")), 2030);
        assertTrue(st.passedAll());
        assertEquals(2030, st.windowFrom());
        assertEquals(2030, st.windowTo());
        assertTrue(st.missing().isEmpty());
        assertEquals(4, st.passes().size());
    }

    @Test
    void theMarkItselfPassesAndOneTenthBelowFails() {
        Standing st = ResultRules.standing(List.of("A"), List.of(), Period.oneSitting(),
                List.of(sitting(2030, "A=71.9")), 2030);
        assertFalse(st.passedAll());
        assertEquals(List.of("A"), st.missing());
        assertTrue(ResultRules.standing(List.of("A"), List.of(), Period.oneSitting(),
                List.of(sitting(2030, "A=72.0")), 2030).passedAll());
    }

    @Test
    void constructorsAccumulateOverTwoConsecutiveYears() {
        Standing st = ResultRules.standing(YJ, List.of(), YJ_ALL, List.of(
                sitting(2030, s(YJ, 0) + "=80", s(YJ, 1) + "=60", s(YJ, 2) + "=75", s(YJ, 3) + "=50"),
                sitting(2031, s(YJ, 1) + "=77", s(YJ, 3) + "=99")), 2031);
        assertTrue(st.passedAll());
        assertEquals(2030, st.windowFrom());
        assertEquals(2031, st.windowTo());
    }

    @Test
    void aPassOutsideTheTwoYearWindowExpiresAndTheWindowRestarts() {
        // 2030: two passed; 2031: one more; 2032: the last. 2030's fall out: the window is 2031-2032.
        List<Sitting> sittings = List.of(
                sitting(2030, s(YJ, 0) + "=80", s(YJ, 2) + "=80", s(YJ, 1) + "=10", s(YJ, 3) + "=10"),
                sitting(2031, s(YJ, 1) + "=80", s(YJ, 3) + "=10"),
                sitting(2032, s(YJ, 3) + "=80"));
        Standing st = ResultRules.standing(YJ, List.of(), YJ_ALL, sittings, 2032);
        assertFalse(st.passedAll(), "no two consecutive years hold all four");
        // Seen from the next exam (2033) only the 2032 pass is still inside a two-year window.
        assertEquals(2033, st.nextYear());
        assertEquals(List.of(s(YJ, 3)), st.passes().stream().map(ResultRules.Pass::subject).toList());
        assertEquals(List.of(s(YJ, 0), s(YJ, 1), s(YJ, 2)), st.missing());
        assertEquals(2033, st.deadlineYear());
        assertEquals(List.of("2030 " + s(YJ, 0), "2030 " + s(YJ, 2), "2031 " + s(YJ, 1)),
                st.lost().stream().map(l -> l.year() + " " + l.subject()).toList());
        assertTrue(st.lost().stream().allMatch(l -> l.why() == Lost.EXPIRED), st.lost().toString());
    }

    @Test
    void theLastYearOfTheWindowStillCounts() {
        // Fire engineers: 2030, 2031, 2032 are three consecutive years.
        Standing st = ResultRules.standing(XF, List.of(), XF_ALL, List.of(
                sitting(2030, s(XF, 0) + "=80"), sitting(2031, s(XF, 1) + "=80"), sitting(2032, s(XF, 2) + "=80")), 2032);
        assertTrue(st.passedAll());
        assertEquals(2030, st.windowFrom());
        assertEquals(2032, st.windowTo());
    }

    @Test
    void oneYearTooLateIsOutside() {
        Standing st = ResultRules.standing(XF, List.of(), XF_ALL, List.of(
                sitting(2030, s(XF, 0) + "=80"), sitting(2031, s(XF, 1) + "=80"), sitting(2033, s(XF, 2) + "=80")), 2033);
        assertFalse(st.passedAll(), "2030-2032 misses the third subject, 2031-2033 the first");
        // Seen from the 2034 exam, only the 2033 pass is still inside; it runs out with the 2035 exam.
        assertEquals(List.of(s(XF, 0), s(XF, 1)), st.missing());
        assertEquals(2035, st.deadlineYear());
        assertEquals(List.of(2030, 2031), st.lost().stream().map(ResultRules.LostPass::year).toList());
        assertTrue(st.lost().stream().allMatch(l -> l.why() == Lost.EXPIRED));
    }

    @Test
    void aYearWithoutASittingStillCountsAsAYear() {
        Standing st = ResultRules.standing(YJ, List.of(), YJ_ALL, List.of(
                sitting(2030, s(YJ, 0) + "=80", s(YJ, 1) + "=80", s(YJ, 2) + "=80"),
                sitting(2032, s(YJ, 3) + "=80")), 2032);
        assertFalse(st.passedAll());
    }

    @Test
    void exemptFromTwoMustPassTheRestInOneSitting() {
        List<String> rest = List.of(s(YJ, 1), s(YJ, 3));
        List<String> waived = List.of(s(YJ, 0), s(YJ, 2));
        Standing split = ResultRules.standing(rest, waived, YJ_EXEMPT_TWO, List.of(
                sitting(2030, s(YJ, 1) + "=80", s(YJ, 3) + "=50"), sitting(2031, s(YJ, 3) + "=80")), 2031);
        assertFalse(split.passedAll());
        assertEquals(rest, split.missing(), "the 2030 pass does not carry over to 2031");
        assertNull(split.deadlineYear(), "one sitting: nothing carries over to 2032");
        Standing once = ResultRules.standing(rest, waived, YJ_EXEMPT_TWO, List.of(
                sitting(2031, s(YJ, 1) + "=80", s(YJ, 3) + "=80")), 2031);
        assertTrue(once.passedAll());
        assertEquals(waived, once.waived());
    }

    @Test
    void exemptFromOneFireSubjectHasTwoYears() {
        List<String> rest = List.of(s(XF, 1), s(XF, 2));
        Standing st = ResultRules.standing(rest, List.of(s(XF, 0)), XF_EXEMPT_ONE, List.of(
                sitting(2030, s(XF, 1) + "=80", s(XF, 2) + "=60"), sitting(2031, s(XF, 2) + "=90")), 2031);
        assertTrue(st.passedAll());
        Standing late = ResultRules.standing(rest, List.of(s(XF, 0)), XF_EXEMPT_ONE, List.of(
                sitting(2030, s(XF, 1) + "=80", s(XF, 2) + "=60"), sitting(2032, s(XF, 2) + "=90")), 2032);
        assertFalse(late.passedAll());
    }

    @Test
    void aWaivedSubjectSatAnywayIsNeitherNeededNorCounted() {
        List<String> rest = List.of(s(XF, 1), s(XF, 2));
        Standing st = ResultRules.standing(rest, List.of(s(XF, 0)), XF_EXEMPT_ONE, List.of(
                sitting(2030, s(XF, 0) + "=100", s(XF, 1) + "=80", s(XF, 2) + "=80")), 2030);
        assertTrue(st.passedAll());
        assertEquals(2, st.passes().size());
    }

    @Test
    void aVoidedSubjectDoesNotCount() {
        Standing st = ResultRules.standing(XF, List.of(), XF_ALL, List.of(
                sitting(2030, s(XF, 0) + "=void", s(XF, 1) + "=80", s(XF, 2) + "=80")), 2030);
        assertFalse(st.passedAll());
        assertEquals(List.of(s(XF, 0)), st.missing());
        assertEquals(Lost.VOIDED_SUBJECT, st.lost().get(0).why());
    }

    @Test
    void aVoidedSittingCountsForNothing() {
        Standing st = ResultRules.standing(XF, List.of(), XF_ALL, List.of(
                sitting(2030, true, s(XF, 0) + "=80", s(XF, 1) + "=80", s(XF, 2) + "=80")), 2030);
        assertFalse(st.passedAll());
        assertEquals(XF, st.missing());
        assertTrue(st.passes().isEmpty());
        assertEquals(3, st.lost().size());
        assertTrue(st.lost().stream().allMatch(l -> l.why() == Lost.VOIDED_SITTING));
    }

    @Test
    void aVoidedSittingDoesNotTakeAwayOtherYears() {
        Standing st = ResultRules.standing(XF, List.of(), XF_ALL, List.of(
                sitting(2030, s(XF, 0) + "=80"),
                sitting(2031, true, s(XF, 1) + "=80"),
                sitting(2032, s(XF, 1) + "=80", s(XF, 2) + "=80")), 2032);
        assertTrue(st.passedAll());
    }

    @Test
    void absentIsNotPassed() {
        Standing st = ResultRules.standing(YJ, List.of(), YJ_ALL, List.of(
                sitting(2030, s(YJ, 0) + "=absent", s(YJ, 1) + "=80", s(YJ, 2) + "=80", s(YJ, 3) + "=80")), 2030);
        assertFalse(st.passedAll());
        assertEquals(List.of(s(YJ, 0)), st.missing());
        assertEquals(2031, st.deadlineYear());
    }

    @Test
    void aLaterFailDoesNotUndoAnEarlierPass() {
        Standing st = ResultRules.standing(YJ, List.of(), YJ_ALL, List.of(
                sitting(2030, s(YJ, 0) + "=80", s(YJ, 1) + "=80", s(YJ, 2) + "=80"),
                sitting(2031, s(YJ, 0) + "=10", s(YJ, 3) + "=80")), 2031);
        assertTrue(st.passedAll());
    }

    @Test
    void withoutARowEverySubjectInOneSitting() {
        Period p = ResultRules.period(Map.of(0, YJ_ALL), 2);
        assertEquals(1, p.years());
        assertFalse(p.rolling());
        assertEquals(YJ_ALL, ResultRules.period(Map.of(0, YJ_ALL), 0));
    }

    @Test
    void seenFromALaterYearOldPassesAreGone() {
        Standing st = ResultRules.standing(YJ, List.of(), YJ_ALL, List.of(
                sitting(2030, s(YJ, 0) + "=80")), 2035);
        assertEquals(2035, st.nextYear());
        assertTrue(st.passes().isEmpty());
        assertEquals(YJ, st.missing());
        assertEquals(Lost.EXPIRED, st.lost().get(0).why());
    }

    @Test
    void noSittingsYet() {
        Standing st = ResultRules.standing(YJ, List.of(), YJ_ALL, List.of(), 2030);
        assertFalse(st.sat());
        assertFalse(st.passedAll());
        assertEquals(YJ, st.missing());
    }

    @Test
    void explainedInBothLanguages() {
        Standing st = ResultRules.standing(XF, List.of(), XF_ALL, List.of(
                sitting(2030, s(XF, 0) + "=void", s(XF, 1) + "=80")), 2030);
        String zh = String.join("\n", st.explain(Locale.SIMPLIFIED_CHINESE));
        String en = String.join("\n", st.explain(Locale.ENGLISH));
        assertTrue(zh.contains("尚需通过") && zh.contains("2032") && zh.contains("宣布无效") && zh.contains("连续3个考试年度"), zh);
        assertTrue(en.contains("Still to pass") && en.contains("2032") && en.contains("declared void")
                && en.contains("3 consecutive exam years"), en);
        Standing done = ResultRules.standing(List.of("A"), List.of(), Period.oneSitting(), List.of(sitting(2030, "A=90")), 2030);
        assertTrue(done.explain(Locale.ENGLISH).get(0).contains("passed in the 2030 exam"), done.explain(Locale.ENGLISH).toString());
    }

    @Test
    void absentFlags() {
        assertEquals(Boolean.TRUE, ResultRules.absentFlag("是"));
        assertEquals(Boolean.TRUE, ResultRules.absentFlag(" YES "));
        assertEquals(Boolean.FALSE, ResultRules.absentFlag(""));
        assertEquals(Boolean.FALSE, ResultRules.absentFlag("否"));
        assertNull(ResultRules.absentFlag("maybe"));
    }
}
