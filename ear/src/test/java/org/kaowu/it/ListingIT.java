package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * The public listing (公示, issue 14 part E) over HTTP: publication draws the listing with exactly those who passed;
 * anyone reads it masked; a bad objection is refused with problem+json and nothing stored; objections lodged,
 * resolved both ways and audited; too many from one source answered 429 with Retry-After; clearance as the clock
 * moves past the period; the list gone after it. Area: 重庆市 (no other class uses it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListingIT {

    private static final String HEADER = "ticket_number,subject,score,absent\n";
    private static final String JSON = "application/json";

    private static String objection(String name, String contact, String grounds) {
        return "{\"name\":" + (name == null ? "null" : "\"" + name + "\"") + ",\"contact\":\"" + contact
                + "\",\"grounds\":\"" + grounds + "\"}";
    }

    @Test
    void publicationListsThoseWhoPassedAndObjectionsDecideTheirClearance() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        Kaowu.Client anyone = Kaowu.anonymous();
        String area = "重庆市";
        ResultFixtures.venue(office, area);
        try {
            Instant now = Kaowu.serverNow();
            int year = ResultFixtures.freeYears(office, 2050);
            ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, ResultFixtures.BEIJING));
            long exam = ResultFixtures.examId(office, year);
            Kaowu.Client a = RegistrationFixtures.candidate();
            Kaowu.Client b = RegistrationFixtures.candidate();
            Kaowu.Client c = RegistrationFixtures.candidate();
            long ra = ResultFixtures.register(office, a, year, area, "[\"01\",\"02\"]");
            long rb = ResultFixtures.register(office, b, year, area, "[\"01\",\"02\"]");
            long rc = ResultFixtures.register(office, c, year, area, "[\"01\",\"02\"]");
            Map<Long, String> t = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600));
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
            String scores = HEADER + t.get(ra) + ",01,90,\n" + t.get(ra) + ",02,88,\n" + t.get(rb) + ",01,100,\n"
                    + t.get(rb) + ",02,85,\n" + t.get(rc) + ",01,95,\n" + t.get(rc) + ",02,50,\n";
            Kaowu.Response imported = office.post("/api/office/results/exams/" + exam + "/import", "text/csv", scores);
            assertEquals(200, imported.status(), imported.body());

            // Before publication there is no list.
            Kaowu.Response early = anyone.get("/api/public/listings?exam=" + exam);
            assertEquals(404, early.status(), early.body());
            assertEquals("urn:kaowu:problem:listing-not-open", early.json().getString("type"));

            // Published on the RESULTS edge: the listing holds exactly those who passed every subject.
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
            JsonObject summary = office.get("/api/office/listings/" + exam).json();
            assertEquals(2, summary.getInt("entries"), summary.toString());
            assertEquals("OPEN", summary.getString("phase"));
            assertEquals(year + "-12-07", summary.getString("lastDay"), "publication day + 7 days: " + summary);
            JsonArray officeRows = office.get("/api/office/listings/" + exam + "/entries").array();
            assertEquals(Set.of(ra, rb), officeRows.getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getJsonNumber("registrationId").longValue()).collect(Collectors.toSet()));
            long entryA = entry(officeRows, ra);
            long entryB = entry(officeRows, rb);
            assertTrue(anyone.get("/api/public/listings").body().contains("\"exam\":" + exam), "open listings list it");

            // The public list: masked, nothing else personal.
            Kaowu.Response list = anyone.get("/api/public/listings?exam=" + exam);
            assertEquals(200, list.status(), list.body());
            assertEquals("2", list.headers().firstValue("X-Total-Count").orElse("?"));
            String idA = a.get("/api/profile").json().getString("idNumber");
            for (JsonObject row : list.array().getValuesAs(JsonObject.class)) {
                assertTrue(row.getString("name").matches("张\\*+"), row.toString());
                assertTrue(row.getString("idNumber").matches("\\d{4}\\*{10}[\\dX]{4}"), row.toString());
                assertEquals(area, row.getString("area"));
                assertTrue(row.getString("qualification").contains("经济专业技术资格"), row.toString());
                assertEquals(Set.of("id", "name", "idNumber", "qualification", "level", "area"), row.keySet());
            }
            assertFalse(list.body().contains(idA), "no full ID number");
            assertFalse(list.body().contains("13812345678"), "no phone number");
            assertEquals("PENDING", clearance(office, ra).getString("state"));
            assertEquals("PERIOD_RUNNING", clearance(office, ra).getString("pending"));
            assertEquals("NOT_LISTED", clearance(office, rc).getString("state"));

            // Bad objections: problem+json naming the field; nothing stored.
            String path = "/api/public/listings/" + entryA + "/objections";
            Kaowu.Response noGrounds = anyone.post(path, JSON, objection("李四", "13900001111", " "));
            assertEquals(422, noGrounds.status(), noGrounds.body());
            assertTrue(noGrounds.contentType().startsWith("application/problem+json"));
            assertEquals("urn:kaowu:problem:invalid-objection", noGrounds.json().getString("type"));
            assertEquals("grounds", noGrounds.json().getString("field"));
            Kaowu.Response badContact = anyone.post(path, JSON, objection("李四", "call me", "理由"), "Accept-Language", "en");
            assertEquals("contact", badContact.json().getString("field"));
            assertTrue(badContact.json().getString("detail").contains("mobile number"), badContact.body());
            Kaowu.Response noName = anyone.post(path, JSON, objection(null, "13900001111", "理由"));
            assertEquals("name", noName.json().getString("field"));
            Kaowu.Response hostile = anyone.post(path, JSON, objection("李四", "13900001111", "理由\\u202e反转"));
            assertEquals(422, hostile.status(), hostile.body());
            assertEquals(404, anyone.post("/api/public/listings/999999999/objections", JSON,
                    objection("李四", "13900001111", "理由")).status());
            assertEquals(0, office.get("/api/office/listings/" + exam + "/objections").array().size(), "nothing stored");

            // Two objections lodged; the office sees the objector's contact, the public never does.
            Kaowu.Response lodged = anyone.post(path, JSON, objection("李四", "13900001111", "该考生工作年限不足，与其单位证明不符。"));
            assertEquals(201, lodged.status(), lodged.body());
            long objA = lodged.json().getJsonNumber("id").longValue();
            Kaowu.Response lodgedB = anyone.post("/api/public/listings/" + entryB + "/objections", JSON,
                    objection("王五", "ww@example.cn", "疑似替考。"));
            assertEquals(201, lodgedB.status(), lodgedB.body());
            long objB = lodgedB.json().getJsonNumber("id").longValue();
            JsonArray objections = office.get("/api/office/listings/" + exam + "/objections").array();
            assertEquals(2, objections.size());
            assertTrue(objections.toString().contains("13900001111") && objections.toString().contains("ww@example.cn"));
            assertFalse(anyone.get("/api/public/listings?exam=" + exam).body().contains("13900001111"));
            assertEquals(403, a.get("/api/office/listings/" + exam + "/objections").status());
            assertEquals("OBJECTION_OPEN", clearance(office, ra).getString("pending"));
            assertEquals(2, office.get("/api/office/listings/" + exam).json().getInt("openObjections"));

            // Resolved both ways, with a reason, once; audited.
            String resolve = "/api/office/listings/objections/";
            Kaowu.Response noReason = office.post(resolve + objA + "/resolution", JSON, "{\"outcome\":\"UPHELD\"}");
            assertEquals(422, noReason.status(), noReason.body());
            assertEquals("reason", noReason.json().getString("field"));
            Kaowu.Response upheld = office.post(resolve + objA + "/resolution", JSON,
                    "{\"outcome\":\"UPHELD\",\"reason\":\"经核实工作年限不符合报考条件\"}");
            assertEquals(200, upheld.status(), upheld.body());
            assertEquals("UPHELD", upheld.json().getString("status"));
            Kaowu.Response dismissed = office.post(resolve + objB + "/resolution", JSON,
                    "{\"outcome\":\"DISMISSED\",\"reason\":\"经核查考场录像，无替考情形\"}");
            assertEquals(200, dismissed.status(), dismissed.body());
            Kaowu.Response again = office.post(resolve + objB + "/resolution", JSON,
                    "{\"outcome\":\"UPHELD\",\"reason\":\"再次处理\"}");
            assertEquals(409, again.status());
            assertEquals("urn:kaowu:problem:objection-resolved", again.json().getString("type"));
            String audit = Kaowu.session("admin", DEMO_PASSWORD).get("/api/admin/audit?action=listing.resolve").body();
            assertTrue(audit.contains("经核实工作年限不符合报考条件") && audit.contains("经核查考场录像，无替考情形"), audit);
            JsonObject withheld = clearance(office, ra);
            assertEquals("WITHHELD", withheld.getString("state"));
            assertEquals("经核实工作年限不符合报考条件", withheld.getString("reason"));
            assertEquals("PERIOD_RUNNING", clearance(office, rb).getString("pending"));

            // The period cannot be changed once open.
            Kaowu.Response late = office.put("/api/office/listings/" + exam + "/period",
                    "{\"first\":\"" + year + "-12-01\",\"last\":\"" + year + "-12-10\"}");
            assertEquals(409, late.status(), late.body());

            // One source may lodge five objections an hour: the sixth waits.
            for (int i = 0; i < 3; i++) {
                assertEquals(201, anyone.post("/api/public/listings/" + entryB + "/objections", JSON,
                        objection("赵六", "13900002222", "补充材料" + i)).status());
            }
            Kaowu.Response tooMany = anyone.post("/api/public/listings/" + entryB + "/objections", JSON,
                    objection("赵六", "13900002222", "补充材料"));
            assertEquals(429, tooMany.status(), tooMany.body());
            assertEquals("urn:kaowu:problem:too-many-objections", tooMany.json().getString("type"));
            long retry = Long.parseLong(tooMany.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retry > 0 && retry <= 3600, "Retry-After " + retry);
            for (JsonObject o : office.get("/api/office/listings/" + exam + "/objections").array().getValuesAs(JsonObject.class)) {
                if (o.getString("status").equals("OPEN")) {
                    assertEquals(200, office.post(resolve + o.getJsonNumber("id") + "/resolution", JSON,
                            "{\"outcome\":\"DISMISSED\",\"reason\":\"与前一异议相同，已核查\"}").status());
                }
            }

            // After the period: B is cleared, A stays withheld, the list is no longer public, objections refused.
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 12, 8, 0).plusSeconds(1));
            assertEquals("CLEARED", clearance(office, rb).getString("state"));
            assertEquals("WITHHELD", clearance(office, ra).getString("state"));
            Kaowu.Response closed = anyone.get("/api/public/listings?exam=" + exam);
            assertEquals(404, closed.status());
            assertTrue(closed.json().getString("detail").contains(year + "-12-07"), closed.body());
            assertFalse(anyone.get("/api/public/listings").body().contains("\"exam\":" + exam));
            Kaowu.Response afterEnd = anyone.post("/api/public/listings/" + entryB + "/objections", JSON,
                    objection("李四", "13900001111", "理由"));
            assertEquals(409, afterEnd.status(), afterEnd.body());
            assertEquals("CLOSED", office.get("/api/office/listings/" + exam).json().getString("phase"));
        } finally {
            Kaowu.resetClock();
        }
    }

    private static long entry(JsonArray rows, long registration) {
        return rows.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("registrationId").longValue() == registration).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonObject clearance(Kaowu.Client office, long registration) {
        Kaowu.Response r = office.get("/api/office/listings/clearance/" + registration);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }
}
