package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.RegistrationFixtures.PASSWORD;

/**
 * An exam day ready for incident reports, in one province: a site with two rooms (101 used, 102 empty), a published
 * JJ 中级 plan of its own year (one session, {@code year-09-08 09:00-11:30}), two seated candidates (paid, with photos),
 * a staff pool, a completed roster, and SUPERVISOR accounts (passwords already changed) for the room's two
 * invigilators, the site head, the chief examiner and the inspector. The clock is left <b>on the exam day at 09:30
 * Beijing time</b>: the caller must call {@link Kaowu#resetClock()} in a {@code finally}.
 *
 * <pre>{@code
 * ExamDayFixtures.ExamDay day = ExamDayFixtures.examDay("浙江省");
 * try {
 *     Kaowu.Client inv = Kaowu.session(day.invigilator().username(), day.invigilator().password());
 *     // POST /api/supervisor/reports {"duty": day.invigilator().dutyId(), "room": day.roomId(), ...}
 * } finally {
 *     Kaowu.resetClock();
 * }
 * }</pre>
 */
public final class ExamDayFixtures {

    private static final String STAFF_HEADER =
            "id_number,name,employer,sex,sittings,area,district,roles,relatives,availability,account\n";

    private ExamDayFixtures() {
    }

    /** A staff member with a sign-in: account, password, staff id, their duty's id in the roster, name, role. */
    public record Staff(String username, String password, long staffId, long dutyId, String name, String role) {
        public Kaowu.Client session() {
            return Kaowu.session(username, password);
        }
    }

    /** A seated candidate: their login (e-mail) and password, registration, ticket number, seat, name. */
    public record Candidate(String login, String password, long registrationId, String ticketNumber, int seatNumber,
                            String name) {
        public Kaowu.Client session() {
            return Kaowu.session(login, password);
        }
    }

    /**
     * What {@link #examDay} made. {@code during}: a moment inside the session (09:30 Beijing time), where the clock is.
     * {@code roomId}/{@code roomNumber}: the seated room (101); {@code emptyRoomId}: room 102 of the same site.
     */
    public record ExamDay(long examId, int year, String area, String siteName, long roomId, String roomNumber,
                          long emptyRoomId, LocalDate day, Instant during, long rosterId, Staff invigilator,
                          Staff invigilator2, Staff siteHead, Staff chief, Staff inspector, Candidate candidate,
                          Candidate candidate2) {
    }

