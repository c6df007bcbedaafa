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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.RegistrationFixtures.PASSWORD;
import static org.kaowu.it.RegistrationFixtures.jpeg;
import static org.kaowu.it.RegistrationFixtures.notice;
import static org.kaowu.it.RegistrationFixtures.registration;

/**
 * Seat allocation after the first run (issue 12): closing a room or site moves only the candidates seated there
 * (spare room with the same seats first, then the nearest free seats of the site, then of the area), everyone else keeps
 * seat and ticket number, the moved are notified and the change is audited, and a shortfall changes nothing; a run cut
 * off in a chunk's transaction leaves no half-seated exam, refuses a second start (409) and, resumed, seats everyone
 * once; voided and lapsed registrations are not seated; a candidate who needs an accessible room gets one. Each test
 * has an area of its own, and its own plan year. The clock is the server's: it is reset whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReseatingIT {

    private static Kaowu.Client office() {
        return Kaowu.session("office", DEMO_PASSWORD);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A candidate with a complete profile: the employer given, asking for an accessible room or not. */
    private static Kaowu.Client candidate(String employer, boolean accessible) throws IOException {
        Kaowu.Client c = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        String profile = RegistrationFixtures.profile(RegistrationFixtures.idNumber()).replace("中建某局", employer)
                .replaceFirst("\\{", "{\"needsAccessibleRoom\":" + accessible + ",");
        Kaowu.Response p = c.put("/api/profile", profile);
        assertEquals(200, p.status(), p.body());
        assertEquals(accessible, p.json().getBoolean("needsAccessibleRoom"), p.body());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
        return c;
    }

    private static void importVenues(Kaowu.Client office, String csv) {
        Kaowu.Response r = office.post("/api/venues/import", "text/csv", csv);
        assertEquals(200, r.status(), r.body());
    }

    private static long examId(Kaowu.Client office, int year) {
        return office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year && e.getString("code").equals("JJ"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** Room ids by "site code/room number" for the area's sites. */
    private static Map<String, Long> rooms(Kaowu.Client office, String area) {
        Map<String, Long> out = new HashMap<>();
        for (JsonObject site : office.get("/api/venues/sites?size=200&area=" + enc(area)).array()
                .getValuesAs(JsonObject.class)) {
            JsonObject full = office.get("/api/venues/sites/" + site.getJsonNumber("id")).json();
            for (JsonObject room : full.getJsonArray("rooms").getValuesAs(JsonObject.class)) {
                out.put(full.getString("code") + "/" + room.getString("number"), room.getJsonNumber("id").longValue());
            }
        }
        return out;
    }

    private static JsonObject onlyRun(Kaowu.Client office, long exam, String area) {
        List<JsonObject> runs = office.get("/api/seating/runs?exam=" + exam).array().stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("area").equals(area)).toList();
        assertEquals(1, runs.size(), runs.toString());
        return runs.get(0);
    }

    private static JsonObject settled(Kaowu.Client office, long run) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonObject o = office.get("/api/seating/runs/" + run).json();
            String state = o.getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return o;
            }
            assertTrue(System.nanoTime() < end, "run " + run + " still " + state);
            Thread.sleep(100);
        }
    }

    /** Every seat of a run: registration → "room#seat/ticket". */
    private static Map<Long, String> seats(Kaowu.Client office, long run) {
        Kaowu.Response r = office.get("/api/seating/runs/" + run + "/seats?size=200");
        assertEquals(200, r.status(), r.body());
        Map<Long, String> out = new HashMap<>();
        for (JsonObject s : r.array().getValuesAs(JsonObject.class)) {
            String before = out.put(s.getJsonNumber("registration").longValue(), s.getJsonNumber("room") + "#"
                    + s.getInt("seatNumber") + "/" + s.getString("ticketNumber", ""));
            assertEquals(null, before, "one seat per registration and day: " + r.body());
        }
        return out;
    }

    private static long room(String seat) {
        return Long.parseLong(seat.substring(0, seat.indexOf('#')));
    }

    private static int seatNumber(String seat) {
        return Integer.parseInt(seat.substring(seat.indexOf('#') + 1, seat.indexOf('/')));
    }

    private static String ticket(String seat) {
        return seat.substring(seat.indexOf('/') + 1);
    }

    @Test
    void closingARoomMovesOnlyItsCandidatesNotifiesThemAuditsItAndAShortfallChangesNothing() throws Exception {
        Kaowu.Client office = office();
        String area = "西藏自治区";
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String s1 = "XZ" + tag + "A";
        String s2 = "XZ" + tag + "B";
        String header = "area,site_code,site_name,address,room_number,floor,capacity,rows,columns,pattern,spare\n";
        // Site 1: two rooms of 3 × 3 and a spare room of the same shape; site 2 (later in the area's order): one room.
        importVenues(office, header
                + area + "," + s1 + ",拉萨中学考点,拉萨市城关区江苏路1号,101,1,9,3,3,S_SHAPED,否\n"
                + area + "," + s1 + ",拉萨中学考点,拉萨市城关区江苏路1号,102,1,9,3,3,S_SHAPED,否\n"
                + area + "," + s1 + ",拉萨中学考点,拉萨市城关区江苏路1号,901,3,9,3,3,S_SHAPED,是\n"
                + area + "," + s2 + ",拉萨第二中学考点,拉萨市城关区北京中路2号,101,1,9,3,3,PLAIN,否\n");
        Map<String, Long> rooms = rooms(office, area);
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2081, "调整考场测试计划", now, now.plusHours(1), now.plusHours(3));
        long exam = examId(office, year);
        String day = year + "-09-08";
        // Eleven candidates, each of an employer of their own: room 101 takes nine, room 102 two.
        Map<Long, Kaowu.Client> people = new HashMap<>();
        for (int i = 0; i < 11; i++) {
            Kaowu.Client c = candidate("单位" + tag + "-" + i, false);
            long id = RegistrationFixtures.registerJj(c, year, area);
            RegistrationFixtures.pay(office, id);
            people.put(id, c);
        }
        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            long run = onlyRun(office, exam, area).getJsonNumber("id").longValue();
            assertEquals("COMPLETED", settled(office, run).getString("state"));
            Map<Long, String> before = seats(office, run);
            assertEquals(people.keySet(), before.keySet());
            long r101 = rooms.get(s1 + "/101");
            long r102 = rooms.get(s1 + "/102");
            long spare = rooms.get(s1 + "/901");
            long other = rooms.get(s2 + "/101");
            Set<Long> in101 = new HashSet<>();
            before.forEach((reg, seat) -> {
                if (room(seat) == r101) {
                    in101.add(reg);
                }
            });
            assertEquals(9, in101.size(), "room 101 full: " + before);

            // Refusals first: no reason, an unknown room, a day that is no date; nothing stored.
            Kaowu.Response noReason = office.post("/api/seating/reseatings", "application/json",
                    "{\"day\":\"" + day + "\",\"rooms\":[" + r101 + "]}");
            assertEquals(422, noReason.status(), noReason.body());
            assertEquals("urn:kaowu:problem:invalid-reseating", noReason.json().getString("type"));
            assertEquals("reason", noReason.json().getString("field"));
            assertEquals(404, office.post("/api/seating/reseatings", "application/json",
                    "{\"day\":\"" + day + "\",\"rooms\":[987654321],\"reason\":\"停电\"}").status());
            assertEquals(400, office.post("/api/seating/reseatings", "application/json",
                    "{\"day\":\"9月8日\",\"rooms\":[" + r101 + "],\"reason\":\"停电\"}").status());
            assertEquals(before, seats(office, run));

            // Room 101 closes: its nine go to the spare room on the same seats; the two in 102 keep everything.
            Kaowu.Response closed = office.post("/api/seating/reseatings", "application/json",
                    "{\"day\":\"" + day + "\",\"rooms\":[" + r101 + "],\"reason\":\"教学楼停电\"}");
            assertEquals(201, closed.status(), closed.body());
            JsonObject reseating = closed.json();
            assertEquals(9, reseating.getInt("moved"));
            JsonArray moves = reseating.getJsonArray("moves");
            assertEquals(9, moves.size());
            Map<Long, String> after = seats(office, run);
            assertEquals(before.keySet(), after.keySet());
            for (Long reg : before.keySet()) {
                if (in101.contains(reg)) {
                    assertEquals(spare, room(after.get(reg)), "moved to the spare room: " + after.get(reg));
                    assertEquals(seatNumber(before.get(reg)), seatNumber(after.get(reg)), "the same seat number");
                    assertNotEquals(ticket(before.get(reg)), ticket(after.get(reg)), "the ticket follows the room");
                } else {
                    assertEquals(before.get(reg), after.get(reg), "everyone else keeps room, seat and ticket");
                }
            }
            assertFalse(moves.toString().contains("张建国"), "names are masked: " + moves);

            // The moved are told, in their language, where they sit now; the others hear nothing.
            long movedReg = in101.iterator().next();
            Kaowu.Client moved = people.get(movedReg);
            String notices = moved.get("/api/registrations/notifications").body();
            assertTrue(notices.contains("教学楼停电") && notices.contains("901") && notices.contains(ticket(after.get(movedReg)))
                    && notices.contains("拉萨中学考点"), notices);
            String english = moved.get("/api/registrations/notifications", "Accept-Language", "en").body();
            assertTrue(english.contains("Room changed") && english.contains("seat " + seatNumber(after.get(movedReg))),
                    english);
            long stayed = before.keySet().stream().filter(r -> !in101.contains(r)).findFirst().orElseThrow();
            assertFalse(people.get(stayed).get("/api/registrations/notifications").body().contains("教学楼停电"));

            // Audited: who, why, how many.
            JsonArray audit = Kaowu.as("admin", DEMO_PASSWORD).get("/api/admin/audit?action=seating.reseat&size=50").array();
            assertTrue(audit.stream().map(JsonObject.class::cast).anyMatch(e -> e.getString("actor").equals("office")
                    && e.getString("subjectId").equals(reseating.getJsonNumber("id").toString())
                    && e.getString("reason").equals("教学楼停电")),
                    audit.toString());

            // The fill no longer shows room 101; closing it again is a conflict.
            JsonArray fill = office.get("/api/seating/exams/" + exam + "/fill?area=" + enc(area)).array();
            assertTrue(fill.stream().map(JsonObject.class::cast).noneMatch(f -> f.getString("siteCode").equals(s1)
                    && "101".equals(f.getString("roomNumber", null))), "a closed room is not lent: " + fill);
            assertTrue(fill.stream().map(JsonObject.class::cast).anyMatch(f -> f.getString("siteCode").equals(s1)
                    && "901".equals(f.getString("roomNumber", null)) && f.getInt("used") == 9), fill.toString());
            Kaowu.Response again = office.post("/api/seating/reseatings", "application/json",
                    "{\"day\":\"" + day + "\",\"rooms\":[" + r101 + "],\"reason\":\"教学楼停电\"}");
            assertEquals(409, again.status(), again.body());
            assertEquals("urn:kaowu:problem:room-closed", again.json().getString("type"));

            // The whole of site 1 cannot close: its eleven would need site 2's nine seats. Nothing changes.
            int reseatingsBefore = office.get("/api/seating/reseatings?area=" + enc(area)).array().size();
            Kaowu.Response shortfall = office.post("/api/seating/reseatings", "application/json",
                    "{\"day\":\"" + day + "\",\"site\":" + siteId(office, area, s1) + ",\"reason\":\"全楼停电\"}");
            assertEquals(422, shortfall.status(), shortfall.body());
            assertEquals("urn:kaowu:problem:reseating-shortfall", shortfall.json().getString("type"));
            assertEquals(2, shortfall.json().getInt("missingSeats"), shortfall.body());
            assertTrue(shortfall.json().getString("detail").contains(s1), shortfall.body());
            assertEquals(after, seats(office, run), "a shortfall stores nothing");
            assertEquals(reseatingsBefore, office.get("/api/seating/reseatings?area=" + enc(area)).array().size());

            // Room 102 closes: no empty spare room is left, site 1 has no free seat of the group; site 2 takes them.
            Kaowu.Response second = office.post("/api/seating/reseatings", "application/json",
                    "{\"day\":\"" + day + "\",\"rooms\":[\"" + r102 + "\"],\"reason\":\"门锁损坏\"}");
            assertEquals(201, second.status(), second.body());
            Map<Long, String> last = seats(office, run);
            for (Long reg : before.keySet()) {
                if (room(before.get(reg)) == r102) {
                    assertEquals(other, room(last.get(reg)), "to the next site of the area: " + last.get(reg));
                } else {
                    assertEquals(after.get(reg), last.get(reg), "the others stay where they were");
                }
            }
            JsonObject listed = office.get("/api/seating/reseatings/" + second.json().getJsonNumber("id")).json();
            assertEquals(2, listed.getJsonArray("moves").size(), listed.toString());
            assertEquals(s2, listed.getJsonArray("moves").getJsonObject(0).getString("toSite"));

            // Only the office re-seats.
            assertEquals(403, people.get(stayed).post("/api/seating/reseatings", "application/json",
                    "{\"day\":\"" + day + "\",\"rooms\":[" + other + "],\"reason\":\"x\"}").status());
        } finally {
            Kaowu.resetClock();
        }
    }

    private static long siteId(Kaowu.Client office, String area, String code) {
        return office.get("/api/venues/sites?size=200&area=" + enc(area)).array().stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void aRunCutOffInAChunkLeavesNoHalfSeatedExamRefusesASecondStartAndResumedSeatsEveryoneOnce() throws Exception {
        Kaowu.Client office = office();
        Kaowu.Client admin = Kaowu.session("admin", DEMO_PASSWORD);
        String area = "内蒙古自治区";
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        importVenues(office, "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                + area + ",NM" + tag + ",呼和浩特第一中学考点,呼和浩特市新城区中山东路1号,101,30,5,6\n");
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2086, "断点续排测试计划", now, now.plusHours(1), now.plusHours(3));
        long exam = examId(office, year);
        Set<Long> registrations = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            long id = RegistrationFixtures.registerJj(candidate("单位" + tag + "-" + i, false), year, area);
            RegistrationFixtures.pay(office, id);
            registrations.add(id);
        }
        // Chunks of two rows: the second chunk's transaction dies after writing its rows.
        Kaowu.Response armed = admin.post("/api/admin/test/seating/fault", "application/json",
                "{\"exam\":" + exam + ",\"area\":\"" + area + "\",\"chunkSize\":2,\"crashAtChunk\":2}");
        assertEquals(200, armed.status(), armed.body());
        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            long run = onlyRun(office, exam, area).getJsonNumber("id").longValue();
            // Wait for the job to end: the run stays RUNNING with the first chunk's two seats, the second rolled back.
            long end = System.nanoTime() + 60_000_000_000L;
            JsonObject cut;
            while (true) {
                cut = office.get("/api/seating/runs/" + run).json();
                if (cut.getString("state").equals("RUNNING") && cut.getInt("seated") == 2
                        && office.get("/api/seating/runs/" + run + "/seats").array().size() == 2) {
                    Thread.sleep(500);
                    if (office.get("/api/seating/runs/" + run).json().getInt("seated") == 2) {
                        break;
                    }
                }
                assertFalse(cut.getString("state").equals("COMPLETED"), "the fault hook did not fire: " + cut);
                assertTrue(System.nanoTime() < end, "run " + run + ": " + cut);
                Thread.sleep(100);
            }
            assertEquals(7, cut.getInt("toSeat"));
            assertEquals(2, seats(office, run).size(), "the dead chunk's rows are gone, the first chunk's kept");
            // No half-seated exam: the area has no seats until a run completes.
            assertEquals(0, office.get("/api/seating/exams/" + exam + "/fill?area=" + enc(area)).array().size());
            // A second start while the run is active: 409.
            Kaowu.Response second = office.post("/api/seating/runs", "application/json",
                    "{\"exam\":" + exam + ",\"area\":\"" + area + "\"}");
            assertEquals(409, second.status(), second.body());
            assertEquals("urn:kaowu:problem:seating-running", second.json().getString("type"));

            // The recovery takes the run up: the same plan, only the rows missing are written.
            assertEquals(202, admin.post("/api/admin/test/seating/runs/" + run + "/resume", "application/json", "")
                    .status());
            JsonObject done = settled(office, run);
            assertEquals("COMPLETED", done.getString("state"), done.toString());
            assertEquals(7, done.getInt("seated"));
            Map<Long, String> seated = seats(office, run);
            assertEquals(registrations, seated.keySet(), "everyone seated, once");
            Set<String> places = new HashSet<>();
            seated.values().forEach(s -> assertTrue(places.add(s.substring(0, s.indexOf('/'))), "a seat used twice: " + seated));
            Set<String> tickets = new HashSet<>();
            seated.values().forEach(s -> assertTrue(tickets.add(ticket(s)), "a ticket given twice: " + seated));
            assertEquals(409, admin.post("/api/admin/test/seating/runs/" + run + "/resume", "application/json", "")
                    .status(), "a completed run is not resumed");
        } finally {
            admin.post("/api/admin/test/seating/disarm", "application/json", "");
            Kaowu.resetClock();
        }
    }

    @Test
    void voidedAndLapsedRegistrationsAreNotSeatedAndWhoNeedsAnAccessibleRoomGetsOne() throws Exception {
        Kaowu.Client office = office();
        String area = "新疆维吾尔自治区";
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        // Room 101 comes first in the area's order and is not accessible; room 102 is. Five candidates for eight
        // seats: without the need, four would fill room 101 first and one of five would land in room 102 by chance.
        importVenues(office, "area,site_code,site_name,address,room_number,capacity,rows,columns,accessible\n"
                + area + ",XJ" + tag + ",乌鲁木齐第一中学考点,乌鲁木齐市天山区解放南路1号,101,4,2,2,否\n"
                + area + ",XJ" + tag + ",乌鲁木齐第一中学考点,乌鲁木齐市天山区解放南路1号,102,4,2,2,是\n");
        long accessibleRoom = rooms(office, area).get("XJ" + tag + "/102");
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2091, "无障碍考场测试计划", now, now.plusHours(1), now.plusHours(3));
        long exam = examId(office, year);
        Set<Long> sitting = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            long id = RegistrationFixtures.registerJj(candidate("单位" + tag + "-" + i, false), year, area);
            RegistrationFixtures.pay(office, id);
            sitting.add(id);
        }
        Kaowu.Client wheelchair = candidate("单位" + tag + "-w", true);
        long needs = RegistrationFixtures.registerJj(wheelchair, year, area);
        RegistrationFixtures.pay(office, needs);
        sitting.add(needs);
        long lapsing = RegistrationFixtures.registerJj(candidate("单位" + tag + "-l", false), year, area);
        long voided = RegistrationFixtures.registerJj(candidate("单位" + tag + "-v", false), year, area);
        RegistrationFixtures.pay(office, voided);
        // A commitment found not to meet the conditions voids the paid registration.
        JsonObject campaign = office.post("/api/office/verification/campaigns", "application/json",
                "{\"year\":" + year + ",\"examCode\":\"JJ\",\"name\":\"无障碍测试核查\",\"mode\":\"SAMPLE\",\"percent\":100,"
                        + "\"seed\":\"7\"}").json();
        JsonObject task = office.get("/api/office/verification/campaigns/" + campaign.getJsonNumber("id") + "/tasks?size=200")
                .array().stream().map(JsonObject.class::cast)
                .filter(t -> t.getJsonNumber("registrationId").longValue() == voided).findFirst().orElseThrow();
        assertEquals(200, office.post("/api/office/verification/tasks/" + task.getJsonNumber("id") + "/assign",
                "application/json", "{\"verifier\":\"office\"}").status());
        JsonObject decided = office.post("/api/office/verification/tasks/" + task.getJsonNumber("id") + "/decision",
                "application/json", "{\"outcome\":\"NOT_MET\",\"evidence\":\"学信网查无此学历\"}").json();
        assertEquals("VOIDED", decided.getString("registrationStatus"), decided.toString());
        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            JsonObject run = settled(office, onlyRun(office, exam, area).getJsonNumber("id").longValue());
            assertEquals("COMPLETED", run.getString("state"), run.toString());
            assertEquals(1, run.getInt("needsAccessible"), "the office sees who needs an accessible room: " + run);
            Map<Long, String> seated = seats(office, run.getJsonNumber("id").longValue());
            assertEquals(sitting, seated.keySet(), "lapsed " + lapsing + " and voided " + voided + " are not seated");
            assertEquals(accessibleRoom, room(seated.get(needs)), "the accessible room: " + seated.get(needs));
            Kaowu.Response lapsed = office.get("/api/office/registrations/" + lapsing);
            assertEquals("LAPSED", lapsed.json().getJsonObject("registration").getString("status"), lapsed.body());
        } finally {
            Kaowu.resetClock();
        }
    }
}
