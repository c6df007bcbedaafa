package org.kaowu.it;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the results tests share: a plan of a given year with JJ 中级 in two subjects (01 经济基础知识, 02 专业知识和实务
 * （人力资源管理）, 140 marks, pass mark 84, the exam on 09-08, results on 11-30), a site in an area, registrations
 * paid, the seating that closing registration starts, and Beijing-time moments.
 */
public final class ResultFixtures {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final String SUBJECT_02 = "专业知识和实务（人力资源管理）";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ResultFixtures() {
    }

    private static String tag() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    /** A published plan of {@code year} with JJ 中级 (subjects 01 and 02, 140 marks, pass 84), registration open now. */
    public static void plan(Kaowu.Client office, int year, LocalDateTime now) {
        Kaowu.Response created = office.post("/api/plans", "application/json",
                "{\"year\":" + year + ",\"title\":\"成绩测试计划\",\"authority\":\"某省人事考试中心\"}");
        assertEquals(201, created.status(), created.body());
        String exam = """
                {"code":"JJ","qualification":"经济专业技术资格","levels":["中级"],
                 "windows":{"registrationOpens":"%2$s","registrationCloses":"%3$s","withdrawalDeadline":"%3$s",
                  "verificationDeadline":"%1$d-08-31","ticketsOpen":"%1$d-09-01","ticketsClose":"%1$d-09-10",
                  "examStart":"%1$d-09-08","examEnd":"%1$d-09-10","scoreRelease":"%1$d-11-30","certificatesFrom":"%1$d-12-15"},
                 "subjects":[{"level":"中级","code":"01","name":"经济基础知识","durationMinutes":150,"fullMarks":140,"passMark":84,"fee":56.5},
                             {"level":"中级","code":"02","name":"%4$s","durationMinutes":150,"fullMarks":140,"passMark":84,"fee":56.5}],
                 "sessions":[{"level":"中级","subjectCode":"01","date":"%1$d-09-08","start":"09:00","end":"11:30"},
                             {"level":"中级","subjectCode":"02","date":"%1$d-09-08","start":"14:00","end":"16:30"}]}
                """.formatted(year, now.minusDays(1).format(SECONDS), now.plusHours(1).format(SECONDS), SUBJECT_02);
        Kaowu.Response added = office.put("/api/plans/" + year + "/exams/JJ", exam);
        assertEquals(201, added.status(), added.body());
        Kaowu.Response published = office.post("/api/plans/" + year + "/publish", "application/json", "");
        assertEquals(200, published.status(), published.body());
    }

    /** The first year from {@code from} with no plan in it nor in the next year. */
    public static int freeYears(Kaowu.Client office, int from) {
        int year = from;
        while (office.get("/api/plans/" + year).status() == 200 || office.get("/api/plans/" + (year + 1)).status() == 200) {
            year++;
        }
        return year;
    }

    public static long examId(Kaowu.Client office, int year) {
        return office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year && e.getString("code").equals("JJ"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    public static void venue(Kaowu.Client office, String area) {
        String t = tag();
        Kaowu.Response venues = office.post("/api/venues/import", "text/csv",
                "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                        + area + ",RS" + t + "," + area.substring(0, 2) + "成绩考点" + t + ",某市某区某路2号,101,30,5,6\n");
        assertEquals(200, venues.status(), venues.body());
    }

    /** The candidate registers (commitment) for JJ 中级 of that year in the area with these subjects, and pays. */
    public static long register(Kaowu.Client office, Kaowu.Client c, int year, String area, String subjects) {
        String body = RegistrationFixtures.registration(year, "JJ", "中级", "COMMITMENT",
                        RegistrationFixtures.notice(c, year, "JJ", "中级"), "OTHER")
                .replace("[\"1Z101\",\"1Z102\"]", subjects).replace("北京市", area);
        Kaowu.Response r = c.post("/api/registrations", "application/json", body);
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        RegistrationFixtures.pay(office, id);
        return id;
    }

    /** Registration closes (the clock moves past it): the area is seated; the ticket numbers by registration. */
    public static Map<Long, String> seated(Kaowu.Client office, long exam, String area, Instant closes)
            throws InterruptedException {
        Kaowu.moveClockTo(closes.plusSeconds(1));
        long end = System.nanoTime() + 120_000_000_000L;
        JsonObject run;
        while (true) {
            run = office.get("/api/seating/runs?exam=" + exam).array().getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("area").equals(area)).findFirst().orElse(null);
            if (run != null && run.getString("state").equals("COMPLETED")) {
                break;
            }
            assertTrue(run == null || !run.getString("state").equals("FAILED"), String.valueOf(run));
            assertTrue(System.nanoTime() < end, "seating of " + area + ": " + run);
            Thread.sleep(200); // waits for the seating job, not for the clock
        }
        Map<Long, String> tickets = new HashMap<>();
        for (JsonObject s : office.get("/api/seating/runs/" + run.getJsonNumber("id") + "/seats?size=200").array()
                .getValuesAs(JsonObject.class)) {
            if (!s.isNull("ticketNumber")) {
                tickets.put(s.getJsonNumber("registration").longValue(), s.getString("ticketNumber"));
            }
        }
        return tickets;
    }

    public static Instant beijing(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(BEIJING).toInstant();
    }
}