    private static String tag() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    /** The tag's digits as Chinese numerals: a name takes no digits. */
    static String han(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append("零一二三四五六七八九".charAt(c - '0')));
        return b.toString();
    }

    private static Candidate candidate(Kaowu.Client office, int year, String area, String name) throws IOException {
        String login = Kaowu.newCandidate(PASSWORD);
        Kaowu.Client c = Kaowu.session(login, PASSWORD);
        String profile = RegistrationFixtures.profile(RegistrationFixtures.idNumber());
        Kaowu.Response p = c.put("/api/profile", profile.replaceFirst("\"realName\":\"[^\"]*\"",
                "\"realName\":\"" + name + "\""));
        assertEquals(200, p.status(), p.body());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
        long registration = RegistrationFixtures.registerJj(c, year, area);
        RegistrationFixtures.pay(office, registration);
        return new Candidate(login, PASSWORD, registration, null, 0, name);
    }

    private static JsonObject settled(Kaowu.Client office, String path) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonObject o = office.get(path).json();
            String state = o.getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return o;
            }
            assertTrue(System.nanoTime() < end, path + " still " + state);
            Thread.sleep(200); // waits for a background job, not for the clock
        }
    }

    private static Staff account(Kaowu.Client office, JsonObject duty, String t, String prefix) {
        long staffId = duty.getJsonNumber("staffId").longValue();
        String username = prefix + "-" + t;
        Kaowu.Response account = office.post("/api/staff/" + staffId + "/account", "application/json",
                "{\"username\":\"" + username + "\"}");
        assertEquals(201, account.status(), account.body());
        String temporary = account.json().getString("temporaryPassword");
        String password = prefix + "-pass-" + t;
        Kaowu.Client first = Kaowu.session(username, temporary);
        assertEquals(204, first.post("/api/me/password", "application/json",
                "{\"current\":\"" + temporary + "\",\"password\":\"" + password + "\"}").status());
        return new Staff(username, password, staffId, duty.getJsonNumber("id").longValue(),
                duty.getString("staffName"), duty.getString("role"));
    }

    /**
     * Builds the exam day in {@code area} (a province name such as "浙江省", which no other test class uses) and leaves
     * the clock at 09:30 on the exam day. Reset the clock afterwards.
     */
    public static ExamDay examDay(String area) throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        String t = tag();
        String site = "ED" + t;
        String siteName = area.substring(0, 2) + "考点" + t;
        Kaowu.Response venues = office.post("/api/venues/import", "text/csv",
                "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                        + area + "," + site + "," + siteName + ",某市某区某路1号,101,30,5,6\n"
                        + area + "," + site + "," + siteName + ",某市某区某路1号,102,30,5,6\n");
        assertEquals(200, venues.status(), venues.body());
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2080, "考场记录测试计划", now, now.plusHours(1), null);
        long exam = office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year && e.getString("code").equals("JJ"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String han = han(t);
        Candidate c1 = candidate(office, year, area, "考生甲" + han);
        Candidate c2 = candidate(office, year, area, "考生乙" + han);

        StringBuilder pool = new StringBuilder(STAFF_HEADER);
        String[] roles = {"CHIEF_EXAMINER", "SITE_HEAD", "INSPECTOR", "INVIGILATOR", "INVIGILATOR", "INVIGILATOR",
                "INVIGILATOR"};
        for (int i = 0; i < roles.length; i++) {
            pool.append(RegistrationFixtures.idNumber()).append(",工作人员").append(i).append('-').append(t)
                    .append(",某地第").append(i).append("中学,,").append(3).append(',').append(area).append(",,")
                    .append(roles[i]).append(",,,\n");
        }
        Kaowu.Response imported = office.post("/api/staff/import", "text/csv", pool.toString());
        assertEquals(200, imported.status(), imported.body());

        Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
        JsonObject run = office.get("/api/seating/runs?exam=" + exam).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("area").equals(area)).findFirst().orElseThrow();
        assertEquals("COMPLETED", settled(office, "/api/seating/runs/" + run.getJsonNumber("id")).getString("state"));
        Kaowu.Response started = office.post("/api/rosters", "application/json", "{\"exam\":" + exam + ",\"area\":\""
                + area + "\",\"timeLimit\":3,\"seed\":7,\"reason\":\"考场记录测试\"}");
        assertEquals(202, started.status(), started.body());
        long rosterId = started.json().getJsonNumber("id").longValue();
        JsonObject roster = settled(office, "/api/rosters/" + rosterId);
        assertEquals("COMPLETED", roster.getString("state"), roster.toString());
        List<JsonObject> duties = office.get("/api/rosters/" + rosterId + "/duties?size=200").array()
                .getValuesAs(JsonObject.class);
        List<JsonObject> invigilators = new ArrayList<>();
        JsonObject siteHead = null;
        JsonObject chief = null;
        JsonObject inspector = null;
        for (JsonObject d : duties) {
            switch (d.getString("role")) {
                case "INVIGILATOR" -> {
                    if (d.containsKey("roomNumber") && !d.isNull("roomNumber")) {
                        invigilators.add(d);
                    }
                }
                case "SITE_HEAD" -> siteHead = d;
                case "CHIEF_EXAMINER" -> chief = d;
                case "INSPECTOR" -> inspector = d;
                default -> { }
            }
        }
        assertEquals(2, invigilators.size(), duties.toString());
        assertTrue(siteHead != null && chief != null && inspector != null, duties.toString());
        long roomId = invigilators.get(0).getJsonNumber("roomId").longValue();
        String roomNumber = invigilators.get(0).getString("roomNumber");

        Staff inv1 = account(office, invigilators.get(0), t, "inv1");
        Staff inv2 = account(office, invigilators.get(1), t, "inv2");
        Staff head = account(office, siteHead, t, "head");
        Staff chiefStaff = account(office, chief, t, "chief");
        Staff insp = account(office, inspector, t, "insp");

        Kaowu.Client supervisor = inv1.session();
        Kaowu.Response own = supervisor.get("/api/supervisor/duties/" + inv1.dutyId() + "/rooms");
        assertEquals(200, own.status(), own.body());
        JsonArray rooms = own.array();
        assertEquals(1, rooms.size(), rooms.toString());
        Kaowu.Response all = head.session().get("/api/supervisor/duties/" + head.dutyId() + "/rooms");
        assertEquals(200, all.status(), all.body());
        JsonArray siteRooms = all.array();
        long emptyRoom = siteRooms.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() != roomId).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        LocalDate day = LocalDate.of(year, 9, 8);
        Instant during = day.atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        Kaowu.moveClockTo(during);

        List<Candidate> seated = new ArrayList<>();
        for (Candidate c : List.of(c1, c2)) {
            Kaowu.Response found = supervisor.get("/api/supervisor/duties/" + inv1.dutyId() + "/candidates?room=" + roomId
                    + "&q=" + URLEncoder.encode(c.name(), StandardCharsets.UTF_8));
            assertEquals(200, found.status(), found.body());
            assertEquals(1, found.array().size(), found.body());
            JsonObject o = found.array().getJsonObject(0);
            seated.add(new Candidate(c.login(), c.password(), c.registrationId(), o.getString("ticketNumber"),
                    o.getInt("seatNumber"), c.name()));
        }
        return new ExamDay(exam, year, area, siteName, roomId, roomNumber, emptyRoom, day, during, rosterId, inv1, inv2,
                head, chiefStaff, insp, seated.get(0), seated.get(1));
    }
}
