package org.kaowu.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.anonymous;
import static org.kaowu.it.Kaowu.as;
import static org.kaowu.it.Kaowu.params;
import static org.kaowu.it.Kaowu.query;

/** Annual plans: import all-or-nothing, catalogue refusals, publication, the automatic calendar and its misfires. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    static final String HEADER = "exam_code,qualification,sub_item,level,subject_code,subject_name,duration_min,full_marks,"
            + "pass_mark,rolling_years,date,start,end,mode,area,registration_opens,registration_closes,withdrawal_deadline,"
            + "verification_deadline,tickets_open,tickets_close,exam_start,exam_end,score_release,certificates_from\n";


    static Kaowu.Client office() {
        return as("office", DEMO_PASSWORD);
    }

    static Kaowu.Response upload(int year, String csv, boolean dryRun) {
        return office().post("/api/plans/" + year + "/import?" + query(params("title", year + "年度考试工作计划",
                "authority", "人力资源社会保障部人事考试中心", "dryRun", Boolean.toString(dryRun))), "text/csv", csv);
    }

    static String sample() throws IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("kaowu.samples"), "plan-2023.csv"));
    }

    @Test
    void theSample2023PlanPreviewsAndImportsAsADraftTheOfficeAloneSees() throws IOException {
        Kaowu.Response preview = upload(2023, sample(), true);
        assertEquals(200, preview.status(), preview.body());
        JsonObject first = preview.array().getJsonObject(0);
        assertEquals("P-A-14", first.getString("catalogueCode"));
        assertEquals("2021", first.getString("catalogueEdition"));
        assertEquals(404, anonymous().get("/api/plans/2023").status(), "a preview stores nothing");

        assertEquals(201, upload(2023, sample(), false).status());
        JsonObject plan = office().get("/api/plans/2023").json();
        assertEquals("DRAFT", plan.getString("status"));
        assertEquals(3, plan.getJsonArray("exams").size());
        JsonObject yj = plan.getJsonArray("exams").getJsonObject(0);
        assertEquals("2023-07-07T00:00+08:00", yj.getJsonObject("windows").getString("registrationCloses"));
        assertEquals("2023-06-28T00:00+08:00", yj.getJsonObject("areas").getJsonObject("北京市").getString("registrationOpens"));
        assertEquals(404, anonymous().get("/api/plans/2023").status(), "drafts are not public");

        // A draft is edited without a reason; a window out of order is refused and nothing changes.
        Kaowu.Response edited = office().put("/api/plans/2023/exams/YJJZS/windows",
                "{\"windows\":{\"registrationOpens\":\"2023-06-20 09:00\"}}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals("2023-06-20T09:00+08:00", edited.json().getJsonObject("windows").getString("registrationOpens"));
        Kaowu.Response disordered = office().put("/api/plans/2023/exams/YJJZS/windows",
                "{\"windows\":{\"ticketsOpen\":\"2023-07-01\"}}");
        assertEquals(422, disordered.status());
        assertTrue(disordered.json().getJsonArray("problems").getString(0).contains("准考证打印开始"), disordered.body());
        assertEquals("2023-09-01T00:00+08:00", office().get("/api/plans/2023").json().getJsonArray("exams").getJsonObject(0)
                .getJsonObject("windows").getString("ticketsOpen"));

        // An area gets windows of its own; the national ones stay as they were.
        JsonObject shanghai = office().put("/api/plans/2023/exams/YJJZS/windows",
                "{\"area\":\"上海市\",\"windows\":{\"registrationCloses\":\"2023-07-10\"}}").json();
        assertEquals("2023-07-11T00:00+08:00", shanghai.getJsonObject("areas").getJsonObject("上海市").getString("registrationCloses"));
        assertEquals("2023-07-07T00:00+08:00", shanghai.getJsonObject("windows").getString("registrationCloses"));
        assertEquals("2023-06-28T00:00+08:00", shanghai.getJsonObject("areas").getJsonObject("北京市").getString("registrationOpens"));
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesTheRow() throws IOException {
        String[] lines = sample().replace("2024", "2032").replace("2023", "2031").split("\n");
        lines[3] = lines[3].replace(",09:00,12:00,", ",09:00,08:00,");
        Kaowu.Response r = upload(2031, String.join("\n", lines) + "\n", false);
        assertEquals(422, r.status(), r.body());
        JsonObject problem = r.json();
        assertEquals("urn:kaowu:problem:invalid-plan", problem.getString("type"));
        assertEquals(1, problem.getJsonArray("problems").size(), problem.toString());
        assertTrue(problem.getJsonArray("problems").getString(0).startsWith("4: [end]"), problem.toString());
        assertEquals(404, office().get("/api/plans/2031").status(), "nothing stored");
    }

    @Test
    void anExamOffTheCatalogueIsRefused() throws IOException {
        String csv = sample().replace("2024", "2033").replace("2023", "2032").replace("注册消防工程师", "注册机械工程师");
        Kaowu.Response r = upload(2032, csv, false);
        assertEquals(422, r.status());
        String problems = r.json().getJsonArray("problems").toString();
        assertTrue(problems.contains("YJXF") && problems.contains("「注册机械工程师」不在国家职业资格目录（2021年版）中"), problems);
        assertEquals(404, office().get("/api/plans/2032").status());
    }

    /**
     * A plan of one exam, one level, one one-minute session: registration opens at {@code opens}, every other edge
     * lies some seconds after {@code base}.
     */
    static String live(Instant opens, Instant base) {
        Instant examStart = base.plusSeconds(16);
        LocalDateTime session = LocalDateTime.ofInstant(examStart.plusSeconds(60), BEIJING).truncatedTo(ChronoUnit.MINUTES);
        if (session.getHour() == 23 && session.getMinute() == 59) {
            session = session.plusMinutes(1);
        }
        String s = "LIVE,建造师,,二级,2Z101,建设工程施工管理,180,120,72,2," + session.toLocalDate() + ","
                + session.toLocalTime() + "," + session.toLocalTime().plusMinutes(1) + ",PAPER,,"
                + at(opens) + "," + at(base.plusSeconds(10)) + "," + at(base.plusSeconds(7)) + ","
                + at(base.plusSeconds(10)) + "," + at(base.plusSeconds(13)) + "," + at(examStart.plusSeconds(3 * 3600)) + ","
                + at(examStart) + "," + at(examStart.plusSeconds(3 * 3600)) + "," + at(examStart.plusSeconds(86_400)) + ","
                + at(examStart.plusSeconds(2 * 86_400)) + "\n";
        return HEADER + s;
    }

    static String at(Instant i) {
        return SECONDS.format(LocalDateTime.ofInstant(i, BEIJING));
    }

    static int year(Instant base) {
        return LocalDateTime.ofInstant(base.plusSeconds(16), BEIJING).getYear();
    }

    static JsonObject waitFor(String path, Predicate<JsonObject> done, int seconds) throws InterruptedException {
        JsonObject last = null;
        for (int i = 0; i < seconds * 2; i++) {
            last = office().get(path).json();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not reached in " + seconds + " s: " + last);
    }

    static String phase(JsonObject plan) {
        return plan.getJsonArray("exams").getJsonObject(0).getString("phase");
    }

    @Test
    void publishingSchedulesEveryEdgeJobsMoveThePhasesAndMisfiresFireOnStart() throws InterruptedException {
        // Registration opens a few seconds ahead in real time: the one test of the real scheduler firing on its own.
        // Every later edge lies an hour ahead and is reached by moving the test server's clock.
        Instant now = Kaowu.serverNow();
        Instant base = now.plusSeconds(3600);
        int year = year(base);
        assertEquals(201, upload(year, live(now.plusSeconds(6), base), false).status());
        JsonObject published = office().post("/api/plans/" + year + "/publish", "application/json", "").json();
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals("UPCOMING", phase(published));
        JsonObject jobs = office().get("/api/plans/" + year + "/jobs").json();
        assertEquals(10, jobs.getJsonArray("scheduled").size(), jobs.toString());

        waitFor("/api/plans/" + year, p -> phase(p).equals("REGISTRATION_OPEN"), 20);
        assertEquals(1, waitFor("/api/plans/" + year + "/jobs", j -> j.getJsonArray("runs").size() >= 1, 5)
                .getJsonArray("runs").size(), "the trigger fired once");

        try {
            // The scheduler stops while the next edges pass (as if every node were down), then starts again.
            Kaowu.Client admin = as("admin", DEMO_PASSWORD);
            assertEquals(false, admin.post("/api/admin/scheduler/standby", "application/json", "").json().getBoolean("running"));
            Kaowu.moveClockTo(base.plusSeconds(16 + 7));
            assertEquals("REGISTRATION_OPEN", phase(office().get("/api/plans/" + year).json()), "no job ran in standby");
            assertEquals(1, office().get("/api/plans/" + year + "/jobs").json().getJsonArray("runs").size());
            // Starting again fires what fell due, and answers when it is done.
            assertEquals(true, admin.post("/api/admin/scheduler/start", "application/json", "").json().getBoolean("running"));

            JsonObject plan = office().get("/api/plans/" + year).json();
            assertEquals("EXAM", phase(plan));
            // The misfired edges run one after another (one exam's jobs never run concurrently), each exactly once.
            List<JsonObject> runs = office().get("/api/plans/" + year + "/jobs").json()
                    .getJsonArray("runs").getValuesAs(JsonObject.class);
            assertEquals(6, runs.size(), runs.toString());
            JsonObject opened = run(runs, "registrationOpens");
            assertEquals("REGISTRATION_OPEN", opened.getString("phaseAfter"));
            JsonObject started = run(runs, "examStart");
            assertEquals("EXAM", started.getString("phaseAfter"), "a misfired edge settles the phase the clock says");
            assertTrue(started.getString("detail", "").startsWith("late by"), started.toString());
            assertTrue(runs.stream().allMatch(r -> r.getString("outcome").equals("DONE")), runs.toString());
            assertEquals(4, office().get("/api/plans/" + year + "/jobs").json().getJsonArray("scheduled").size(),
                    "the edges still ahead stay scheduled");

            // Moving on fires the next edge at once, exactly once; moving on again without an edge fires nothing.
            JsonObject moved = Kaowu.moveClockTo(base.plusSeconds(16 + 3 * 3600 + 1));
            assertTrue(moved.getBoolean("settled"), moved.toString());
            assertEquals("SCORING", phase(office().get("/api/plans/" + year).json()));
            assertEquals(8, office().get("/api/plans/" + year + "/jobs").json().getJsonArray("runs").size(),
                    "ticketsClose and examEnd ran, once each");
            Kaowu.moveClock("{\"advance\":\"PT1H\"}");
            assertEquals(8, office().get("/api/plans/" + year + "/jobs").json().getJsonArray("runs").size());
        } finally {
            Kaowu.resetClock();
        }
        // Back at the system's time: the phase is what the clock says, and every edge ahead has its trigger again.
        assertEquals("REGISTRATION_OPEN", phase(office().get("/api/plans/" + year).json()));
        assertEquals(9, office().get("/api/plans/" + year + "/jobs").json().getJsonArray("scheduled").size());

        assertEquals("REGISTRATION_OPEN", phase(anonymous().get("/api/plans/" + year).json()), "a published plan is public");
        String ics = anonymous().get("/api/plans/" + year + "/calendar.ics").body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.contains("SUMMARY:建造师 二级 · 2Z101"), ics);

        // A change to a published plan needs a reason; with one, it is stored and the phase settles at once.
        Kaowu.Response noReason = office().put("/api/plans/" + year + "/exams/LIVE/windows",
                "{\"windows\":{\"certificatesFrom\":\"" + at(base.plusSeconds(5 * 86_400)) + "\"}}");
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getString("field"));
        Kaowu.Response moved = office().put("/api/plans/" + year + "/exams/LIVE/windows",
                "{\"reason\":\"台风顺延\",\"windows\":{\"certificatesFrom\":\"" + at(base.plusSeconds(5 * 86_400)) + "\"}}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(at(base.plusSeconds(5 * 86_400)).substring(0, 16) + "+08:00",
                moved.json().getJsonObject("windows").getString("certificatesFrom"));
    }

    static JsonObject run(List<JsonObject> runs, String edge) {
        return runs.stream().filter(r -> r.getString("edge").equals(edge)).findFirst()
                .orElseThrow(() -> new AssertionError("no run for " + edge + ": " + runs));
    }
}
