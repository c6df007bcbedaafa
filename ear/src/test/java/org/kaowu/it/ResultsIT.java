package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * Results (issue 14, part A) over HTTP: a score file with problems stores nothing; the import; candidates see nothing
 * before the RESULTS edge and their scores and standing after it; pass marks fixed by publication; a change after it
 * needs a reason and is audited; subjects accumulate over two consecutive years (经济 中级: two years, V27); a score
 * voided by a misconduct decision does not count. Areas: 广西壮族自治区 and 海南省 (no other class uses them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultsIT {

    private static final ZoneId BEIJING = ResultFixtures.BEIJING;
    private static final String HEADER = "ticket_number,subject,score,absent\n";
    private static final String SUBJECT_02 = ResultFixtures.SUBJECT_02;

    private static Kaowu.Client office() {
        return Kaowu.session("office", DEMO_PASSWORD);
    }

    private static JsonObject sitting(JsonArray mine, int year) {
        return mine.getValuesAs(JsonObject.class).stream().filter(o -> o.getInt("year") == year).findFirst().orElseThrow();
    }

    private static JsonObject subject(JsonObject sitting, String code) {
        return sitting.getJsonArray("subjects").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void scoresFromImportToPublicationAndAccumulatedOverTwoYears() throws Exception {
        Kaowu.Client office = office();
        String area = "广西壮族自治区";
        ResultFixtures.venue(office, area);
        try {
            Instant now = Kaowu.serverNow();
            LocalDateTime local = LocalDateTime.ofInstant(now, BEIJING);
            int year = ResultFixtures.freeYears(office, 2035);
            ResultFixtures.plan(office, year, local);
            long exam = ResultFixtures.examId(office, year);
            Kaowu.Client a = RegistrationFixtures.candidate();
            Kaowu.Client b = RegistrationFixtures.candidate();
            long ra = ResultFixtures.register(office, a, year, area, "[\"01\",\"02\"]");
            long rb = ResultFixtures.register(office, b, year, area, "[\"01\",\"02\"]");
            Kaowu.Client unnamed = RegistrationFixtures.candidate();
            ResultFixtures.register(office, unnamed, year, area, "[\"01\",\"02\"]");

            // Before the exam: nothing to import.
            Kaowu.Response early = office.post("/api/office/results/exams/" + exam + "/import", "text/csv", HEADER + "X,01,1,\n");
            assertEquals(409, early.status(), early.body());
            assertEquals("urn:kaowu:problem:exam-not-held", early.json().getString("type"));

            Map<Long, String> tickets = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600));
            String ta = tickets.get(ra);
            String tb = tickets.get(rb);
            assertTrue(ta != null && tb != null, tickets.toString());
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
            assertTrue(office.get("/api/office/results/exams").array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getJsonNumber("id").longValue() == exam && !e.getBoolean("published")));

            // A file with problems: every one listed by line and column, in both languages; nothing stored.
            String bad = HEADER + "NOPE1,01,80,\n" + ta + ",01,141,\n" + ta + ",02,80,是\n" + tb + ",03,80,\n"
                    + tb + ",01,abc,\n" + tb + ",02,,\n";
            Kaowu.Response preview = office.post("/api/office/results/exams/" + exam + "/import/preview", "text/csv", bad);
            assertEquals(422, preview.status(), preview.body());
            assertEquals("urn:kaowu:problem:invalid-scores", preview.json().getString("type"));
            JsonArray problems = preview.json().getJsonArray("problems");
            assertEquals(6, problems.size(), problems.toString());
            for (int i = 0; i < 6; i++) {
                assertTrue(problems.getString(i).startsWith("第" + (i + 2) + "行"), problems.toString());
            }
            assertTrue(preview.body().contains("NOPE1") && preview.body().contains("141"), preview.body());
            Kaowu.Response english = office.post("/api/office/results/exams/" + exam + "/import", "text/csv", bad,
                    "Accept-Language", "en");
            assertEquals(422, english.status());
            assertTrue(english.json().getString("detail").contains("6 problem"), english.body());
            assertEquals("0", office.get("/api/office/results/exams/" + exam + "/scores").headers()
                    .firstValue("X-Total-Count").orElse("?"), "nothing stored");
            Kaowu.Response hostile = office.postBytes("/api/office/results/exams/" + exam + "/import", "text/csv",
                    new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
            assertEquals(422, hostile.status(), hostile.body());

            // The good file: preview counts, then the import.
            String good = HEADER + ta + ",01,90,否\n" + ta + ",02,60,\n" + tb + ",01,,是\n" + tb + ",02,100,\n";
            JsonObject counts = office.post("/api/office/results/exams/" + exam + "/import/preview", "text/csv", good).json();
            assertEquals(4, counts.getInt("added"), counts.toString());
            JsonObject imported = office.post("/api/office/results/exams/" + exam + "/import", "text/csv", good).json();
            assertEquals(4, imported.getInt("added"), imported.toString());
            // Re-import before publication updates the rows it names, without a reason.
            JsonObject again = office.post("/api/office/results/exams/" + exam + "/import", "text/csv",
                    HEADER + ta + ",02,70,\n").json();
            assertEquals(1, again.getInt("changed"), again.toString());

            // Pass marks: set before publication (range checked).
            Kaowu.Response mark = office.put("/api/office/results/exams/" + exam + "/pass-marks/02", "{\"mark\":86}");
            assertEquals(200, mark.status(), mark.body());
            assertEquals(86, mark.json().getJsonNumber("mark").intValue());
            Kaowu.Response tooHigh = office.put("/api/office/results/exams/" + exam + "/pass-marks/02", "{\"mark\":141}");
            assertEquals(422, tooHigh.status());
            assertEquals("urn:kaowu:problem:invalid-pass-mark", tooHigh.json().getString("type"));

            JsonObject summary = office.get("/api/office/results/exams/" + exam).json();
            JsonObject s01 = summary.getJsonArray("subjects").getJsonObject(0);
            assertEquals(2, s01.getInt("scored"));
            assertEquals(1, s01.getInt("absent"));
            assertEquals(1, s01.getInt("passed"));
            assertEquals(1, s01.getJsonArray("bands").getInt(6), "90 of 140 is in the 60-69 % band: " + s01);
            JsonArray rows = office.get("/api/office/results/exams/" + exam + "/scores?subject=01").array();
            assertEquals(2, rows.size());
            assertTrue(rows.getValuesAs(JsonObject.class).stream().allMatch(r -> r.getString("name").contains("*")
                    && r.getString("idNumber").contains("*")), "masked: " + rows);

            // Before the RESULTS edge the candidate sees nothing.
            assertEquals(0, a.get("/api/results").array().size());

            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
            JsonArray mine = a.get("/api/results").array();
            assertEquals(1, mine.size(), mine.toString());
            JsonObject first = sitting(mine, year);
            assertTrue(subject(first, "01").getBoolean("passed"));
            assertFalse(subject(first, "02").getBoolean("passed"), "70 is below the office's 86");
            JsonObject standing = first.getJsonObject("standing");
            assertFalse(standing.getBoolean("passedAll"));
            assertEquals(List.of(SUBJECT_02), standing.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertEquals(year + 1, standing.getInt("deadlineYear"));
            assertEquals(2, standing.getInt("periodYears"));
            assertTrue(standing.getString("periodSource").contains("人社部规〔2020〕1号"));
            assertTrue(standing.toString().contains("尚需通过"), standing.toString());
            JsonObject standingEn = sitting(a.get("/api/results", "Accept-Language", "en").array(), year).getJsonObject("standing");
            assertTrue(standingEn.toString().contains("Still to pass"), standingEn.toString());
            assertTrue(a.get("/api/registrations/notifications").body().contains("成绩已公布"), "told by a notice");
            assertTrue(subject(sitting(b.get("/api/results").array(), year), "01").getBoolean("absent"));
            assertEquals(0, unnamed.get("/api/results").array().size(), "a registration the file does not name is no sitting");

            // Published: pass marks fixed; a change needs a reason, is audited and told.
            Kaowu.Response fixed = office.put("/api/office/results/exams/" + exam + "/pass-marks/02", "{\"mark\":80}");
            assertEquals(409, fixed.status());
            assertEquals("urn:kaowu:problem:results-published", fixed.json().getString("type"));
            String change = HEADER + tb + ",02,99,\n";
            Kaowu.Response noReason = office.post("/api/office/results/exams/" + exam + "/import", "text/csv", change);
            assertEquals(422, noReason.status());
            assertEquals("urn:kaowu:problem:reason-required", noReason.json().getString("type"));
            Kaowu.Response withReason = office.post("/api/office/results/exams/" + exam + "/import?reason="
                    + URLEncoder.encode("阅卷中心复核更正", StandardCharsets.UTF_8), "text/csv", change);
            assertEquals(200, withReason.status(), withReason.body());
            assertEquals(1, withReason.json().getInt("changed"));
            assertEquals(99, subject(sitting(b.get("/api/results").array(), year), "02").getJsonNumber("score").intValue());
            assertTrue(b.get("/api/registrations/notifications").body().contains("阅卷中心复核更正"));
            String audit = Kaowu.session("admin", DEMO_PASSWORD).get("/api/admin/audit?action=results.change").body();
            assertTrue(audit.contains(tb) && audit.contains("100 -> 99"), audit);

            // The next year: A sits only subject 02 and passes; both years' passes make the whole.
            Instant nextNow = Kaowu.serverNow();
            ResultFixtures.plan(office, year + 1, LocalDateTime.ofInstant(nextNow, BEIJING));
            long exam2 = ResultFixtures.examId(office, year + 1);
            long ra2 = ResultFixtures.register(office, a, year + 1, area, "[\"02\"]");
            String ta2 = ResultFixtures.seated(office, exam2, area, nextNow.plusSeconds(3600)).get(ra2);
            Kaowu.moveClockTo(ResultFixtures.beijing(year + 1, 9, 11, 9));
            Kaowu.Response otherExam = office.post("/api/office/results/exams/" + exam2 + "/import/preview", "text/csv",
                    HEADER + ta + ",02,80,\n");
            assertEquals(422, otherExam.status(), "a ticket of last year's exam: " + otherExam.body());
            assertTrue(otherExam.json().getJsonArray("problems").getString(0).contains("另一项考试"),
                    otherExam.body());
            assertEquals(200, office.post("/api/office/results/exams/" + exam2 + "/import", "text/csv",
                    HEADER + ta2 + ",02,88,\n").status());
            Kaowu.moveClockTo(ResultFixtures.beijing(year + 1, 11, 30, 9));
            JsonObject done = sitting(a.get("/api/results").array(), year + 1).getJsonObject("standing");
            assertTrue(done.getBoolean("passedAll"), done.toString());
            assertEquals(year, done.getInt("windowFrom"));
            assertEquals(year + 1, done.getInt("windowTo"));
            JsonObject gate = office.get("/api/office/results/standing/" + ra2).json();
            assertTrue(gate.getBoolean("passedAll"), gate.toString());
            assertEquals(403, a.get("/api/office/results/standing/" + ra2).status());
        } finally {
            Kaowu.resetClock();
        }
    }

    @Test
    void aScoreVoidedByAMisconductDecisionDoesNotCount() throws Exception {
        Kaowu.Client office = office();
        String area = "海南省";
        ResultFixtures.venue(office, area);
        try {
            Instant now = Kaowu.serverNow();
            int year = ResultFixtures.freeYears(office, 2037);
            ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, BEIJING));
            long exam = ResultFixtures.examId(office, year);
            Kaowu.Client c = RegistrationFixtures.candidate();
            long rc = ResultFixtures.register(office, c, year, area, "[\"01\",\"02\"]");
            String tc = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600)).get(rc);
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
            assertEquals(200, office.post("/api/office/results/exams/" + exam + "/import", "text/csv",
                    HEADER + tc + ",01,120,\n" + tc + ",02,130,\n").status());
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
            assertTrue(sitting(c.get("/api/results").array(), year).getJsonObject("standing").getBoolean("passedAll"));

            // Art. 6: subject 01 void, through the full procedure (notice, defence, re-check, decision).
            Kaowu.Response fired = Kaowu.as("admin", DEMO_PASSWORD).post("/api/admin/test/conduct/incident",
                    "application/json", jakarta.json.Json.createObjectBuilder()
                            .add("reportId", ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L))
                            .add("party", "CANDIDATE").add("registrationId", rc).add("examId", 0).add("year", 0)
                            .add("area", "-").add("site", "测试考点").add("room", "101").add("subject", "01")
                            .add("ruleCode", "C6.7").add("description", "将草稿纸带出考场").build().toString());
            assertEquals(200, fired.status(), fired.body());
            long caseId = c.get("/api/cases").array().getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals(200, office.post("/api/office/cases/" + caseId + "/notice", "application/json",
                    "{\"facts\":\"考试结束后将草稿纸带出考场\"}").status());
            JsonObject decided = DecidedCase.decide(office, c, caseId);
            assertEquals("01", decided.getJsonArray("voidedScores").getJsonObject(0).getString("subject"));

            JsonObject sitting = sitting(c.get("/api/results").array(), year);
            assertTrue(subject(sitting, "01").getBoolean("voided"));
            assertFalse(subject(sitting, "01").getBoolean("passed"));
            JsonObject standing = sitting.getJsonObject("standing");
            assertFalse(standing.getBoolean("passedAll"), standing.toString());
            assertEquals("VOIDED_SUBJECT", standing.getJsonArray("lost").getJsonObject(0).getString("why"));
            assertTrue(standing.toString().contains("宣布无效"), standing.toString());
            JsonObject row = office.get("/api/office/results/exams/" + exam + "/scores?subject=01").array().getJsonObject(0);
            assertTrue(row.getBoolean("voided"));
            assertFalse(row.getBoolean("passed"));
        } finally {
            Kaowu.resetClock();
        }
    }

    @Test
    void onlyTheOfficeImportsAndTheSampleFilesDownload() throws IOException {
        Kaowu.Client office = office();
        assertEquals(200, office.get("/api/office/results/sample.csv").status());
        assertEquals(200, office.get("/api/office/results/sample.xlsx").status());
        assertTrue(office.get("/api/office/results/rolling-periods").body().contains("国人部发〔2004〕16号"));
        Kaowu.Client candidate = RegistrationFixtures.candidate();
        assertEquals(403, candidate.post("/api/office/results/exams/1/import", "text/csv", HEADER).status());
        assertEquals(403, Kaowu.session("supervisor", DEMO_PASSWORD).get("/api/office/results/exams").status());
        assertEquals(404, office.get("/api/office/results/exams/999999999").status());
    }
}
