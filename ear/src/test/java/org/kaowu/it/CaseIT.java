package org.kaowu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * Misconduct cases (Order No. 31 Arts. 16–19) in 福建省, 河南省 and 山东省: the due-process path with its deadline
 * driven by the authority clock, a decision that voids scores and writes the integrity record, an appeal that quashes
 * it and restores them, a barred staff member left out of a roster, a late defence refused with its deadline, a
 * candidate who cannot read another's case, and a change of the proposed sanction refused without a reason. Cases are
 * started through the test server's event hook ({@code /api/admin/test/conduct/…}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static Kaowu.Client office() {
        return Kaowu.session("office", DEMO_PASSWORD);
    }

    private static long reportId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L);
    }

    private static void incident(long report, long registration, String rule, String subject, String description) {
        Kaowu.Response r = Kaowu.as("admin", DEMO_PASSWORD).post("/api/admin/test/conduct/incident", "application/json",
                Json.createObjectBuilder().add("reportId", report).add("party", "CANDIDATE")
                        .add("registrationId", registration).add("examId", 0).add("year", 0).add("area", "-")
                        .add("site", "测试考点").add("room", "101").add("subject", subject).add("ruleCode", rule)
                        .add("description", description).build().toString());
        assertEquals(200, r.status(), r.body());
    }



    private static int plan(Kaowu.Client office) {
        LocalDateTime now = LocalDateTime.ofInstant(Kaowu.serverNow(), BEIJING);
        return RegistrationFixtures.ownJjPlan(office, 2095, "违纪处理测试计划", now, now.plusDays(30), null);
    }

    @Test
    void theFullProcedureFromNoticeToDecisionVoidsScoresWritesTheRecordAndAnAppealQuashesIt() throws Exception {
        Kaowu.Client office = office();
        int year = plan(office);
        String area = "福建省";
        Kaowu.Client candidate = RegistrationFixtures.candidate();
        long registration = RegistrationFixtures.registerJj(candidate, year, area);
        Kaowu.Client other = RegistrationFixtures.candidate();
        RegistrationFixtures.registerJj(other, year, area);

        // Two reports about the same sitting: one case, the most severe rule proposed; the same report twice is one.
        long first = reportId();
        incident(first, registration, "C6.1", "01", "开考后座位内发现手机，经提醒仍未交出");
        incident(reportId(), registration, "C7.1", "01", "使用手机查找答案");
        incident(first, registration, "C6.1", "01", "开考后座位内发现手机，经提醒仍未交出");
        JsonArray mine = candidate.get("/api/cases").array();
        assertEquals(1, mine.size(), mine.toString());
        long id = mine.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject c = office.get("/api/office/cases/" + id).json();
        assertEquals(2, c.getJsonArray("reports").size(), c.toString());
        assertEquals("C7.1", c.getString("ruleCode"));
        assertEquals("C7.1", c.getJsonObject("proposedRule").getString("code"));
        assertEquals("OPEN", c.getString("status"));
        assertTrue(c.getString("idNumberMasked").contains("*"), "the number is masked");
        JsonObject row = office.get("/api/office/cases?article=7&area=" + java.net.URLEncoder.encode(area,
                StandardCharsets.UTF_8)).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertTrue(row.getString("idNumberMasked").contains("*"));

        // Another candidate cannot read it, nor defend in it, nor download its decision.
        assertEquals(404, other.get("/api/cases/" + id).status());
        assertEquals(404, other.post("/api/cases/" + id + "/defences", "application/json", "{\"text\":\"不是我\"}").status());
        assertEquals(404, other.get("/api/cases/" + id + "/decision.pdf").status());
        assertEquals(0, other.get("/api/cases").array().size());
        assertEquals(403, candidate.get("/api/office/cases/" + id).status());

        // The proposed sanction changed without a reason is refused; with one it is kept; back to the proposal.
        Kaowu.Response noReason = office.post("/api/office/cases/" + id + "/rule", "application/json",
                "{\"ruleCode\":\"C6.1\"}");
        assertEquals(422, noReason.status(), noReason.body());
        assertTrue(noReason.isProblem());
        assertEquals("urn:kaowu:problem:conduct/reason-required", noReason.json().getString("type"));
        assertEquals("C7.1", office.get("/api/office/cases/" + id).json().getString("ruleCode"), "nothing changed");
        JsonObject changed = office.post("/api/office/cases/" + id + "/rule", "application/json",
                "{\"ruleCode\":\"C6.1\",\"reason\":\"手机未开机，无证据表明使用\"}").json();
        assertEquals("C6.1", changed.getString("ruleCode"));
        assertEquals("手机未开机，无证据表明使用", changed.getString("ruleReason"));
        assertEquals("C7.1", office.post("/api/office/cases/" + id + "/rule", "application/json",
                "{\"ruleCode\":\"C7.1\"}").json().getString("ruleCode"));

        // Competence (Art. 5): Art. 7 is decided at provincial level; a local office account reads it as referred.
        String local = "local-office-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        assertEquals(201, Kaowu.as("admin", DEMO_PASSWORD).post("/api/admin/test/conduct/office-account",
                "application/json", "{\"username\":\"" + local + "\",\"password\":\"Local-office-pass-2040\"}").status());
        Kaowu.Client localOffice = Kaowu.session(local, "Local-office-pass-2040");
        assertTrue(localOffice.get("/api/office/cases/" + id).json().getBoolean("referredToProvince"));
        assertFalse(office.get("/api/office/cases/" + id).json().getBoolean("referredToProvince"));
        Kaowu.Response referred = localOffice.post("/api/office/cases/" + id + "/notice", "application/json", "{}");
        assertEquals(403, referred.status(), referred.body());
        assertEquals("urn:kaowu:problem:conduct/referred-to-province", referred.json().getString("type"));
        assertEquals("OPEN", office.get("/api/office/cases/" + id).json().getString("status"));

        // No decision before the notice.
        assertEquals(409, office.post("/api/office/cases/" + id + "/decision", "application/json",
                "{\"reasons\":\"事实清楚\"}").status());

        // The notice: served online on the contact confirmed at registration, a deadline of ten days, a notification.
        Instant served = Kaowu.serverNow();
        JsonObject notified = office.post("/api/office/cases/" + id + "/notice", "application/json", "{}").json();
        assertEquals("NOTIFIED", notified.getString("status"));
        assertEquals("ONLINE", notified.getString("noticeMethod"));
        assertEquals("zjg@example.cn", notified.getString("noticeAddress"));
        LocalDate lastDay = LocalDate.ofInstant(served, BEIJING).plusDays(10);
        assertEquals(lastDay.toString(), notified.getString("lastDefenceDay"));
        JsonObject seen = candidate.get("/api/cases/" + id).json();
        assertEquals(lastDay.toString(), seen.getString("lastDefenceDay"));
        assertTrue(seen.getString("noticeFacts").contains("使用手机查找答案"), seen.toString());
        assertFalse(seen.containsKey("noticeAddress"), "office-only fields are not shown to the candidate");
        String told = candidate.get("/api/registrations/notifications").body();
        assertTrue(told.contains("陈述和申辩") && told.contains(lastDay.toString()), told);

        // While the period runs and no defence came, no decision.
        Kaowu.Response early = office.post("/api/office/cases/" + id + "/decision", "application/json",
                "{\"reasons\":\"事实清楚\"}");
        assertEquals(409, early.status(), early.body());
        assertEquals("urn:kaowu:problem:conduct/defence-period-running", early.json().getString("type"));

        // A defence with a file that is not a PDF or JPEG is refused whole; then one with a real PDF and two points.
        Kaowu.Response badFile = candidate.post("/api/cases/" + id + "/defences", "application/json",
                defence("我没有使用手机", List.of("手机未开机"), "x.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, badFile.status(), badFile.body());
        assertEquals("urn:kaowu:problem:conduct/defence-file", badFile.json().getString("type"));
        assertEquals(0, candidate.get("/api/cases/" + id).json().getJsonArray("defences").size(), "nothing half-stored");
        Kaowu.Response defended = candidate.post("/api/cases/" + id + "/defences", "application/json",
                defence("我没有使用手机查找答案。", List.of("手机一直处于关机状态", "监考员未当场查看手机"), "情况说明.pdf",
                        RegistrationFixtures.pdf()));
        assertEquals(201, defended.status(), defended.body());
        JsonObject withDefence = defended.json();
        assertEquals(1, withDefence.getJsonArray("defences").size());
        JsonObject file = withDefence.getJsonArray("defences").getJsonObject(0).getJsonArray("files").getJsonObject(0);
        assertEquals("application/pdf", file.getString("contentType"));
        Kaowu.Response fileBack = candidate.get("/api/cases/" + id + "/files/" + file.getJsonNumber("id"));
        assertEquals(200, fileBack.status());
        assertTrue(fileBack.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(404, other.get("/api/cases/" + id + "/files/" + file.getJsonNumber("id")).status());

        // Each point must be re-checked before the decision.
        JsonArray points = withDefence.getJsonArray("points");
        assertEquals(2, points.size());
        Kaowu.Response unchecked = office.post("/api/office/cases/" + id + "/decision", "application/json",
                "{\"reasons\":\"事实清楚\"}");
        assertEquals(409, unchecked.status(), unchecked.body());
        assertEquals("urn:kaowu:problem:conduct/points-not-rechecked", unchecked.json().getString("type"));
        for (JsonObject p : points.getValuesAs(JsonObject.class)) {
            Kaowu.Response r = office.post("/api/office/cases/" + id + "/points/" + p.getJsonNumber("id") + "/recheck",
                    "application/json", "{\"finding\":\"经调取监控录像复核，该意见不成立\"}");
            assertEquals(200, r.status(), r.body());
        }

        // The decision: every subject of the sitting void, a five-year record, served on the candidate's page.
        JsonObject decided = office.post("/api/office/cases/" + id + "/decision", "application/json",
                "{\"reasons\":\"监控录像显示考生使用手机，依第七条处理\"}").json();
        assertEquals("DECIDED", decided.getString("status"), decided.toString());
        JsonArray voided = decided.getJsonArray("voidedScores");
        assertEquals(1, voided.size());
        assertTrue(voided.getJsonObject(0).isNull("subject"), "every subject of the sitting");
        assertTrue(voided.getJsonObject(0).isNull("restoredOn"));
        assertFalse(decided.isNull("integrityRecordId"), "the record is written");
        assertFalse(decided.isNull("decisionServedAt"));
        long recordId = decided.getJsonNumber("integrityRecordId").longValue();
        JsonObject record = office.get("/api/office/integrity/records/" + recordId).json();
        assertTrue(record.toString().contains("C7.1"), record.toString());
        assertEquals(409, office.post("/api/office/cases/" + id + "/decision", "application/json",
                "{\"reasons\":\"再次决定\"}").status(), "decided once");

        Kaowu.Response pdf = candidate.get("/api/cases/" + id + "/decision.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF"));
        assertTrue(pdf.body().contains("FontFile2"), "the CJK font is embedded");
        assertTrue(candidate.get("/api/registrations/notifications").body().contains("处理决定"));

        // Appeals: a review filed today is recorded with its limit; one dated before the service is refused.
        Kaowu.Response review = office.post("/api/office/cases/" + id + "/appeals", "application/json",
                "{\"kind\":\"REVIEW\",\"note\":\"当事人向省人社厅申请行政复议\"}");
        assertEquals(201, review.status(), review.body());
        JsonObject appeal = review.json().getJsonArray("appeals").getJsonObject(0);
        assertEquals(LocalDate.ofInstant(Kaowu.serverNow(), BEIJING).plusDays(60).toString(), appeal.getString("limitOn"));
        assertEquals(422, office.post("/api/office/cases/" + id + "/appeals", "application/json",
                "{\"kind\":\"STAFF_REVIEW\",\"note\":\"复核\"}").status(), "a staff review is not a candidate's");
        try {
            Kaowu.moveClockTo(Kaowu.serverNow().plus(Duration.ofDays(61)));
            Kaowu.Response late = office.post("/api/office/cases/" + id + "/appeals", "application/json",
                    "{\"kind\":\"REVIEW\",\"note\":\"逾期申请复议\"}");
            assertEquals(422, late.status(), late.body());
            assertEquals("urn:kaowu:problem:conduct/appeal-late", late.json().getString("type"));
            assertTrue(late.json().getString("detail").contains(appeal.getString("limitOn")), late.body());
            // litigation has six months
            assertEquals(201, office.post("/api/office/cases/" + id + "/appeals", "application/json",
                    "{\"kind\":\"LITIGATION\",\"note\":\"向人民法院提起行政诉讼\"}").status());

            // The review quashes the decision: scores restored, the record ended, the case quashed.
            Kaowu.Response noReasonOutcome = office.post("/api/office/cases/" + id + "/appeals/" + appeal.getJsonNumber("id")
                    + "/outcome", "application/json", "{\"outcome\":\"QUASHED\"}");
            assertEquals(422, noReasonOutcome.status());
            JsonObject quashed = office.post("/api/office/cases/" + id + "/appeals/" + appeal.getJsonNumber("id")
                    + "/outcome", "application/json", "{\"outcome\":\"QUASHED\",\"reason\":\"复议决定：证据不足，撤销原决定\"}")
                    .json();
            assertEquals("QUASHED", quashed.getString("status"), quashed.toString());
            assertFalse(quashed.getJsonArray("voidedScores").getJsonObject(0).isNull("restoredOn"), "scores restored");
            assertTrue(quashed.isNull("integrityRecordId"));
            JsonObject ended = office.get("/api/office/integrity/records/" + recordId).json();
            assertTrue(ended.toString().contains("复议决定"), "the record ended with the reason: " + ended);
            assertEquals("QUASHED", candidate.get("/api/cases/" + id).json().getString("status"));
        } finally {
            Kaowu.resetClock();
        }
    }

    private static String defence(String text, List<String> points, String fileName, byte[] content) {
        var pts = Json.createArrayBuilder();
        points.forEach(pts::add);
        return Json.createObjectBuilder().add("text", text).add("points", pts)
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", fileName)
                        .add("content", Base64.getEncoder().encodeToString(content)))).build().toString();
    }

    @Test
    void aDefenceAfterTheDeadlineIsRefusedNamingItAndTheOfficeDecidesWithoutOne() throws Exception {
        Kaowu.Client office = office();
        int year = plan(office);
        Kaowu.Client candidate = RegistrationFixtures.candidate();
        long registration = RegistrationFixtures.registerJj(candidate, year, "河南省");
        incident(reportId(), registration, "C6.7", "01", "将草稿纸带出考场");
        long id = candidate.get("/api/cases").array().getJsonObject(0).getJsonNumber("id").longValue();
        Instant served = Kaowu.serverNow();
        JsonObject notified = office.post("/api/office/cases/" + id + "/notice", "application/json",
                "{\"facts\":\"考试结束后将草稿纸带出考场，经监考员追回\"}").json();
        String lastDay = notified.getString("lastDefenceDay");
        assertEquals(LocalDate.ofInstant(served, BEIJING).plusDays(10).toString(), lastDay);
        try {
            LocalDate after = LocalDate.parse(lastDay).plusDays(1);
            Kaowu.moveClockTo(after.atTime(0, 0, 5).atZone(BEIJING).toInstant());
            Kaowu.Response late = candidate.post("/api/cases/" + id + "/defences", "application/json",
                    "{\"text\":\"我不知道草稿纸不能带出\"}");
            assertEquals(422, late.status(), late.body());
            assertTrue(late.isProblem());
            assertEquals("urn:kaowu:problem:conduct/defence-late", late.json().getString("type"));
            assertTrue(late.json().getString("detail").contains(lastDay), late.body());
            Kaowu.Response english = candidate.get("/api/cases/" + id);
            assertEquals(0, english.json().getJsonArray("defences").size());
            Kaowu.Response lateEn = candidate.post("/api/cases/" + id + "/defences", "application/json",
                    "{\"text\":\"late\"}", "Accept-Language", "en");
            assertTrue(lateEn.json().getString("detail").contains("ended") && lateEn.json().getString("detail").contains(lastDay),
                    lateEn.body());

            JsonObject decided = office.post("/api/office/cases/" + id + "/decision", "application/json",
                    "{\"reasons\":\"当事人在期限内未陈述申辩，依第六条处理\"}").json();
            assertEquals("DECIDED", decided.getString("status"), decided.toString());
            JsonArray voided = decided.getJsonArray("voidedScores");
            assertEquals(1, voided.size());
            assertEquals("01", voided.getJsonObject(0).getString("subject"), "that subject only (Art. 6)");
            assertTrue(decided.isNull("integrityRecordId"), "Art. 6 writes no record");
        } finally {
            Kaowu.resetClock();
        }
    }

    @Test
    void identicalAnswersOpenOneCasePerCandidateAndSubjectAndAFraudFindingAnArticle10Case() throws Exception {
        Kaowu.Client office = office();
        int year = plan(office);
        Kaowu.Client a = RegistrationFixtures.candidate();
        Kaowu.Client b = RegistrationFixtures.candidate();
        long ra = RegistrationFixtures.registerJj(a, year, "河南省");
        long rb = RegistrationFixtures.registerJj(b, year, "河南省");
        Kaowu.Client admin = Kaowu.as("admin", DEMO_PASSWORD);
        String panel = "YJ-" + reportId();
        for (int i = 0; i < 2; i++) {
            for (long[] pair : new long[][]{{ra, rb}, {rb, ra}}) {
                assertEquals(200, admin.post("/api/admin/test/conduct/identical", "application/json",
                        "{\"registrationId\":" + pair[0] + ",\"otherRegistrationId\":" + pair[1]
                                + ",\"subject\":\"01\",\"panelReference\":\"" + panel + "\"}").status());
            }
        }
        for (Kaowu.Client c : List.of(a, b)) {
            JsonArray cases = c.get("/api/cases").array();
            assertEquals(1, cases.size(), "one case per candidate and subject, however often imported: " + cases);
            assertEquals("C11.1", cases.getJsonObject(0).getString("ruleCode"));
            long id = cases.getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals(1, office.get("/api/office/cases/" + id).json().getJsonArray("reports").size());
        }
        assertEquals(200, admin.post("/api/admin/test/conduct/fraud", "application/json",
                "{\"registrationId\":" + ra + ",\"taskId\":" + reportId() + ",\"evidence\":\"伪造学历证书\"}").status());
        JsonArray both = a.get("/api/cases").array();
        assertEquals(2, both.size(), "the Art. 10 case is its own: " + both);
        assertTrue(both.getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getString("ruleCode").equals("C10")
                && o.getInt("article") == 10));
    }

    @Test
    void aStaffMemberBarredByADecisionIsLeftOutOfTheNextRosterUntilTheBarIsLifted() throws Exception {
        ExamDayFixtures.ExamDay day = ExamDayFixtures.examDay("山东省");
        try {
            Kaowu.Client office = office();
            long staffId = day.invigilator2().staffId();
            Kaowu.Response fired = Kaowu.as("admin", DEMO_PASSWORD).post("/api/admin/test/conduct/incident",
                    "application/json", Json.createObjectBuilder().add("reportId", reportId()).add("party", "STAFF")
                            .add("staffMemberId", staffId).add("examId", day.examId()).add("year", day.year())
                            .add("area", day.area()).add("ruleCode", "S13.3")
                            .add("description", "擅自为考生调换考场座位").build().toString());
            assertEquals(200, fired.status(), fired.body());
            JsonObject row = office.get("/api/office/cases?size=200&area=" + java.net.URLEncoder.encode(day.area(),
                    StandardCharsets.UTF_8)).array().getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("party").equals("STAFF")).findFirst().orElseThrow();
            long id = row.getJsonNumber("id").longValue();
            assertTrue(row.getString("idNumberMasked").contains("*"));

            // Staff have no candidate page: the office says how the notice was served, and records the written defence.
            assertEquals(422, office.post("/api/office/cases/" + id + "/notice", "application/json", "{}").status(),
                    "a staff notice needs its method and address");
            assertEquals(200, office.post("/api/office/cases/" + id + "/notice", "application/json",
                    "{\"method\":\"IN_PERSON\",\"address\":\"当事人所在单位\"}").status());
            Kaowu.Response defence = office.post("/api/office/cases/" + id + "/defences", "application/json",
                    "{\"text\":\"书面申辩：系考生身体不适，临时调换\"}");
            assertEquals(201, defence.status(), defence.body());
            long point = defence.json().getJsonArray("points").getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals(200, office.post("/api/office/cases/" + id + "/points/" + point + "/recheck", "application/json",
                    "{\"finding\":\"未经考点负责人批准，不成立\"}").status());
            JsonObject decided = office.post("/api/office/cases/" + id + "/decision", "application/json",
                    "{\"reasons\":\"擅自调换考生座位，依第十三条处理\"}").json();
            assertEquals("DECIDED", decided.getString("status"), decided.toString());
            assertTrue(decided.getBoolean("staffBarred"));
            assertTrue(decided.isNull("decisionServedAt"), "staff: served when the office records it");
            assertEquals(409, office.post("/api/office/cases/" + id + "/appeals", "application/json",
                    "{\"kind\":\"STAFF_REVIEW\",\"note\":\"申请复核\"}").status(), "no appeal before service");
            assertEquals(200, office.post("/api/office/cases/" + id + "/service", "application/json",
                    "{\"method\":\"POST\",\"address\":\"某地第三中学\"}").status());
            assertEquals(200, office.get("/api/office/cases/" + id + "/decision.pdf").status());

            // The next roster of the same exam and area leaves the barred person out.
            assertFalse(duties(office, roster(office, day)).contains(staffId), "a barred person never appears in a roster");

            // A staff review quashes the decision: the bar is lifted and the person may serve again.
            JsonObject filed = office.post("/api/office/cases/" + id + "/appeals", "application/json",
                    "{\"kind\":\"STAFF_REVIEW\",\"note\":\"当事人申请复核\"}").json();
            long appeal = filed.getJsonArray("appeals").getJsonObject(0).getJsonNumber("id").longValue();
            JsonObject quashed = office.post("/api/office/cases/" + id + "/appeals/" + appeal + "/outcome",
                    "application/json", "{\"outcome\":\"QUASHED\",\"reason\":\"复核认定调换经口头批准\"}").json();
            assertFalse(quashed.getBoolean("staffBarred"), quashed.toString());
        } finally {
            Kaowu.resetClock();
        }
    }

    private static long roster(Kaowu.Client office, ExamDayFixtures.ExamDay day) throws InterruptedException {
        Kaowu.Response started = office.post("/api/rosters", "application/json", "{\"exam\":" + day.examId()
                + ",\"area\":\"" + day.area() + "\",\"timeLimit\":3,\"seed\":11,\"reason\":\"处理决定后重新编排\"}");
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        long end = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonObject o = office.get("/api/rosters/" + id).json();
            String state = o.getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                assertEquals("COMPLETED", state, o.toString());
                return id;
            }
            assertTrue(System.nanoTime() < end, "roster still " + state);
            Thread.sleep(200); // waits for a background job, not for the clock
        }
    }

    private static List<Long> duties(Kaowu.Client office, long roster) {
        JsonArray duties = office.get("/api/rosters/" + roster + "/duties?size=200").array();
        assertNotNull(duties);
        assertFalse(duties.isEmpty());
        return duties.getValuesAs(JsonObject.class).stream().map(d -> d.getJsonNumber("staffId").longValue()).toList();
    }
}
