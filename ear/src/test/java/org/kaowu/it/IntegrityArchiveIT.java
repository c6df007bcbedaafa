package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * Issue 13, part A, in 辽宁省 and 江苏省: the verification outcomes (NOT_MET without a record; FRAUD without a record,
 * opening an Art. 10 case whose decision writes it), the integrity archive (masked list, details, publication, the
 * public list, the CSV export for the credit platform, 403 for others), the rules as data and their revision (ADMIN
 * only), and the identical-answers import (all or nothing, once per pair).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrityArchiveIT {

    private static final String AREA = "辽宁省";

    private static Kaowu.Client office() {
        return Kaowu.session("office", DEMO_PASSWORD);
    }

    private static String number(Kaowu.Client c) {
        return c.get("/api/profile").json().getString("idNumber");
    }

    private static int records(Kaowu.Client office, String idNumber) {
        return office.post("/api/office/integrity/search", "application/json", "{\"idNumber\":\"" + idNumber + "\"}")
                .array().size();
    }

    private static long task(Kaowu.Client office, long campaign, long registration) {
        JsonObject t = office.get("/api/office/verification/campaigns/" + campaign + "/tasks?size=200").array().stream()
                .map(JsonObject.class::cast).filter(x -> x.getJsonNumber("registrationId").longValue() == registration)
                .findFirst().orElseThrow();
        long id = t.getJsonNumber("id").longValue();
        assertEquals(200, office.post("/api/office/verification/tasks/" + id + "/assign", "application/json",
                "{\"verifier\":\"office\"}").status());
        return id;
    }

    @Test
    void notMetVoidsWithoutARecordAndFraudOpensACaseWhoseDecisionAloneWritesTheRecord() throws Exception {
        Kaowu.Client office = office();
        LocalDateTime now = LocalDateTime.ofInstant(Kaowu.serverNow(), ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2090, "诚信档案测试计划", now, now.plusDays(30), null);
        Kaowu.Client honest = RegistrationFixtures.candidate();
        Kaowu.Client liar = RegistrationFixtures.candidate();
        long notMet = RegistrationFixtures.registerJj(honest, year, AREA);
        long fraud = RegistrationFixtures.registerJj(liar, year, AREA);
        JsonObject campaign = office.post("/api/office/verification/campaigns", "application/json",
                "{\"year\":" + year + ",\"examCode\":\"JJ\",\"name\":\"诚信档案测试核查\",\"mode\":\"SAMPLE\",\"percent\":100,"
                        + "\"seed\":\"13\"}").json();
        long campaignId = campaign.getJsonNumber("id").longValue();

        // NOT_MET: the conditions are not met. Void, fees kept, told, and nothing in the archive.
        long t1 = task(office, campaignId, notMet);
        JsonObject d1 = office.post("/api/office/verification/tasks/" + t1 + "/decision", "application/json",
                "{\"outcome\":\"NOT_MET\",\"evidence\":\"工作年限不足：社保记录仅两年\"}").json();
        assertEquals("NOT_MET", d1.getString("outcome"));
        assertEquals("VOIDED", d1.getString("registrationStatus"));
        String told = honest.get("/api/registrations/notifications").body();
        assertTrue(told.contains("不符合") && told.contains("不记入诚信档案库"), told);
        assertEquals(0, records(office, number(honest)), "not meeting the conditions is not misconduct");
        // A legacy classification is only for tasks decided FALSE before V24.
        Kaowu.Response notLegacy = office.post("/api/office/verification/tasks/" + t1 + "/classification",
                "application/json", "{\"outcome\":\"FRAUD\",\"reason\":\"复核\"}");
        assertEquals(409, notLegacy.status(), notLegacy.body());
        assertEquals("urn:kaowu:problem:not-legacy", notLegacy.json().getString("type"));
        assertEquals(200, office.get("/api/office/verification/legacy").status());

        // FRAUD: void, told that a case follows, no record yet; the Art. 10 case is opened by the event.
        long t2 = task(office, campaignId, fraud);
        JsonObject d2 = office.post("/api/office/verification/tasks/" + t2 + "/decision", "application/json",
                "{\"outcome\":\"FRAUD\",\"evidence\":\"毕业证书系伪造，学信网查无此学历\"}").json();
        assertEquals("FRAUD", d2.getString("outcome"));
        assertEquals("VOIDED", d2.getString("registrationStatus"));
        assertTrue(liar.get("/api/registrations/notifications").body().contains("立案处理"));
        String liarNumber = number(liar);
        assertEquals(0, records(office, liarNumber), "no record before the Art. 17 procedure");

        JsonObject theCase = null;
        for (JsonObject row : office.get("/api/office/cases?article=10&area=" + java.net.URLEncoder.encode(AREA,
                java.nio.charset.StandardCharsets.UTF_8) + "&size=200").array().getValuesAs(JsonObject.class)) {
            JsonObject detail = office.get("/api/office/cases/" + row.getJsonNumber("id")).json();
            if (detail.getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                    .anyMatch(r -> String.valueOf(t2).equals(r.getString("sourceRef", null)) && "FRAUD".equals(r.getString("source")))) {
                theCase = detail;
            }
        }
        assertNotNull(theCase, "an Art. 10 case was opened for the fraud finding");
        assertEquals("C10", theCase.getString("ruleCode"));
        long caseId = theCase.getJsonNumber("id").longValue();

        // The procedure: the notice, the candidate's defence, the re-check of its point, the written decision; only
        // then the record (Art. 10, handled as Art. 7: five years).
        Kaowu.Response notice = office.post("/api/office/cases/" + caseId + "/notice", "application/json", "{}");
        assertEquals(200, notice.status(), notice.body());
        assertEquals(0, records(office, liarNumber), "a notice writes no record");
        DecidedCase.decide(office, liar, caseId);
        JsonArray mine = office.post("/api/office/integrity/search", "application/json",
                "{\"idNumber\":\"" + liarNumber + "\"}").array();
        assertEquals(1, mine.size(), mine.toString());
        JsonObject rec = mine.getJsonObject(0);
        assertEquals("FALSE_COMMITMENT", rec.getString("kind"), "Art. 10 is kept as a false commitment");
        LocalDate from = LocalDate.parse(rec.getString("validFrom"));
        assertEquals(from.plusYears(5).minusDays(1).toString(), rec.getString("validUntil"), "five years (Art. 7)");
        assertFalse(rec.toString().contains(liarNumber), "masked in lists");
        long recordId = rec.getJsonNumber("id").longValue();

        // The commitment path is closed to them now that a decision wrote the record.
        RegistrationFixtures.plan();
        Kaowu.Response barred = liar.post("/api/registrations", "application/json",
                RegistrationFixtures.registration("YJ", "COMMITMENT", RegistrationFixtures.notice(liar), "RELATED"));
        assertEquals(403, barred.status(), barred.body());
        assertEquals("urn:kaowu:problem:commitment-barred", barred.json().getString("type"));

        archive(office, recordId, liarNumber);
    }

    /** The archive page's API: filtered list, details, publication, the public list and the export; OFFICE only. */
    private void archive(Kaowu.Client office, long recordId, String fullNumber) {
        Kaowu.Response list = office.get("/api/office/integrity/records?article=7&state=IN_FORCE&size=200");
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains("\"id\":" + recordId + ","), "article 7 filter leaves out an Art. 10 record");
        Kaowu.Response art10 = office.get("/api/office/integrity/records?article=10&state=IN_FORCE&kind=FALSE_COMMITMENT&size=200");
        JsonObject row = art10.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == recordId).findFirst().orElseThrow();
        assertEquals("C10", row.getString("ruleCode"));
        assertTrue(row.getBoolean("inForce"));
        assertFalse(art10.body().contains(fullNumber), "numbers masked in the list");
        assertTrue(row.getString("idNumber").contains("*"), row.toString());
        assertTrue(row.getString("name").contains("*"), row.toString());
        assertEquals(0, office.get("/api/office/integrity/records?state=ENDED&article=10&size=200").array()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == recordId).count());
        assertEquals(400, office.get("/api/office/integrity/records?state=GONE").status());
        JsonObject details = office.get("/api/office/integrity/records/" + recordId).json();
        assertFalse(details.toString().contains(fullNumber));
        assertEquals(404, office.get("/api/office/integrity/records/999999999").status());

        // Not published yet: the public list does not show it.
        assertFalse(Kaowu.anonymous().get("/api/public/integrity?size=200").body().contains("\"C10\""),
                "nothing published yet for this rule");
        Kaowu.Response noReason = office.post("/api/office/integrity/records/" + recordId + "/publication",
                "application/json", "{\"published\":true}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().getString("field"));
        JsonObject published = office.post("/api/office/integrity/records/" + recordId + "/publication",
                "application/json", "{\"published\":true,\"reason\":\"依第十二条向社会公开\"}").json();
        assertTrue(published.getBoolean("published"));
        assertEquals("office", published.getString("publishedBy"));
        Kaowu.Response pub = Kaowu.anonymous().get("/api/public/integrity?size=200");
        assertEquals(200, pub.status(), pub.body());
        assertTrue(pub.body().contains("\"C10\""), pub.body());
        assertFalse(pub.body().contains(fullNumber), "masked on the public list");
        assertFalse(pub.body().contains("伪造"), "no reasons on the public list");
        JsonObject withdrawn = office.post("/api/office/integrity/records/" + recordId + "/publication",
                "application/json", "{\"published\":false,\"reason\":\"公示期满\"}").json();
        assertFalse(withdrawn.getBoolean("published"));

        // The export for the national credit platform: BOM, documented header, the number in full.
        Kaowu.Response csv = office.get("/api/office/integrity/export.csv?article=10");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("\uFEFFrecord_id,name,id_number_full,kind,severity,article,rule_code,valid_from,"
                + "valid_until,long_term,case_id,source_ref,reason,ended_on,ended_reason,published\r\n"), csv.body());
        assertTrue(csv.body().contains(recordId + ",") && csv.body().contains(fullNumber), "full number in the export");

        // Personal data for OFFICE only.
        for (String path : List.of("/api/office/integrity/records", "/api/office/integrity/records/" + recordId,
                "/api/office/integrity/export.csv")) {
            assertEquals(403, Kaowu.as("supervisor", DEMO_PASSWORD).get(path).status(), path);
            assertEquals(403, Kaowu.as("admin", DEMO_PASSWORD).get(path).status(), path);
            assertEquals(401, Kaowu.anonymous().get(path).status(), path);
        }
        assertEquals(403, Kaowu.session("candidate@kaowu.demo", DEMO_PASSWORD).post("/api/office/integrity/records/"
                + recordId + "/publication", "application/json", "{\"published\":true,\"reason\":\"x\"}").status());
    }

    @Test
    void theRulesAreListedAndOnlyAnAdminRevisesThemKeepingTheOldVersion() {
        Kaowu.Client office = office();
        JsonArray rules = office.get("/api/conduct/rules").array();
        assertEquals(52, rules.size());
        JsonObject c61 = rules.getValuesAs(JsonObject.class).stream().filter(r -> "C6.1".equals(r.getString("code")))
                .findFirst().orElseThrow();
        assertEquals("SUBJECT", c61.getString("scoreVoid"));
        assertTrue(c61.getBoolean("reminderRequired"));
        assertEquals(403, Kaowu.session("candidate@kaowu.demo", DEMO_PASSWORD).get("/api/conduct/rules").status());

        JsonObject n3 = rules.getValuesAs(JsonObject.class).stream().filter(r -> "N3".equals(r.getString("code")))
                .findFirst().orElseThrow();
        String revision = "{\"behaviourZh\":\"" + n3.getString("behaviourZh") + "\",\"behaviourEn\":\"" + n3.getString("behaviourEn")
                + "\",\"scoreVoid\":\"NONE\",\"recordPeriod\":\"NONE\",\"staffBar\":\"NONE\",\"reminderRequired\":false,"
                + "\"provincial\":false,\"source\":\"人社部令第31号 第十六条（修订 " + System.nanoTime() + "）\","
                + "\"reason\":\"依据表述修订\"}";
        assertEquals(403, office.post("/api/conduct/rules/N3/revisions", "application/json", revision).status(),
                "the office reads the rules, it does not revise them");
        Kaowu.Client admin = Kaowu.session("admin", DEMO_PASSWORD);
        Kaowu.Response bar = admin.post("/api/conduct/rules/N3/revisions", "application/json",
                revision.replace("\"staffBar\":\"NONE\"", "\"staffBar\":\"PERMANENT\""));
        assertEquals(400, bar.status(), bar.body());
        assertEquals("staffBar", bar.json().getString("field"));
        Kaowu.Response noReason = admin.post("/api/conduct/rules/N3/revisions", "application/json",
                revision.replace("依据表述修订", ""));
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(404, admin.post("/api/conduct/rules/X9/revisions", "application/json", revision).status());

        Kaowu.Response revised = admin.post("/api/conduct/rules/N3/revisions", "application/json", revision);
        assertEquals(201, revised.status(), revised.body());
        int version = revised.json().getInt("version");
        assertEquals(n3.getInt("version") + 1, version);
        JsonArray history = office.get("/api/conduct/rules/N3/history").array();
        assertEquals(version, history.getJsonObject(0).getInt("version"));
        assertTrue(history.getJsonObject(1).containsKey("validUntil")
                && !history.getJsonObject(1).isNull("validUntil"), "the old version keeps its end date: " + history);
        assertEquals(52, office.get("/api/conduct/rules").array().size(), "one version of each in force");
        assertTrue(admin.get("/api/admin/audit?action=conduct.rule.revise").body().contains("N3"));
    }

    @Test
    void identicalAnswersImportAllOrNothingAndOnceForEachPair() throws Exception {
        ExamDayFixtures.ExamDay day = ExamDayFixtures.examDay("江苏省");
        Kaowu.resetClock();
        Kaowu.Client office = office();
        String a = day.candidate().ticketNumber();
        String b = day.candidate2().ticketNumber();
        String header = "ticket_1,ticket_2,subject,panel_reference,evidence\n";
        String panel = "YJ-" + System.nanoTime();

        Kaowu.Response bad = office.post("/api/office/conduct/identical-answers", "text/csv", header
                + a + "," + b + ",01," + panel + ",主观题雷同\n"
                + a + ",999999999999999,01," + panel + ",x\n"
                + a + "," + a + ",01," + panel + ",x\n"
                + a + "," + b + ",99," + panel + ",x\n"
                + b + "," + a + ",01," + panel + ",重复\n");
        assertEquals(422, bad.status(), bad.body());
        assertEquals("urn:kaowu:problem:invalid-identical-answers", bad.json().getString("type"));
        String problems = bad.json().getJsonArray("problems").toString();
        assertTrue(problems.contains("999999999999999"), problems);
        assertTrue(problems.contains("同一考生"), problems);
        assertTrue(problems.contains("科目99"), problems);
        assertTrue(problems.contains("第6行") && problems.contains("第2行"), "the duplicate names both rows: " + problems);
        assertEquals(4, bad.json().getJsonArray("problems").size(), problems);

        Kaowu.Response hostile = office.postBytes("/api/office/conduct/identical-answers", "text/csv",
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertEquals(422, hostile.status(), hostile.body());

        String good = header + a + "," + b + ",01," + panel + ",主观题第3题作答内容及错误完全一致\n";
        Kaowu.Response ok = office.post("/api/office/conduct/identical-answers", "text/csv", good);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(1, ok.json().getInt("imported"));
        assertEquals(2, ok.json().getInt("events"), "one per candidate of the pair");
        Kaowu.Response again = office.post("/api/office/conduct/identical-answers", "text/csv",
                header + b + "," + a + ",01," + panel + ",再次导入\n");
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("imported"));
        assertEquals(1, again.json().getInt("skipped"), "the same pair, either order, opens no second case");

        long cases = office.get("/api/office/cases?article=11&area=" + java.net.URLEncoder.encode("江苏省",
                java.nio.charset.StandardCharsets.UTF_8) + "&size=200").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("examId").longValue() == day.examId()).count();
        assertEquals(2, cases, "an Art. 11 case for each candidate");

        assertEquals(200, office.get("/api/office/conduct/identical-answers/sample.csv").status());
        assertEquals(200, office.get("/api/office/conduct/identical-answers/sample.xlsx").status());
        assertEquals(403, Kaowu.session("supervisor", DEMO_PASSWORD).post("/api/office/conduct/identical-answers",
                "text/csv", good).status());
    }
}
