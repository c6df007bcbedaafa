package org.kaowu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * Incident reports on the exam day (issue 13, Order No. 31 Art. 16), in 浙江省: the reminder rule; a report sent twice
 * (in turn and at once) stored once; a refusal to sign needs two staff of the session attesting with their own
 * passwords; a supervisor reports only from their own duty and room (403); hostile evidence refused with nothing
 * stored, evidence never readable by a candidate or another supervisor; an incident without a person and staff
 * misconduct; the site head confirms (the reporter cannot), then edits are 409 and an addendum is listed; statistics
 * and their CSV count the confirmed reports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentReportIT {

    private static final String AREA = "浙江省";
    private static final String REPORTS = "/api/supervisor/reports";

    static byte[] signaturePng() throws IOException {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 70, 120, 30);
        g.drawLine(120, 30, 260, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static JsonObjectBuilder report(ExamDayFixtures.ExamDay day, ExamDayFixtures.Staff by, String key,
                                            String rule) {
        return Json.createObjectBuilder().add("idempotencyKey", key).add("duty", by.dutyId()).add("room", day.roomId())
                .add("party", "CANDIDATE").add("registration", day.candidate().registrationId()).add("rule", rule)
                .add("occurredAt", day.during().plusSeconds(600).toString()).add("place", day.roomNumber() + "考场")
                .add("description", "开考后发现考生座位抽屉内有手机，提醒后仍未交出。");
    }

    private static JsonArrayBuilder attesters(ExamDayFixtures.Staff... staff) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (ExamDayFixtures.Staff s : staff) {
            a.add(Json.createObjectBuilder().add("username", s.username()).add("password", s.password()));
        }
        return a;
    }

    private static Kaowu.Response post(Kaowu.Client c, JsonObjectBuilder body) {
        return c.post(REPORTS, "application/json", body.build().toString());
    }

    private static void problem(Kaowu.Response r, int status, String type) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType() != null && r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("urn:kaowu:problem:" + type, r.json().getString("type"), r.body());
    }

    private static byte[] jpegBomb() throws IOException {
        byte[] jpeg = RegistrationFixtures.jpeg(64, 64);
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && ((jpeg[i + 1] & 0xff) == 0xc0 || (jpeg[i + 1] & 0xff) == 0xc2)) {
                jpeg[i + 5] = (byte) 0xea; // height 60,000
                jpeg[i + 6] = (byte) 0x60;
                jpeg[i + 7] = (byte) 0xea; // width 60,000
                jpeg[i + 8] = (byte) 0x60;
                return jpeg;
            }
        }
        throw new AssertionError("no SOF marker");
    }

    @Test
    void aSupervisorReportsOnTheExamDayAndTheSiteHeadConfirms() throws Exception {
        ExamDayFixtures.ExamDay day = ExamDayFixtures.examDay(AREA);
        try {
            Kaowu.Client inv = day.invigilator().session();
            Kaowu.Client inv2 = day.invigilator2().session();
            Kaowu.Client head = day.siteHead().session();
            Kaowu.Client inspector = day.inspector().session();
            Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
            Kaowu.Client candidate = day.candidate().session();
            String signature = Base64.getEncoder().encodeToString(signaturePng());

            // The candidate is found by ticket number and by seat; the ID number is masked.
            JsonArray byTicket = inv.get("/api/supervisor/duties/" + day.invigilator().dutyId() + "/candidates?room="
                    + day.roomId() + "&q=" + day.candidate().ticketNumber()).array();
            assertEquals(1, byTicket.size(), byTicket.toString());
            assertTrue(byTicket.getJsonObject(0).getString("maskedIdNumber").contains("**********"), byTicket.toString());
            assertEquals(day.candidate().name(), byTicket.getJsonObject(0).getString("name"));
            assertEquals(200, inv.get("/api/supervisor/duties/" + day.invigilator().dutyId() + "/candidates/"
                    + day.candidate().registrationId() + "/photo").status());
            JsonArray rules = inv.get("/api/supervisor/rules?party=CANDIDATE").array();
            assertTrue(rules.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("code").equals("C6.1")
                    && r.getBoolean("reminderRequired")), rules.toString());

            // Art. 6 item 1 only after a reminder: refused without one, saying why; nothing stored.
            Kaowu.Response unreminded = post(inv, report(day, day.invigilator(), key(), "C6.1")
                    .add("reminded", false).add("signature", signature));
            problem(unreminded, 422, "reminder-required");
            assertTrue(unreminded.body().contains("提醒"), unreminded.body());
            assertEquals(0, inv.get(REPORTS).json().getJsonArray("mine").size());

            // Sent twice in turn: stored once, the second answer is the first report.
            String k = key();
            JsonObjectBuilder phone = report(day, day.invigilator(), k, "C6.1").add("reminded", true)
                    .add("signature", signature);
            String phoneBody = phone.build().toString();
            Kaowu.Response first = inv.post(REPORTS, "application/json", phoneBody);
            assertEquals(201, first.status(), first.body());
            long reportId = first.json().getJsonNumber("id").longValue();
            assertEquals("SUBMITTED", first.json().getString("status"));
            assertEquals(day.candidate().ticketNumber(), first.json().getString("ticketNumber"));
            assertEquals("01", first.json().getString("subject"));
            Kaowu.Response again = inv.post(REPORTS, "application/json", phoneBody);
            assertEquals(200, again.status(), again.body());
            assertEquals(reportId, again.json().getJsonNumber("id").longValue());
            // A double tap: two at once, one stored.
            String tapKey = key();
            String tap = report(day, day.invigilator(), tapKey, "C6.3").add("reminded", false)
                    .add("signature", signature).build().toString();
            CompletableFuture<Kaowu.Response> a = inv.postAsync(REPORTS, tap);
            CompletableFuture<Kaowu.Response> b = inv.postAsync(REPORTS, tap);
            Kaowu.Response ra = a.get();
            Kaowu.Response rb = b.get();
            assertEquals(List.of(200, 201), List.of(ra.status(), rb.status()).stream().sorted().toList(),
                    ra.body() + " / " + rb.body());
            assertEquals(ra.json().getJsonNumber("id"), rb.json().getJsonNumber("id"));
            assertEquals(2, inv.get(REPORTS).json().getJsonArray("mine").size());
            // The same key from another supervisor is no repeat of theirs.
            problem(post(inv2, report(day, day.invigilator2(), k, "C6.1").add("reminded", true)
                    .add("signature", signature)), 409, "idempotency-key-used");

            // A refusal to sign needs two staff of the session, each with their own password.
            problem(post(inv, report(day, day.invigilator(), key(), "C6.3").add("refusedToSign", true)),
                    422, "attestation-required");
            problem(post(inv, report(day, day.invigilator(), key(), "C6.3").add("refusedToSign", true)
                    .add("attesters", attesters(day.invigilator()))), 422, "attestation-required");
            problem(post(inv, report(day, day.invigilator(), key(), "C6.3").add("refusedToSign", true)
                    .add("attesters", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("username", day.invigilator().username()).add("password", day.invigilator().password()))
                            .add(Json.createObjectBuilder().add("username", day.invigilator2().username())
                                    .add("password", "wrong-password")))), 422, "attester-invalid");
            problem(post(inv, report(day, day.invigilator(), key(), "C6.3").add("refusedToSign", true)
                    .add("attesters", attesters(day.invigilator(), day.invigilator())
                    )), 422, "attestation-required");
            assertEquals(2, inv.get(REPORTS).json().getJsonArray("mine").size(), "nothing stored by the refusals");
            Kaowu.Response refused = post(inv, report(day, day.invigilator(), key(), "C6.3").add("refusedToSign", true)
                    .add("attesters", attesters(day.invigilator(), day.invigilator2())));
            assertEquals(201, refused.status(), refused.body());
            long refusedId = refused.json().getJsonNumber("id").longValue();
            JsonObject refusedView = inv.get(REPORTS + "/" + refusedId).json();
            assertEquals(2, refusedView.getJsonArray("attestations").size(), refusedView.toString());
            assertFalse(refusedView.getBoolean("signed"));

            // Only from one's own duty and room.
            assertEquals(403, post(inv, report(day, day.invigilator(), key(), "C6.3").add("room", day.emptyRoomId())
                    .add("signature", signature)).status(), "another room of the site");
            assertEquals(403, post(inv, report(day, day.siteHead(), key(), "C6.3").add("signature", signature)).status(),
                    "someone else's duty");
            assertEquals(403, inv.get("/api/supervisor/duties/" + day.invigilator().dutyId() + "/candidates?room="
                    + day.emptyRoomId()).status());
            assertEquals(403, candidate.get(REPORTS).status());
            assertEquals(403, candidate.post(REPORTS, "application/json", phoneBody).status());
            assertEquals(403, inspector.get(REPORTS + "/" + reportId).status(), "not the reporter nor the site head");
            assertEquals(403, inv2.get(REPORTS + "/" + reportId).status());

            // Evidence: typed by content, limits, nothing stored on refusal.
            String evidence = REPORTS + "/" + reportId + "/evidence";
            byte[] exe = ("MZ\u0090\u0000" + "This program cannot be run in DOS mode.".repeat(20))
                    .getBytes(StandardCharsets.ISO_8859_1);
            problem(inv.postBytes(evidence + "?name=photo.jpg", "image/jpeg", exe), 422, "invalid-evidence");
            problem(inv.postBytes(evidence + "?name=bomb.jpg", "image/jpeg", jpegBomb()), 422, "invalid-evidence");
            problem(inv.postBytes(evidence + "?name=big.pdf", "application/pdf", new byte[3 * 1024 * 1024]), 413,
                    "too-large");
            assertEquals(415, inv.postBytes(evidence, "application/x-msdownload", exe).status());
            assertEquals(0, inv.get(REPORTS + "/" + reportId).json().getJsonArray("evidence").size());
            Kaowu.Response photo = inv.postBytes(evidence + "?name=%E6%89%8B%E6%9C%BA.jpg", "image/jpeg",
                    RegistrationFixtures.jpeg(640, 480));
            assertEquals(201, photo.status(), photo.body());
            assertEquals(201, inv.postBytes(evidence + "?name=sketch.png", "image/png", signaturePng()).status());
            problem(inv2.postBytes(evidence, "image/png", signaturePng()), 403, "forbidden");
            String file = evidence + "/" + photo.json().getJsonNumber("id");
            assertEquals(200, inv.get(file).status());
            assertEquals(200, head.get(file).status());
            assertEquals(200, office.get(file).status());
            assertTrue(office.get(file).headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals(403, inv2.get(file).status(), "another supervisor");
            assertEquals(403, inspector.get(file).status(), "another supervisor of the site");
            assertEquals(403, candidate.get(file).status(), "a candidate");
            assertEquals(401, Kaowu.anonymous().get(file).status());

            // The reporter cannot confirm their own report; another invigilator cannot confirm; the site head does.
            assertEquals(403, inv.post(REPORTS + "/" + reportId + "/confirm", "application/json", "").status());
            assertEquals(403, inv2.post(REPORTS + "/" + reportId + "/confirm", "application/json", "").status());
            JsonObject awaiting = head.get(REPORTS).json();
            assertTrue(awaiting.getJsonArray("awaitingConfirmation").getValuesAs(JsonObject.class).stream()
                    .anyMatch(r -> r.getJsonNumber("id").longValue() == reportId), awaiting.toString());
            assertTrue(head.get(REPORTS + "/" + reportId).json().getBoolean("mayConfirm"));
            Kaowu.Response confirmed = head.post(REPORTS + "/" + reportId + "/confirm", "application/json", "");
            assertEquals(200, confirmed.status(), confirmed.body());
            assertEquals("CONFIRMED", confirmed.json().getString("status"));
            assertEquals(day.siteHead().username(), confirmed.json().getString("confirmedBy"));
            problem(head.post(REPORTS + "/" + reportId + "/confirm", "application/json", ""), 409, "report-confirmed");
            problem(inv.put(REPORTS + "/" + reportId, "{\"place\":\"改过\",\"description\":\"改过的描述\"}"), 409,
                    "report-confirmed");
            problem(inv.postBytes(evidence, "image/png", signaturePng()), 409, "report-confirmed");
            Kaowu.Response addendum = inv.post(REPORTS + "/" + reportId + "/addenda", "application/json",
                    "{\"text\":\"更正：手机在考生外套口袋内，而非抽屉。\"}");
            assertEquals(201, addendum.status(), addendum.body());
            JsonObject after = office.get(REPORTS + "/" + reportId).json();
            assertEquals("开考后发现考生座位抽屉内有手机，提醒后仍未交出。", after.getString("description"), "unchanged");
            assertEquals(1, after.getJsonArray("addenda").size(), after.toString());
            assertEquals(day.invigilator().username(), after.getJsonArray("addenda").getJsonObject(0).getString("by"));
            assertEquals(2, after.getJsonArray("evidence").size());

            // Before confirmation the reporter may still correct a report.
            Kaowu.Response edited = inv.put(REPORTS + "/" + refusedId, "{\"place\":\"101考场后门\",\"description\":\"考生拒绝签字。\"}");
            assertEquals(200, edited.status(), edited.body());

            // An incident without a person, from the site head's site-wide duty.
            JsonObject incident = Json.createObjectBuilder().add("idempotencyKey", key())
                    .add("duty", day.siteHead().dutyId()).add("party", "NONE").add("rule", "N1")
                    .add("occurredAt", day.during().toString()).add("place", "考点大门")
                    .add("description", "考点外有人用扩音器喧哗约十分钟。").build();
            problem(post(head, Json.createObjectBuilder(incident).add("registration",
                    day.candidate().registrationId())), 422, "invalid-report");
            problem(post(head, Json.createObjectBuilder(incident).add("rule", "C6.3")), 422,
                    "rule-party-mismatch");
            Kaowu.Response none = post(head, Json.createObjectBuilder(incident));
            assertEquals(201, none.status(), none.body());
            assertFalse(none.json().containsKey("personName"));

            // Staff misconduct: a staff member of the session, signed.
            JsonObject staff = Json.createObjectBuilder().add("idempotencyKey", key())
                    .add("duty", day.invigilator().dutyId()).add("party", "STAFF").add("rule", "S13.1")
                    .add("staffMember", day.invigilator2().staffId()).add("signature", signature)
                    .add("occurredAt", day.during().toString()).add("place", day.roomNumber() + "考场")
                    .add("description", "监考员未按规定核对准考证。").build();
            problem(post(inv, Json.createObjectBuilder(staff).add("staffMember", 1)), 422, "not-serving-here");
            Kaowu.Response staffReport = post(inv, Json.createObjectBuilder(staff));
            assertEquals(201, staffReport.status(), staffReport.body());
            assertEquals(day.invigilator2().name(), staffReport.json().getString("personName"));

            // The chief examiner confirms the other two; statistics count the confirmed ones only.
            for (Kaowu.Response r : List.of(none, staffReport)) {
                Kaowu.Client by = r == none ? day.chief().session() : head;
                assertEquals(200, by.post(REPORTS + "/" + r.json().getJsonNumber("id") + "/confirm", "application/json",
                        "").status());
            }
            JsonArray stats = office.get("/api/office/conduct/statistics?exam=" + day.examId()).array();
            assertEquals(1, count(stats, "article", "6"), stats.toString());
            assertEquals(1, count(stats, "article", "13"), stats.toString());
            assertEquals(1, count(stats, "article", "0"), stats.toString());
            assertEquals(3, count(stats, "area", AREA), stats.toString());
            assertEquals(3, count(stats, "site", day.siteName()), stats.toString());
            assertEquals(3, count(stats, "exam", Long.toString(day.examId())), stats.toString());
            assertEquals(0, office.get("/api/office/conduct/statistics?exam=" + day.examId() + "&area=安徽省").array()
                    .size());
            Kaowu.Response csv = office.get("/api/office/conduct/statistics.csv?exam=" + day.examId());
            assertEquals(200, csv.status());
            assertTrue(csv.body().startsWith("\uFEFF统计维度"), csv.body());
            assertTrue(csv.body().contains("按考点," + day.siteName() + ",3"), csv.body());
            assertEquals(403, inv.get("/api/office/conduct/statistics").status());
            problem(office.get("/api/office/conduct/statistics?year=abc"), 400, "bad-request");

            JsonArray audit = Kaowu.as("admin", DEMO_PASSWORD)
                    .get("/api/admin/audit?action=conduct.report.confirm&actor=" + day.siteHead().username()).array();
            assertTrue(audit.getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("subjectId").equals(Long.toString(reportId))), audit.toString());
        } finally {
            Kaowu.resetClock();
        }
    }

    private static long count(JsonArray stats, String dimension, String key) {
        return stats.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("dimension").equals(dimension) && o.getString("key").equals(key))
                .mapToLong(o -> o.getJsonNumber("count").longValue()).sum();
    }
}
