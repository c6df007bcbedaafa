package org.kaowu.plan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timeline validation, phase derivation and the plan file. */
class PlanRulesTest {

    /** Every column but the optional fee: files from before fees existed still read. */
    static final String HEADER = String.join(",", PlanFile.COLUMNS.stream().filter(c -> !c.equals("fee")).toList()) + "\n";

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(org.kaowu.shared.AuthorityClock.ZONE).toInstant();
    }

    static Timeline timeline() {
        return new Timeline(at("2023-06-26T00:00"), at("2023-07-07T00:00"), at("2023-07-07T00:00"),
                at("2023-09-01T00:00"), at("2023-09-01T00:00"), at("2023-09-11T00:00"), at("2023-09-09T00:00"),
                at("2023-09-11T00:00"), at("2023-11-27T00:00"), at("2024-01-15T00:00"));
    }

    static List<String> keys(List<PlanProblem> problems) {
        return problems.stream().map(PlanProblem::key).toList();
    }

    @Test
    void aCoherentTimelineHasNoProblems() {
        assertEquals(List.of(), TimelineRules.check(timeline(), 0, ""));
    }

    @Test
    void registrationMustCloseBeforeTicketsOpen() {
        Timeline t = timeline();
        Timeline bad = new Timeline(t.registrationOpens(), at("2023-09-02T00:00"), t.withdrawalDeadline(),
                at("2023-09-02T00:00"), t.ticketsOpen(), t.ticketsClose(), t.examStart(), t.examEnd(),
                t.scoreRelease(), t.certificatesFrom());
        List<PlanProblem> problems = TimelineRules.check(bad, 7, "");
        assertEquals(List.of("plan.timeline.notAfter"), keys(problems));
        assertEquals("ticketsOpen", problems.get(0).field());
        assertEquals(7, problems.get(0).line());
    }

    @Test
    void everyMissingEdgeIsNamed() {
        Timeline t = timeline();
        Timeline partial = new Timeline(t.registrationOpens(), null, t.withdrawalDeadline(), t.verificationDeadline(),
                t.ticketsOpen(), t.ticketsClose(), t.examStart(), t.examEnd(), null, t.certificatesFrom());
        assertEquals(List.of("registrationCloses", "scoreRelease"),
                TimelineRules.check(partial, 0, "").stream().map(PlanProblem::field).toList());
    }

    @Test
    void sessionsFallOnExamDaysAndDoNotOverlapWithinALevel() {
        var onDay = new PlanData.SessionData(2, "一级", "A", java.time.LocalDate.of(2023, 9, 9),
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(11, 0), SessionMode.PAPER);
        var overlapping = new PlanData.SessionData(3, "一级", "B", java.time.LocalDate.of(2023, 9, 9),
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0), SessionMode.PAPER);
        var otherLevel = new PlanData.SessionData(4, "二级", "C", java.time.LocalDate.of(2023, 9, 9),
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0), SessionMode.PAPER);
        var offDay = new PlanData.SessionData(5, "一级", "D", java.time.LocalDate.of(2023, 9, 12),
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(11, 0), SessionMode.PAPER);
        List<PlanProblem> problems = TimelineRules.checkSessions(timeline(), List.of(onDay, overlapping, otherLevel, offDay));
        assertEquals(List.of("plan.session.offDay", "plan.session.overlap"), keys(problems));
        assertEquals(List.of(5, 3), problems.stream().map(PlanProblem::line).toList());
    }

    @Test
    void thePhaseFollowsTheWindowsAndTheClock() {
        Timeline t = timeline();
        assertEquals(ExamPhase.UPCOMING, t.phaseAt(at("2023-06-25T23:59")));
        assertEquals(ExamPhase.REGISTRATION_OPEN, t.phaseAt(at("2023-06-26T00:00")));
        assertEquals(ExamPhase.REGISTRATION_CLOSED, t.phaseAt(at("2023-07-07T00:00")));
        assertEquals(ExamPhase.TICKETS, t.phaseAt(at("2023-09-01T08:00")));
        assertEquals(ExamPhase.EXAM, t.phaseAt(at("2023-09-09T09:00")));
        assertEquals(ExamPhase.SCORING, t.phaseAt(at("2023-09-11T00:00")));
        assertEquals(ExamPhase.RESULTS, t.phaseAt(at("2023-11-27T00:00")));
        assertEquals(ExamPhase.CERTIFICATES, t.phaseAt(at("2030-01-01T00:00")));
    }

    @Test
    void theSample2023PlanReadsCleanly() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/kaowu/plan/samples/plan-2023.csv")) {
            PlanFile.Result r = PlanFile.parse(in.readAllBytes());
            assertEquals(List.of(), r.problems());
            assertEquals(3, r.plan().exams().size());
            PlanData.ExamData yj = r.plan().exams().get(0);
            assertEquals("建造师", yj.qualification());
            assertEquals(List.of("一级"), yj.levels());
            assertEquals(4, yj.sessions().size());
            assertEquals(at("2023-07-07T00:00"), yj.timeline().registrationCloses(), "a closing date ends at 24:00");
            assertEquals(at("2023-06-28T00:00"), yj.areaTimelines().get("北京市").registrationOpens());
            assertEquals(yj.timeline().examStart(), yj.areaTimelines().get("北京市").examStart(), "blank cells keep the national");
        }
    }

    @Test
    void aFileWithBadRowsYieldsNothingAndNamesEachRow() {
        String row1 = "E1,建造师,,一级,A,甲,120,100,60,2,2023-09-09,09:00,11:00,PAPER,,2023-06-26,2023-07-06,2023-07-06,"
                + "2023-08-31,2023-09-01,2023-09-10,2023-09-09,2023-09-10,2023-11-27,2024-01-15\n";
        String row2 = "E1,建造师,,一级,B,乙,120,100,160,2,2023-09-09,25:00,11:00,PAPER,,,,,,,,,,,\n";
        PlanFile.Result r = PlanFile.parse((HEADER + row1 + row2).getBytes(StandardCharsets.UTF_8));
        assertTrue(r.plan() == null);
        assertEquals(List.of("plan.row.passAboveFull", "plan.row.badSession"), keys(r.problems()));
        assertEquals(List.of(3, 3), r.problems().stream().map(PlanProblem::line).toList());
    }
}
