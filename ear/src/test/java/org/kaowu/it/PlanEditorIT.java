package org.kaowu.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.as;

/** The plan editor's API: an empty draft filled exam by exam, changes to a published exam, and archiving. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanEditorIT {


    static Kaowu.Client office() {
        return as("office", DEMO_PASSWORD);
    }

    /** 经济专业技术资格 (初级/中级) in the given year, on two exam days from {@code firstDay}, sessions on the first. */
    static String economist(int year, String qualification, String firstDay, String reason) {
        java.time.LocalDate day = java.time.LocalDate.parse(firstDay);
        return """
                {"code":"JJ","qualification":"%2$s","levels":["初级","中级"],%4$s
                 "windows":{"registrationOpens":"%1$d-07-01","registrationCloses":"%1$d-07-20","withdrawalDeadline":"%1$d-07-20",
                  "verificationDeadline":"%1$d-10-31","ticketsOpen":"%1$d-11-01","ticketsClose":"%5$s",
                  "examStart":"%3$s","examEnd":"%5$s","scoreRelease":"%1$d-12-20","certificatesFrom":"%1$d-12-31"},
                 "subjects":[{"level":"初级","code":"01","name":"经济基础知识","durationMinutes":90,"fullMarks":140,"passMark":84},
                             {"level":"中级","code":"01","name":"经济基础知识","durationMinutes":90,"fullMarks":140,"passMark":84,"rollingYears":2}],
                 "sessions":[{"level":"初级","subjectCode":"01","date":"%3$s","start":"09:00","end":"10:30","mode":"COMPUTER"},
                             {"level":"中级","subjectCode":"01","date":"%3$s","start":"09:00","end":"10:30","mode":"COMPUTER"}]}
                """.formatted(year, qualification, firstDay, reason == null ? "" : "\"reason\":\"" + reason + "\",",
                day.plusDays(1).toString());
    }

    @Test
    void anEmptyDraftIsFilledExamByExamAndAPublishedExamChangesOnlyWithAReason() {
        Kaowu.Client office = office();
        Kaowu.Response created = office.post("/api/plans", "application/json",
                "{\"year\":2033,\"title\":\"2033年度考试工作计划\",\"authority\":\"人力资源社会保障部人事考试中心\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(0, created.json().getJsonArray("exams").size());
        Kaowu.Response again = office.post("/api/plans", "application/json",
                "{\"year\":2033,\"title\":\"again\",\"authority\":\"x\"}");
        assertEquals(409, again.status());
        assertEquals("urn:kaowu:problem:plan-exists", again.json().getString("type"));
        Kaowu.Response empty = office.post("/api/plans/2033/publish", "application/json", "");
        assertEquals(409, empty.status(), "an empty plan is not published");

        // Off the catalogue: refused with the catalogue's words, nothing stored.
        Kaowu.Response off = office.put("/api/plans/2033/exams/JJ", economist(2033, "区块链理财规划师", "2033-11-11", null));
        assertEquals(422, off.status(), off.body());
        assertTrue(off.json().getJsonArray("problems").toString().contains("不在国家职业资格目录"), off.body());
        // A session of a subject the exam does not have, and one outside the exam days: every problem, by row.
        Kaowu.Response bad = office.put("/api/plans/2033/exams/JJ", economist(2033, "经济专业技术资格", "2033-11-11", null)
                .replace("\"date\":\"2033-11-11\",\"start\"", "\"date\":\"2033-11-15\",\"start\"").replace("\"level\":\"中级\",\"subjectCode\":\"01\"", "\"level\":\"中级\",\"subjectCode\":\"09\""));
        assertEquals(422, bad.status(), bad.body());
        assertTrue(bad.body().contains("session_subject"), bad.body());
        assertTrue(bad.body().contains("2033-11-15"), "the session off the exam days is named too: " + bad.body());
        assertEquals(0, office.get("/api/plans/2033").json().getJsonArray("exams").size(), "nothing stored");
        Kaowu.Response malformed = office.put("/api/plans/2033/exams/JJ", economist(2033, "经济专业技术资格", "2033-11-11", null)
                .replace("\"durationMinutes\":90", "\"durationMinutes\":\"ninety\""));
        assertEquals(400, malformed.status());
        assertEquals("subjects[0].durationMinutes", malformed.json().getString("field"));

        Kaowu.Response added = office.put("/api/plans/2033/exams/JJ", economist(2033, "经济专业技术资格", "2033-11-11", null));
        assertEquals(201, added.status(), added.body());
        assertEquals("P-L-07", added.json().getString("catalogueCode"), "checked against the catalogue");
        assertEquals(2, added.json().getJsonArray("sessions").size());
        assertEquals(201, office.put("/api/plans/2033/exams/TMP", economist(2033, "经济专业技术资格", "2033-11-11", null)
                .replace("\"code\":\"JJ\"", "\"code\":\"TMP\"")).status());
        assertEquals(204, office.delete("/api/plans/2033/exams/TMP").status());
        assertEquals(1, office.get("/api/plans/2033").json().getJsonArray("exams").size());

        assertEquals(200, office.post("/api/plans/2033/publish", "application/json", "").status());
        // A postponement by a day: without a reason refused, with one rescheduled.
        String later = economist(2033, "经济专业技术资格", "2033-11-12", null);
        Kaowu.Response noReason = office.put("/api/plans/2033/exams/JJ", later);
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().getString("field"));
        Kaowu.Response renamed = office.put("/api/plans/2033/exams/JJ", economist(2033, "经济专业技术资格", "2033-11-11", "改名")
                .replace("\"levels\":[\"初级\",\"中级\"]", "\"levels\":[\"初级\",\"中级\",\"高级\"]"));
        assertEquals(409, renamed.status(), "a published exam keeps its levels");
        Kaowu.Response moved = office.put("/api/plans/2033/exams/JJ",
                later.replace("{\"code\"", "{\"reason\":\"因故推迟一天\",\"code\""));
        assertEquals(200, moved.status(), moved.body());
        JsonObject exam = moved.json();
        assertEquals("2033-11-12", exam.getJsonArray("sessions").getJsonObject(0).getString("date"));
        assertEquals("2033-11-12T00:00+08:00", exam.getJsonObject("windows").getString("examStart"));
        JsonObject jobs = office.get("/api/plans/2033/jobs").json();
        assertTrue(jobs.getJsonArray("scheduled").stream().map(JsonObject.class::cast)
                .anyMatch(d -> d.getString("edge").equals("examStart") && d.getString("at").startsWith("2033-11-11T16:00")),
                "the exam-start trigger moved with the exam: " + jobs);
        assertEquals(409, office.delete("/api/plans/2033/exams/JJ").status(), "a published plan keeps its exams");
        Kaowu.Response early = office.post("/api/plans/2033/archive", "application/json", "");
        assertEquals(409, early.status());
        assertEquals("urn:kaowu:problem:plan-not-over", early.json().getString("type"));
    }

    @Test
    void aPlanWhoseCalendarHasRunItsCourseIsArchivedAndReadOnly() {
        Kaowu.Client office = office();
        assertEquals(201, office.post("/api/plans", "application/json",
                "{\"year\":2024,\"title\":\"2024年度考试工作计划\",\"authority\":\"人力资源社会保障部人事考试中心\"}").status());
        assertEquals(201, office.put("/api/plans/2024/exams/JJ", economist(2024, "经济专业技术资格", "2024-11-11", null)).status());
        JsonObject published = office.post("/api/plans/2024/publish", "application/json", "").json();
        assertEquals("CERTIFICATES", published.getJsonArray("exams").getJsonObject(0).getString("phase"));
        Kaowu.Response archived = office.post("/api/plans/2024/archive", "application/json", "");
        assertEquals(200, archived.status(), archived.body());
        assertEquals("ARCHIVED", archived.json().getString("status"));
        Kaowu.Response change = office.put("/api/plans/2024/exams/JJ", economist(2024, "经济专业技术资格", "2024-11-11", "补录"));
        assertEquals(409, change.status());
        assertEquals("urn:kaowu:problem:plan-archived", change.json().getString("type"));
    }
}
