package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the certificate tests share: holders registered in an area, their sittings scored and published, the post-exam
 * check decided, the clock at the CERTIFICATES edge and the batch awaited.
 */
public final class CertificateFixtures {

    private static final String HEADER = "ticket_number,subject,score,absent\n";

    private CertificateFixtures() {
    }

    /** A candidate with a profile and photo, registered and paid for JJ 中级 of the year in the area. */
    public record Holder(String username, Kaowu.Client client, long registration) {
    }

    /** An exam whose certificates were issued: the plan year, the exam, the holders. */
    public record Issued(int year, long exam, List<Holder> holders) {
    }

    public static Holder holder(Kaowu.Client office, int year, String area) throws Exception {
        String username = Kaowu.newCandidate(RegistrationFixtures.PASSWORD);
        Kaowu.Client c = Kaowu.session(username, RegistrationFixtures.PASSWORD);
        assertEquals(200, c.put("/api/profile", RegistrationFixtures.profile(RegistrationFixtures.idNumber())).status());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
        return new Holder(username, c, ResultFixtures.register(office, c, year, area, "[\"01\",\"02\"]"));
    }

    /**
     * {@code n} holders who pass both subjects in a plan of their own from {@code fromYear}, the post-exam check
     * confirmed, the clock moved to the CERTIFICATES edge (15 December) and the batch completed. The caller resets the
     * clock.
     */
    public static Issued issued(Kaowu.Client office, String area, int fromYear, int n) throws Exception {
        ResultFixtures.venue(office, area);
        Instant now = Kaowu.serverNow();
        int year = ResultFixtures.freeYears(office, fromYear);
        ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, ResultFixtures.BEIJING));
        long exam = ResultFixtures.examId(office, year);
        List<Holder> h = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            h.add(holder(office, year, area));
        }
        Map<Long, String> t = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600));
        Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
        StringBuilder file = new StringBuilder(HEADER);
        for (Holder x : h) {
            file.append(t.get(x.registration())).append(",01,90,\n").append(t.get(x.registration())).append(",02,90,\n");
        }
        assertEquals(200, office.post("/api/office/results/exams/" + exam + "/import", "text/csv", file.toString()).status());
        Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
        confirmPostExamCheck(office, exam);
        Kaowu.moveClockTo(ResultFixtures.beijing(year, 12, 15, 9));
        JsonObject run = awaitRun(office, exam);
        assertEquals("COMPLETED", run.getString("state"), run.toString());
        return new Issued(year, exam, h);
    }

    /** Confirms every task of the exam's post-exam check. */
    public static long confirmPostExamCheck(Kaowu.Client office, long exam) {
        long campaignId = office.get("/api/office/verification/campaigns?size=200").array().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getJsonNumber("examId").longValue() == exam && c.getString("mode").equals("POST_EXAM"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        for (JsonObject task : tasks(office, campaignId)) {
            assertEquals(200, office.post("/api/office/verification/tasks/" + task.getJsonNumber("id") + "/decision",
                    "application/json", "{\"outcome\":\"CONFIRMED\",\"evidence\":\"属实\"}").status());
        }
        return campaignId;
    }

    public static List<JsonObject> tasks(Kaowu.Client office, long campaign) {
        return office.get("/api/office/verification/campaigns/" + campaign + "/tasks?size=200").array()
                .getValuesAs(JsonObject.class);
    }

    /** Waits for the exam's latest batch to end (completed or failed); the job runs on its own thread. */
    public static JsonObject awaitRun(Kaowu.Client office, long exam) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            JsonArray runs = office.get("/api/office/certificates/exams/" + exam + "/runs").array();
            if (!runs.isEmpty()) {
                JsonObject latest = runs.getJsonObject(0);
                String state = latest.getString("state");
                if (state.equals("COMPLETED") || state.equals("FAILED")) {
                    return latest;
                }
            }
            assertTrue(System.nanoTime() < end, "the batch of exam " + exam + " did not end: " + runs);
            Thread.sleep(200); // waits for the batch job, not for the clock
        }
    }
}
