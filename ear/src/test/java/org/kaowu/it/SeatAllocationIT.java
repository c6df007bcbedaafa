package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.as;
import static org.kaowu.it.RegistrationFixtures.PASSWORD;
import static org.kaowu.it.RegistrationFixtures.jpeg;
import static org.kaowu.it.RegistrationFixtures.notice;
import static org.kaowu.it.RegistrationFixtures.profile;
import static org.kaowu.it.RegistrationFixtures.registration;

/**
 * Seat allocation end to end: the calendar's REGISTRATION_CLOSED edge seats every registration that will sit (paid,
 * not under review, identity not in dispute) in the venues imported through the venues API, a shortfall fails the run
 * and stores nothing, the same seed gives the same seats, a second run supersedes the first, and the candidate sees the
 * seat only from ticketsOpen. The clock is the server's: it is reset whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeatAllocationIT {

    private static final String AREA = "宁夏回族自治区";
    private static final String SHORT_AREA = "青海省";

    private static Kaowu.Client office() {
        return Kaowu.session("office", DEMO_PASSWORD);
    }

    private static Kaowu.Client candidate(String idNumber) throws IOException {
        Kaowu.Client c = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        Kaowu.Response p = c.put("/api/profile", profile(idNumber));
        assertEquals(200, p.status(), p.body());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
        return c;
    }

    private static void importVenues(Kaowu.Client office, String csv) {
        Kaowu.Response r = office.post("/api/venues/import", "text/csv", csv);
        assertEquals(200, r.status(), r.body());
    }

    private static int plan(Kaowu.Client office, LocalDateTime now, LocalDateTime closes, LocalDateTime ticketsOpen) {
        return RegistrationFixtures.ownJjPlan(office, 2070, "编排测试计划", now, closes, ticketsOpen);
    }

    private static long examId(Kaowu.Client office, int year) {
        return office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year && e.getString("code").equals("JJ"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> runs(Kaowu.Client office, long exam, String area) {
        Kaowu.Response r = office.get("/api/seating/runs?exam=" + exam);
        assertEquals(200, r.status(), r.body());
        return r.array().stream().map(JsonObject.class::cast).filter(o -> o.getString("area").equals(area)).toList();
    }

    /** Waits (at most 60 s) until the run is neither queued nor running; answers it. */
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

    private static JsonArray seats(Kaowu.Client office, long run) {
        Kaowu.Response r = office.get("/api/seating/runs/" + run + "/seats");
        assertEquals(200, r.status(), r.body());
        return r.array();
    }

    private static Set<String> layout(JsonArray seats) {
        Set<String> out = new HashSet<>();
        seats.stream().map(JsonObject.class::cast).forEach(s -> out.add(s.getJsonNumber("registration") + "@"
                + s.getJsonNumber("room") + "#" + s.getInt("seatNumber") + "/" + s.getString("ticketNumber", "")));
        return out;
    }

    private static long start(Kaowu.Client office, long exam, String area, String extra) {
        Kaowu.Response r = office.post("/api/seating/runs", "application/json",
                "{\"exam\":" + exam + ",\"area\":\"" + area + "\"" + extra + "}");
        assertEquals(202, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void closingRegistrationSeatsEveryoneWhoWillSitAndTheCandidateSeesTheSeatFromTicketsOpen() throws Exception {
        Kaowu.Client office = office();
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        importVenues(office, "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                + AREA + ",NX" + tag + ",银川市第一中学考点,银川市兴庆区解放西街1号,101,30,5,6\n"
                + AREA + ",NX" + tag + ",银川市第一中学考点,银川市兴庆区解放西街1号,102,30,5,6\n"
                + SHORT_AREA + ",QH" + tag + ",西宁市第一中学考点,西宁市城中区南大街1号,101,1,1,1\n");
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = plan(office, now, now.plusHours(1), now.plusHours(3));
        long exam = examId(office, year);

        Kaowu.Client paid1 = RegistrationFixtures.candidate();
        Kaowu.Client paid2 = RegistrationFixtures.candidate();
        Kaowu.Client unpaid = RegistrationFixtures.candidate();
        Kaowu.Client underReview = RegistrationFixtures.candidate();
        String disputedNumber = RegistrationFixtures.idNumber();
        Kaowu.Client owner = candidate(disputedNumber);
        long r1 = RegistrationFixtures.registerJj(paid1, year, AREA);
        long r2 = RegistrationFixtures.registerJj(paid2, year, AREA);
        long r3 = RegistrationFixtures.registerJj(unpaid, year, AREA);
        long r4 = RegistrationFixtures.registerJj(underReview, year, AREA);
        long r5 = RegistrationFixtures.registerJj(owner, year, AREA);
        RegistrationFixtures.pay(office, r1);
        RegistrationFixtures.pay(office, r2);
        RegistrationFixtures.pay(office, r5);
        assertEquals(200, underReview.post("/api/registrations/" + r4 + "/withdraw-commitment", "application/json", "")
                .status(), "a withdrawn commitment waits for proof: it does not sit");
        // A second account claims the owner's number: its claim waits for the office (the owner keeps the place).
        long r6 = RegistrationFixtures.registerJj(candidate(disputedNumber), year, AREA);
        RegistrationFixtures.pay(office, r6);
        long q1 = RegistrationFixtures.registerJj(RegistrationFixtures.candidate(), year, SHORT_AREA);
        long q2 = RegistrationFixtures.registerJj(RegistrationFixtures.candidate(), year, SHORT_AREA);
        RegistrationFixtures.pay(office, q1);
        RegistrationFixtures.pay(office, q2);

        // Before registration closes the office cannot start a run.
        Kaowu.Response early = office.post("/api/seating/runs", "application/json",
                "{\"exam\":" + exam + ",\"area\":\"" + AREA + "\"}");
        assertEquals(422, early.status(), early.body());
        assertEquals("urn:kaowu:problem:registration-open", early.json().getString("type"));
        assertTrue(runs(office, exam, AREA).isEmpty());

        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            List<JsonObject> started = runs(office, exam, AREA);
            assertEquals(1, started.size(), "one run per area with candidates, started by the edge: " + started);
            assertTrue(started.get(0).getBoolean("byCalendar"));
            JsonObject run = settled(office, started.get(0).getJsonNumber("id").longValue());
            assertEquals("COMPLETED", run.getString("state"), run.toString());
            assertEquals(100, run.getInt("percent"));
            assertEquals(3, run.getInt("toSeat"), "the three paid registrations, no one else: " + run);
            assertEquals(3, run.getInt("seated"));
            JsonArray seated = seats(office, run.getJsonNumber("id").longValue());
            // The seats come a page at a time: two per page here, the total in X-Total-Count, the next page linked.
            Kaowu.Response firstPage = office.get("/api/seating/runs/" + run.getJsonNumber("id") + "/seats?size=2");
            assertEquals(2, firstPage.array().size());
            assertEquals("3", firstPage.headers().firstValue("X-Total-Count").orElse(null));
            assertTrue(firstPage.headers().firstValue("Link").orElse("").contains("rel=\"next\""), firstPage.headers().toString());
            Set<Long> who = new HashSet<>();
            seated.stream().map(JsonObject.class::cast).forEach(s -> who.add(s.getJsonNumber("registration").longValue()));
            assertEquals(Set.of(r1, r2, r5), who, "unpaid " + r3 + ", under review " + r4 + ", disputed claim " + r6
                    + " stay out");
            Set<String> tickets = new HashSet<>();
            seated.stream().map(JsonObject.class::cast).forEach(s -> tickets.add(s.getString("ticketNumber")));
            assertEquals(3, tickets.size(), "one ticket number each: " + tickets);

            // The fill of the area: one site, two rooms, two seats used.
            JsonArray fill = office.get("/api/seating/exams/" + exam + "/fill?area="
                    + java.net.URLEncoder.encode(AREA, java.nio.charset.StandardCharsets.UTF_8)).array();
            JsonObject site = fill.getJsonObject(0);
            assertTrue(!site.containsKey("roomNumber") || site.isNull("roomNumber"), fill.toString());
            assertEquals(60, site.getInt("seats"));
            assertEquals(3, site.getInt("used"));
            assertEquals(3, fill.size(), fill.toString());

            // The shortfall: two paid candidates, one seat; the run fails, names the site and stores nothing.
            JsonObject failed = settled(office, runs(office, exam, SHORT_AREA).get(0).getJsonNumber("id").longValue());
            assertEquals("FAILED", failed.getString("state"), failed.toString());
            JsonArray shortfall = failed.getJsonArray("shortfall");
            assertFalse(shortfall.isEmpty(), failed.toString());
            int missing = shortfall.stream().map(JsonObject.class::cast).mapToInt(s -> s.getInt("missingSeats")).sum();
            assertEquals(1, missing, shortfall.toString());
            assertTrue(shortfall.getJsonObject(0).getString("text").contains("1"), shortfall.toString());
            assertEquals(0, seats(office, failed.getJsonNumber("id").longValue()).size());
            assertEquals(0, office.get("/api/seating/exams/" + exam + "/fill?area="
                    + java.net.URLEncoder.encode(SHORT_AREA, java.nio.charset.StandardCharsets.UTF_8)).array().size());

            // Tickets are not open yet: the candidate sees no seat.
            String before = paid1.get("/candidate/registrations").body();
            assertFalse(before.contains("kw-ticket-number"), "no seat before ticketsOpen");

            // The same seed gives the same seats; the later run supersedes the earlier.
            long a = start(office, exam, AREA, ",\"seed\":42,\"reserveShare\":0.1");
            assertEquals("COMPLETED", settled(office, a).getString("state"));
            long b = start(office, exam, AREA, ",\"seed\":\"42\",\"reserveShare\":0.1");
            JsonObject second = settled(office, b);
            assertEquals("COMPLETED", second.getString("state"));
            assertEquals("42", second.getString("seed"));
            assertEquals(layout(seats(office, a)), layout(seats(office, b)), "the same inputs and seed, the same seats");
            assertTrue(office.get("/api/seating/runs/" + a).json().getBoolean("superseded"));
            assertTrue(office.get("/api/seating/runs/" + run.getJsonNumber("id")).json().getBoolean("superseded"));
            assertFalse(second.getBoolean("superseded"));

            // From ticketsOpen the candidate sees the ticket number, the site with its address, the room and seat.
            Kaowu.moveClockTo(serverNow.plusSeconds(3 * 3600 + 1));
            String page = paid1.get("/candidate/registrations").body();
            assertTrue(page.contains("kw-ticket-number"), "the seat is shown from ticketsOpen");
            String ticket = seats(office, b).stream().map(JsonObject.class::cast)
                    .filter(s -> s.getJsonNumber("registration").longValue() == r1).findFirst().orElseThrow()
                    .getString("ticketNumber");
            assertTrue(page.contains(ticket), "the current run's ticket number " + ticket);
            assertTrue(page.contains("银川市兴庆区解放西街1号"), "the site's address");
            assertFalse(unpaid.get("/candidate/registrations").body().contains("kw-ticket-number"));
        } finally {
            Kaowu.resetClock();
        }
    }

    @Test
    void badRequestsAreRefusedClearlyAndOnlyTheOfficeMayAllocate() throws Exception {
        Kaowu.Client office = office();
        Kaowu.Response unknown = office.post("/api/seating/runs", "application/json", "{\"exam\":987654321,\"area\":\"北京市\"}");
        assertEquals(404, unknown.status());
        assertEquals("urn:kaowu:problem:no-such-exam", unknown.json().getString("type"));
        for (String[] bad : new String[][]{{"{\"area\":\"北京市\"}", "400", "exam"},
                {"{\"exam\":\"abc\",\"area\":\"北京市\"}", "400", "exam"}}) {
            Kaowu.Response r = office.post("/api/seating/runs", "application/json", bad[0]);
            assertEquals(Integer.parseInt(bad[1]), r.status(), bad[0] + ": " + r.body());
            assertTrue(r.isProblem());
            assertEquals("urn:kaowu:problem:invalid-seating", r.json().getString("type"));
        }
        long exam = office.get("/api/seating/exams").array().getJsonObject(0).getJsonNumber("id").longValue();
        for (String[] bad : new String[][]{{",\"area\":\"火星\"", "422"}, {",\"area\":\"北京市\",\"reserveShare\":0.9", "422"},
                {",\"area\":\"北京市\",\"seed\":\"abc\"", "400"}, {",\"area\":\"北京市\",\"seed\":1.5", "400"}}) {
            Kaowu.Response r = office.post("/api/seating/runs", "application/json", "{\"exam\":" + exam + bad[0] + "}");
            assertEquals(Integer.parseInt(bad[1]), r.status(), bad[0] + ": " + r.body());
            assertEquals("urn:kaowu:problem:invalid-seating", r.json().getString("type"), r.body());
            assertNotEquals("", r.json().getString("detail"));
        }
        assertEquals(400, office.get("/api/seating/runs?exam=x").status());
        assertEquals(404, office.get("/api/seating/runs/987654321").status());

        Kaowu.Client candidate = RegistrationFixtures.candidate();
        assertEquals(403, candidate.get("/api/seating/runs?exam=" + exam).status());
        assertEquals(403, candidate.post("/api/seating/runs", "application/json",
                "{\"exam\":" + exam + ",\"area\":\"北京市\"}").status());
        assertEquals(403, as("supervisor", DEMO_PASSWORD).get("/api/seating/exams").status());
        assertEquals(403, candidate.get("/office/seating").status());
    }
}
