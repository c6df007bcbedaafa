package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * The post-exam check (告知承诺 事后核查, issue 14) over HTTP, in 陕西省: publishing the results on the RESULTS edge draws
 * a campaign of at least 10 % of those who passed on the commitment path (the one who failed is not in its population),
 * with its seed recorded; the office adds the other passers as targeted cases; the four outcomes: CONFIRMED keeps the
 * pass, NOT_MET voids the sitting (no record), FRAUD voids it and opens an Art. 10 case, and a task still open at the
 * deadline (a day before the certificates edge) is not completed in time: the sitting is void, and the candidate is told.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostExamCheckIT {

    private static final String AREA = "陕西省";
    private static final String HEADER = "ticket_number,subject,score,absent\n";

    private static boolean passedAll(Kaowu.Client candidate, int year) {
        JsonArray mine = candidate.get("/api/results").array();
        JsonObject sitting = mine.getValuesAs(JsonObject.class).stream().filter(o -> o.getInt("year") == year)
                .findFirst().orElseThrow(() -> new AssertionError("no sitting of " + year + ": " + mine));
        return sitting.getJsonObject("standing").getBoolean("passedAll");
    }

    @Test
    void drawnFromThoseWhoPassedOnTheCommitmentPathWithItsFourOutcomes() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        ResultFixtures.venue(office, AREA);
        Instant now = Kaowu.serverNow();
        try {
            int year = ResultFixtures.freeYears(office, 2060);
            ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, ResultFixtures.BEIJING));
            long exam = ResultFixtures.examId(office, year);
            List<Kaowu.Client> candidates = new ArrayList<>();
            List<Long> registrations = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Kaowu.Client c = RegistrationFixtures.candidate();
                candidates.add(c);
                registrations.add(ResultFixtures.register(office, c, year, AREA, "[\"01\",\"02\"]"));
            }
            Map<Long, String> tickets = ResultFixtures.seated(office, exam, AREA, now.plusSeconds(3600));
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
            StringBuilder file = new StringBuilder(HEADER);
            for (int i = 0; i < 5; i++) {
                String score = i < 4 ? "90" : "50"; // the fifth fails both subjects
                file.append(tickets.get(registrations.get(i))).append(",01,").append(score).append(",\n")
                        .append(tickets.get(registrations.get(i))).append(",02,").append(score).append(",\n");
            }
            Kaowu.Response imported = office.post("/api/office/results/exams/" + exam + "/import", "text/csv", file.toString());
            assertEquals(200, imported.status(), imported.body());

            // No check before the results are out.
            assertTrue(postExam(office, exam) == null, "nothing drawn before publication");

            // The RESULTS edge: published, and the check drawn from the four who passed (at least 10 %: one).
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
            JsonObject campaign = postExam(office, exam);
            assertNotNull(campaign, "the RESULTS edge draws the post-exam check");
            assertEquals(4, campaign.getInt("population"), "those who passed on the commitment path: " + campaign);
            assertEquals(1, campaign.getInt("drawn"), campaign.toString());
            assertEquals(10, campaign.getInt("samplePercent"));
            assertFalse(campaign.isNull("seed"), "the seed is recorded");
            assertEquals(ResultFixtures.beijing(year, 12, 14, 0), Instant.parse(campaign.getString("deadline")),
                    "a day before the certificates edge (15 December), within the 20 days");
            long campaignId = campaign.getJsonNumber("id").longValue();
            List<JsonObject> tasks = tasks(office, campaignId);
            assertEquals(1, tasks.size());
            long drawn = tasks.get(0).getJsonNumber("registrationId").longValue();
            assertTrue(registrations.subList(0, 4).contains(drawn), "drawn from those who passed: " + drawn);
            String toldDrawn = candidates.get(registrations.indexOf(drawn)).get("/api/registrations/notifications").body();
            assertTrue(toldDrawn.contains("考后核查") && toldDrawn.contains(year + "-12-14 00:00"), "told with the deadline: " + toldDrawn);

            // The office adds the other passers as targeted cases (a public report, say).
            for (Long r : registrations.subList(0, 4)) {
                if (r != drawn) {
                    Kaowu.Response added = office.post("/api/office/verification/campaigns/" + campaignId + "/targets",
                            "application/json", "{\"registrationId\":" + r + ",\"reason\":\"REPORTED\",\"note\":\"公示期间收到举报\"}");
                    assertEquals(201, added.status(), added.body());
                }
            }
            Map<Long, Long> taskOf = tasks(office, campaignId).stream().collect(Collectors.toMap(
                    t -> t.getJsonNumber("registrationId").longValue(), t -> t.getJsonNumber("id").longValue()));
            assertEquals(Set.copyOf(registrations.subList(0, 4)), taskOf.keySet());

            // CONFIRMED: the pass stands.
            decide(office, taskOf.get(registrations.get(0)), "CONFIRMED", "学历经学信网核验属实");
            // NOT_MET: the sitting is void (no record, not misconduct); told so.
            JsonObject notMet = decide(office, taskOf.get(registrations.get(1)), "NOT_MET", "工作年限不足：社保记录仅两年");
            assertEquals("VOIDED", notMet.getString("registrationStatus"));
            String toldNotMet = candidates.get(1).get("/api/registrations/notifications").body();
            assertTrue(toldNotMet.contains("考后核查") && toldNotMet.contains("成绩无效") && toldNotMet.contains("不予发放证书"), toldNotMet);
            // FRAUD: void, and an Art. 10 case follows.
            JsonObject fraud = decide(office, taskOf.get(registrations.get(2)), "FRAUD", "学历证书系伪造");
            assertEquals("VOIDED", fraud.getString("registrationStatus"));
            assertTrue(caseOpenedFor(office, taskOf.get(registrations.get(2))), "an Art. 10 case for the fraud finding");
            // The fourth is left unanswered.
            Kaowu.Response twice = office.post("/api/office/verification/tasks/" + taskOf.get(registrations.get(0))
                    + "/decision", "application/json", "{\"outcome\":\"NOT_MET\",\"evidence\":\"再判\"}");
            assertEquals(409, twice.status(), "a decided task is not decided again: " + twice.body());

            // The deadline passes: not completed in time.
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 12, 14, 1));
            JsonObject late = tasks(office, campaignId).stream()
                    .filter(t -> t.getJsonNumber("registrationId").longValue() == registrations.get(3)).findFirst().orElseThrow();
            assertEquals("UNABLE", late.getString("outcome"), late.toString());
            assertEquals("VOIDED", late.getString("registrationStatus"));
            String toldLate = candidates.get(3).get("/api/registrations/notifications").body();
            assertTrue(toldLate.contains("考后核查未按期完成") && toldLate.contains("不予发放证书"), toldLate);
            String english = candidates.get(3).get("/api/registrations/notifications", "Accept-Language", "en").body();
            assertTrue(english.contains("Post-exam check not completed in time"), english);

            // What the certificate gate will read: only the confirmed pass stands.
            assertTrue(passedAll(candidates.get(0), year), "confirmed: still passed");
            assertFalse(passedAll(candidates.get(1), year), "not met: the sitting is void");
            assertFalse(passedAll(candidates.get(2), year), "fraud: the sitting is void");
            assertFalse(passedAll(candidates.get(3), year), "not completed in time: the sitting is void");
            assertFalse(passedAll(candidates.get(4), year), "failed");

            // A later edge draws nothing anew.
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 12, 15, 9));
            assertEquals(campaignId, postExam(office, exam).getJsonNumber("id").longValue());
            assertEquals(1, campaigns(office, exam).size(), "one post-exam check per exam");
        } finally {
            Kaowu.resetClock();
        }
    }

    private static List<JsonObject> campaigns(Kaowu.Client office, long exam) {
        return office.get("/api/office/verification/campaigns?size=200").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("examId").longValue() == exam && c.getString("mode").equals("POST_EXAM")).toList();
    }

    private static JsonObject postExam(Kaowu.Client office, long exam) {
        List<JsonObject> found = campaigns(office, exam);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<JsonObject> tasks(Kaowu.Client office, long campaign) {
        return office.get("/api/office/verification/campaigns/" + campaign + "/tasks?size=200").array()
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject decide(Kaowu.Client office, long task, String outcome, String evidence) {
        Kaowu.Response r = office.post("/api/office/verification/tasks/" + task + "/decision", "application/json",
                "{\"outcome\":\"" + outcome + "\",\"evidence\":\"" + evidence + "\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals(outcome, r.json().getString("outcome"));
        return r.json();
    }

    private static boolean caseOpenedFor(Kaowu.Client office, long task) {
        for (JsonObject row : office.get("/api/office/cases?article=10&area=" + java.net.URLEncoder.encode(AREA,
                java.nio.charset.StandardCharsets.UTF_8) + "&size=200").array().getValuesAs(JsonObject.class)) {
            JsonObject detail = office.get("/api/office/cases/" + row.getJsonNumber("id")).json();
            if (detail.getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                    .anyMatch(r -> String.valueOf(task).equals(r.getString("sourceRef", null)))) {
                return true;
            }
        }
        return false;
    }
}
