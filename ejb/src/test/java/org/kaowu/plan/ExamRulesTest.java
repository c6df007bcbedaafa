package org.kaowu.plan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kaowu.plan.PlanRulesTest.keys;
import static org.kaowu.plan.PlanRulesTest.timeline;

/** The editor's rules for one exam. */
class ExamRulesTest {

    static PlanData.SubjectData subject(String level, String code, BigDecimal full, BigDecimal pass) {
        return new PlanData.SubjectData(level, code, "科目" + code, 150, full, pass, 2);
    }

    static PlanData.SessionData session(int row, String level, String code, String date, String start, String end) {
        return new PlanData.SessionData(row, level, code, LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end),
                SessionMode.PAPER);
    }

    static PlanData.ExamData exam(List<String> levels, List<PlanData.SubjectData> subjects, List<PlanData.SessionData> sessions) {
        return new PlanData.ExamData(0, "ECO", "经济专业技术资格", null, levels, subjects, sessions, timeline(), Map.of());
    }

    @Test
    void aWellFormedExamHasNoProblems() {
        assertEquals(List.of(), ExamRules.check(exam(List.of("初级", "中级"),
                List.of(subject("初级", "01", BigDecimal.valueOf(140), BigDecimal.valueOf(84)),
                        subject("中级", "01", BigDecimal.valueOf(140), BigDecimal.valueOf(84))),
                List.of(session(1, "初级", "01", "2023-09-09", "09:00", "11:30"),
                        session(2, "中级", "01", "2023-09-09", "09:00", "11:30")))));
    }

    @Test
    void aSessionNeedsASubjectOfItsLevel() {
        List<PlanProblem> problems = ExamRules.check(exam(List.of("初级", "中级"),
                List.of(subject("初级", "01", null, null)),
                List.of(session(1, "初级", "01", "2023-09-09", "09:00", "11:30"),
                        session(2, "中级", "01", "2023-09-09", "14:00", "16:30"))));
        assertEquals(List.of("plan.session.unknownSubject"), keys(problems));
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void subjectsAreCheckedRowByRow() {
        List<PlanProblem> problems = ExamRules.check(exam(List.of(),
                List.of(subject(null, "01", BigDecimal.valueOf(100), BigDecimal.valueOf(120)),
                        subject("高级", "02", null, null),
                        subject(null, "01", BigDecimal.valueOf(100), BigDecimal.valueOf(60)),
                        subject(null, "<b>", null, null)),
                List.of(session(1, null, "01", "2023-09-09", "09:00", "11:30"))));
        assertEquals(List.of("plan.row.passAboveFull", "plan.exam.unknownLevel", "plan.exam.subjectTwice", "plan.row.subject"),
                keys(problems));
        assertEquals(List.of(1, 2, 3, 4), problems.stream().map(PlanProblem::line).toList());
    }

    @Test
    void sessionsStillFallOnExamDaysAndDoNotOverlap() {
        List<PlanProblem> problems = ExamRules.check(exam(List.of(),
                List.of(subject(null, "01", null, null), subject(null, "02", null, null)),
                List.of(session(1, null, "01", "2023-09-09", "09:00", "11:30"),
                        session(2, null, "02", "2023-09-09", "11:00", "12:30"),
                        session(3, null, "02", "2023-09-12", "09:00", "11:30"))));
        assertEquals(List.of("plan.session.offDay", "plan.session.overlap"), keys(problems));
    }

    @Test
    void anExamWithoutSessionsOrCodeIsRefused() {
        PlanData.ExamData e = new PlanData.ExamData(0, " ", "经济专业技术资格", null, List.of(), List.of(), List.of(),
                timeline(), Map.of());
        assertEquals(List.of("plan.row.examCode", "plan.exam.noSessions"), keys(ExamRules.check(e)));
    }
}
