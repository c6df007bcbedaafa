package org.kaowu.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.scheduling.documents.TicketToken;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.RegistrationFixtures.PASSWORD;
import static org.kaowu.it.RegistrationFixtures.jpeg;
import static org.kaowu.it.RegistrationFixtures.notice;
import static org.kaowu.it.RegistrationFixtures.profile;
import static org.kaowu.it.RegistrationFixtures.registration;

/**
 * Admission tickets end to end: registration closes, the edge seats the candidates, and the candidate's ticket PDF is
 * refused before the ticket window (409 {@code tickets-not-open}), served inside it (a real PDF with the name, ticket
 * number, subject and an embedded font, whose QR code scans to a token the door check accepts) and refused after it
 * (409 {@code tickets-closed}); another candidate's registration is a 404, other roles a 403; the door check refuses
 * a forged, re-signed or altered token, and a re-seated candidate's old ticket ({@code ticket-stale}); the office downloads
 * a site's room documents. The clock is the server's: it is reset whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketIT {

    private static final String AREA = "山西省";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    record Candidate(String username, Kaowu.Client client) {
    }

    record Bytes(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static Candidate candidate() throws IOException {
        String username = Kaowu.newCandidate(PASSWORD);
        Kaowu.Client c = Kaowu.session(username, PASSWORD);
        Kaowu.Response p = c.put("/api/profile", profile(RegistrationFixtures.idNumber()));
        assertEquals(200, p.status(), p.body());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
        return new Candidate(username, c);
    }

    private static Bytes download(String username, String password, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Kaowu.BASE + path)).GET();
        if (username != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    /** A plan of the test's own: registration closes in 1 h, tickets open in 2 h and close in 3 h; the paper on 09-08 of the plan year. */
    private static int plan(Kaowu.Client office, LocalDateTime now) {
        int year = 2090;
        while (office.get("/api/plans/" + year).status() == 200) {
            year++;
        }
        assertEquals(201, office.post("/api/plans", "application/json",
                "{\"year\":" + year + ",\"title\":\"准考证测试计划\",\"authority\":\"某省人事考试中心\"}").status());
        LocalDate day = LocalDate.of(year, 9, 8); // the paper in the plan's own year; the ticket window is now
        String exam = """
                {"code":"JJ","qualification":"经济专业技术资格","levels":["中级"],
                 "windows":{"registrationOpens":"%s","registrationCloses":"%s","withdrawalDeadline":"%2$s",
                  "verificationDeadline":"%2$s","ticketsOpen":"%s","ticketsClose":"%s",
                  "examStart":"%s","examEnd":"%5$s","scoreRelease":"%s","certificatesFrom":"%s"},
                 "subjects":[{"level":"中级","code":"01","name":"经济基础知识","durationMinutes":150,"fullMarks":140,"passMark":84,"fee":56.5}],
                 "sessions":[{"level":"中级","subjectCode":"01","date":"%5$s","start":"09:00","end":"11:30"}]}
                """.formatted(now.minusDays(1).format(SECONDS), now.plusHours(1).format(SECONDS),
                now.plusHours(2).format(SECONDS), now.plusHours(3).format(SECONDS), day, day.plusDays(30),
                day.plusDays(40));
        Kaowu.Response added = office.put("/api/plans/" + year + "/exams/JJ", exam);
        assertEquals(201, added.status(), added.body());
        assertEquals(200, office.post("/api/plans/" + year + "/publish", "application/json", "").status());
        return year;
    }

    private static long register(Kaowu.Client c, int year) {
        String body = registration(year, "JJ", "中级", "COMMITMENT", notice(c, year, "JJ", "中级"), "OTHER")
                .replace("[\"1Z101\",\"1Z102\"]", "[\"01\"]").replace("北京市", AREA);
        Kaowu.Response r = c.post("/api/registrations", "application/json", body);
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static long examId(Kaowu.Client office, int year) {
        return office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year && e.getString("code").equals("JJ"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject completedRun(Kaowu.Client office, long exam) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonObject run = office.get("/api/seating/runs?exam=" + exam).array().stream().map(JsonObject.class::cast)
                    .filter(o -> o.getString("area").equals(AREA)).findFirst().orElse(null);
            if (run != null && !run.getString("state").equals("QUEUED") && !run.getString("state").equals("RUNNING")) {
                assertEquals("COMPLETED", run.getString("state"), run.toString());
                return run;
            }
            assertTrue(System.nanoTime() < end, "no completed run: " + run);
            Thread.sleep(100);
        }
    }

    private static Kaowu.Response check(Kaowu.Client staff, String token) {
        return staff.post("/api/tickets/check", "application/json",
                jakarta.json.Json.createObjectBuilder().add("token", token).build().toString());
    }

    @Test
    void theTicketIsServedOnlyInsideItsWindowToItsCandidateAndItsQrCodePassesTheDoorCheck() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        Kaowu.Client supervisor = Kaowu.session("supervisor", DEMO_PASSWORD);
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Kaowu.Response venues = office.post("/api/venues/import", "text/csv",
                "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                        + AREA + ",SX" + tag + ",太原市第一中学考点,太原市迎泽区迎泽大街1号,101,30,5,6\n"
                        + AREA + ",SX" + tag + ",太原市第一中学考点,太原市迎泽区迎泽大街1号,102,30,5,6\n");
        assertEquals(200, venues.status(), venues.body());
        Instant serverNow = Kaowu.serverNow();
        int year = plan(office, LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai")));
        long exam = examId(office, year);
        Candidate a = candidate();
        Candidate b = candidate();
        long ra = register(a.client(), year);
        long rb = register(b.client(), year);
        for (long r : new long[]{ra, rb}) {
            Kaowu.Response paid = office.post("/api/office/registrations/" + r + "/payment", "application/json",
                    "{\"reference\":\"柜台收据 " + r + "\"}");
            assertEquals("PAID", paid.json().getString("payment"), paid.body());
        }
        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            JsonObject run = completedRun(office, exam);
            JsonObject seatA = office.get("/api/seating/runs/" + run.getJsonNumber("id") + "/seats").array().stream()
                    .map(JsonObject.class::cast).filter(s -> s.getJsonNumber("registration").longValue() == ra)
                    .findFirst().orElseThrow();
            String ticketA = seatA.getString("ticketNumber");

            // Seated, but the ticket window has not opened: refused, saying when it opens.
            Bytes early = download(a.username(), PASSWORD, "/api/tickets/" + ra);
            assertEquals(409, early.status(), early.text());
            assertTrue(early.contentType().startsWith("application/problem+json"), early.contentType());
            assertTrue(early.text().contains("urn:kaowu:problem:tickets-not-open"), early.text());

            Kaowu.moveClockTo(serverNow.plusSeconds(2 * 3600 + 1));
            Bytes ticket = download(a.username(), PASSWORD, "/api/tickets/" + ra);
            assertEquals(200, ticket.status(), ticket.text());
            assertEquals("application/pdf", ticket.contentType());
            assertTrue(ticket.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertTrue(new String(ticket.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
            try (PDDocument doc = Loader.loadPDF(ticket.body())) {
                String text = new PDFTextStripper().getText(doc);
                for (String expected : new String[]{"张建国", ticketA, "经济基础知识", "09:00–11:30", "太原市第一中学考点",
                        "太原市迎泽区迎泽大街1号", "考场规则", "人力资源社会保障部令第31号"}) {
                    assertTrue(text.contains(expected), expected + " on the ticket:\n" + text);
                }
                var font = doc.getPage(0).getResources().getFont(
                        doc.getPage(0).getResources().getFontNames().iterator().next());
                assertTrue(font.isEmbedded(), "the CJK font travels with the PDF: " + font.getName());
            }

            // Someone else's registration is not there for this candidate; other roles may not download tickets.
            Bytes other = download(a.username(), PASSWORD, "/api/tickets/" + rb);
            assertEquals(404, other.status(), other.text());
            assertTrue(other.text().contains("urn:kaowu:problem:no-such-registration"), other.text());
            assertEquals(403, download("office", DEMO_PASSWORD, "/api/tickets/" + ra).status());
            assertEquals(401, download(null, null, "/api/tickets/" + ra).status());
            assertEquals(404, download(a.username(), PASSWORD, "/api/tickets/x1").status());

            // The door: the QR code scans to a token the check accepts, with the photo, the seat and a masked number.
            String token = QrCodes.scan(ticket.body());
            Kaowu.Response valid = check(supervisor, token);
            assertEquals(200, valid.status(), valid.body());
            JsonObject v = valid.json();
            assertEquals("张建国", v.getString("name"));
            assertEquals(ticketA, v.getString("ticketNumber"));
            assertEquals(ra, v.getJsonNumber("registration").longValue());
            assertTrue(v.getString("maskedIdNumber").contains("*"), v.toString());
            assertTrue(v.getString("photo").startsWith("data:image/jpeg;base64,"));
            assertEquals(seatA.getInt("seatNumber"), v.getJsonArray("seats").getJsonObject(0).getInt("seat"));
            assertEquals(200, check(office, token).status(), "the office may check too");
            assertEquals(403, check(b.client(), token).status(), "a candidate may not");

            // A registration voided after its ticket was printed (a false commitment): the ticket no longer admits.
            Bytes ticketB = download(b.username(), PASSWORD, "/api/tickets/" + rb);
            assertEquals(200, ticketB.status(), ticketB.text());
            String tokenB = QrCodes.scan(ticketB.body());
            assertEquals(200, check(supervisor, tokenB).status());
            JsonObject campaign = office.post("/api/office/verification/campaigns", "application/json",
                    "{\"year\":" + year + ",\"examCode\":\"JJ\",\"name\":\"准考证测试核查\",\"mode\":\"SAMPLE\","
                            + "\"percent\":100,\"seed\":\"7\",\"deadline\":\"" + year + "-08-31\"}").json();
            JsonObject task = office.get("/api/office/verification/campaigns/" + campaign.getJsonNumber("id")
                            + "/tasks?size=200").array().stream().map(JsonObject.class::cast)
                    .filter(t -> t.getJsonNumber("registrationId").longValue() == rb).findFirst().orElseThrow();
            assertEquals(200, office.post("/api/office/verification/tasks/" + task.getJsonNumber("id") + "/assign",
                    "application/json", "{\"verifier\":\"office\"}").status());
            JsonObject decided = office.post("/api/office/verification/tasks/" + task.getJsonNumber("id") + "/decision",
                    "application/json", "{\"outcome\":\"NOT_MET\",\"evidence\":\"学信网查无此学历\"}").json();
            assertEquals("VOIDED", decided.getString("registrationStatus"), decided.toString());
            Kaowu.Response voided = check(supervisor, tokenB);
            assertEquals(422, voided.status(), voided.body());
            assertEquals("urn:kaowu:problem:ticket-void", voided.json().getString("type"), voided.body());
            Bytes again = download(b.username(), PASSWORD, "/api/tickets/" + rb);
            assertEquals(409, again.status(), again.text());
            assertTrue(again.text().contains("urn:kaowu:problem:no-ticket"), again.text());

            // Forged: a character of the signature changed; the same fields signed with another key; a changed seat.
            // (a middle character: all six bits of it are the signature's, unlike the last one's)
            int middle = token.lastIndexOf('.') + 10;
            String flipped = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A')
                    + token.substring(middle + 1);
            TicketToken fields = TicketToken.verify(token, new byte[32], Instant.EPOCH).token();
            assertEquals(null, fields, "a token does not verify under a guessed key");
            String[] parts = token.substring(3).split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            String[] f = payload.split("\\|");
            TicketToken claimed = new TicketToken(Long.parseLong(f[1]), f[2], Long.parseLong(f[3]),
                    Integer.parseInt(f[4]), Instant.ofEpochSecond(Long.parseLong(f[5])));
            String resigned = claimed.sign("an attacker's key, not the server's".getBytes(StandardCharsets.UTF_8));
            String altered = "K1." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    payload.replace("|" + f[4] + "|", "|" + (Integer.parseInt(f[4]) + 1) + "|")
                            .getBytes(StandardCharsets.UTF_8)) + "." + parts[1];
            for (String forged : new String[]{flipped, resigned, altered, "hello", token.substring(0, 40)}) {
                Kaowu.Response r = check(supervisor, forged);
                assertEquals(422, r.status(), forged + ": " + r.body());
                assertEquals("urn:kaowu:problem:ticket-invalid", r.json().getString("type"), r.body());
                assertFalse(r.body().contains("张建国"), "nothing of the candidate for a forged token");
            }
            Kaowu.Response empty = check(supervisor, " ");
            assertEquals(400, empty.status(), empty.body());
            assertEquals("token", empty.json().getString("field"), empty.body());

            // The office's room documents of the site: one PDF with the door list (names masked) and sign-in sheet.
            String area = java.net.URLEncoder.encode(AREA, StandardCharsets.UTF_8);
            jakarta.json.JsonArray sites = office.get("/api/documents/exams/" + exam + "/sites?area=" + area).array();
            assertEquals(1, sites.size(), sites.toString());
            JsonObject site = sites.getJsonObject(0);
            assertEquals(1, site.getInt("candidates"), "the voided registration is left off: " + site);
            String docs = "/api/documents/exams/" + exam + "/sites/" + site.getJsonNumber("siteId") + "?area=" + area
                    + "&day=" + site.getString("day");
            Bytes sheets = download("office", DEMO_PASSWORD, docs);
            assertEquals(200, sheets.status(), sheets.text());
            assertEquals("application/pdf", sheets.contentType());
            try (PDDocument doc = Loader.loadPDF(sheets.body())) {
                PDFTextStripper strip = new PDFTextStripper();
                String all = strip.getText(doc);
                assertTrue(all.contains("考点汇总表") && all.contains("门贴") && all.contains("考生签到表")
                        && all.contains(ticketA), all);
                strip.setStartPage(2);
                strip.setEndPage(2);
                String door = strip.getText(doc);
                assertTrue(door.contains("张**") && !door.contains("张建国"), "names masked on the door: " + door);
            }
            assertEquals(403, download(a.username(), PASSWORD, docs).status(), "office only");
            Bytes noDay = download("office", DEMO_PASSWORD, docs.replace("&day=", "&day=x"));
            assertEquals(400, noDay.status(), noDay.text());

            // After the window closes: refused, saying so; the printed ticket still admits its holder.
            Kaowu.moveClockTo(serverNow.plusSeconds(3 * 3600 + 1));
            Bytes late = download(a.username(), PASSWORD, "/api/tickets/" + ra);
            assertEquals(409, late.status(), late.text());
            assertTrue(late.text().contains("urn:kaowu:problem:tickets-closed"), late.text());
            assertEquals(200, check(supervisor, token).status());

            // Re-seating: the candidate's room closes, the candidate moves, and the old ticket no longer passes.
            Kaowu.Response moved = office.post("/api/seating/reseatings", "application/json", "{\"day\":\"" + year
                    + "-09-08\",\"rooms\":[" + seatA.getJsonNumber("room") + "],\"reason\":\"教室停电\"}");
            assertEquals(201, moved.status(), moved.body());
            Kaowu.Response stale = check(supervisor, token);
            assertEquals(422, stale.status(), stale.body());
            assertEquals("urn:kaowu:problem:ticket-stale", stale.json().getString("type"), stale.body());
        } finally {
            Kaowu.resetClock();
        }
    }
}
