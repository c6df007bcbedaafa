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
import static org.kaowu.it.RegistrationFixtures.idNumber;
import static org.kaowu.it.RegistrationFixtures.jpeg;
import static org.kaowu.it.RegistrationFixtures.notice;
import static org.kaowu.it.RegistrationFixtures.profile;
import static org.kaowu.it.RegistrationFixtures.registration;

/**
 * The staff pool and invigilator rosters end to end: a staff file with problems stores nothing and names each with
 * its line and column, a good one imports (identity numbers masked in every answer); a roster built on an allocated
 * exam fills every post with no hard violation and keeps recusal on the real data (own employer's candidates, a declared
 * relative seated, registered for the exam, unavailable); pinned duties survive a re-solve, a person marked
 * unavailable late is moved and few others are; a supervisor sees only their own duties and no office endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffRosterIT {

    private static final String AREA = "四川省";
    private static final String OTHER_AREA = "江西省";
    private static final String HEADER = "id_number,name,employer,sex,sittings,area,district,roles,relatives,availability,account\n";

    private static Kaowu.Client office() {
        return Kaowu.session("office", DEMO_PASSWORD);
    }

    private static String tag() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonArray find(Kaowu.Client office, String q) {
        Kaowu.Response r = office.get("/api/staff?size=200&q=" + enc(q));
        assertEquals(200, r.status(), r.body());
        return r.array();
    }

    @Test
    void aFileWithProblemsStoresNothingAndAGoodFileImportsWithNumbersMasked() {
        Kaowu.Client office = office();
        String t = tag();
        String good = idNumber();
        String relative = idNumber();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        Kaowu.Response refused = office.post("/api/staff/import", "text/csv", HEADER
                + good + ",导入甲" + t + ",某中学,,3,四川省,武侯区,INVIGILATOR,,,\n"
                + badCheck + ",导入乙" + t + ",=cmd,,x,火星,,厨师,,明天,\n");
        assertEquals(422, refused.status(), refused.body());
        JsonObject problem = refused.json();
        assertEquals("urn:kaowu:problem:invalid-staff", problem.getString("type"));
        String problems = problem.getJsonArray("problems").toString();
        for (String expected : List.of("第3行「身份证号码」", "第3行「工作单位」", "第3行「已监考场次」", "第3行「所在考区」",
                "第3行「可担任」", "第3行「可参加的日期」")) {
            assertTrue(problems.contains(expected), expected + " in " + problems);
        }
        assertFalse(refused.body().contains(badCheck) || refused.body().contains(good), "no identity number echoed");
        assertEquals(0, find(office, t).size(), "nothing stored, not even the good row");

        // A file far beyond the limit: refused before it is read, nothing stored.
        Kaowu.Response huge = office.postBytes("/api/staff/import", "text/csv",
                (HEADER + "1,a,b,,,四川省,,,,,\n".repeat(500_000)).getBytes(StandardCharsets.UTF_8));
        assertEquals(413, huge.status(), huge.body());
        // A workbook that unpacks beyond the reader's limit (a zip bomb): a 422 naming it, nothing stored.
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Kaowu.Response bombed = office.postBytes("/api/staff/import",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb.toByteArray());
        assertEquals(422, bombed.status(), bombed.body());
        assertTrue(bombed.body().contains("解压后超过"), bombed.body());

        String file = HEADER + good + ",导入甲" + t + ",某中学,,3,四川省,武侯区,INVIGILATOR;主考,"
                + relative + ",2026-05-23 AM,\n";
        Kaowu.Response preview = office.post("/api/staff/import/preview", "text/csv", file);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(1, preview.json().getInt("newStaff"));
        assertEquals(0, find(office, t).size(), "a preview stores nothing");
        Kaowu.Response done = office.post("/api/staff/import", "text/csv", file);
        assertEquals(200, done.status(), done.body());
        assertEquals(1, done.json().getInt("newStaff"));
        JsonArray listed = find(office, t);
        assertEquals(1, listed.size());
        JsonObject row = listed.getJsonObject(0);
        assertEquals(good.substring(0, 4) + "**********" + good.substring(14), row.getString("maskedIdNumber"));
        assertEquals(1, row.getInt("relatives"));
        assertFalse(listed.toString().contains(good) || listed.toString().contains(relative), listed.toString());
        long id = row.getJsonNumber("id").longValue();
        JsonObject one = office.get("/api/staff/" + id).json();
        assertFalse(one.toString().contains(good) || one.toString().contains(relative), one.toString());
        assertEquals("M".equals(one.getString("sex")) || "F".equals(one.getString("sex")), true);
        assertEquals(0, office.post("/api/staff/import", "text/csv", file).json().getInt("newStaff"));
        assertEquals(1, office.post("/api/staff/import", "text/csv", file).json().getInt("unchangedStaff"),
                "the same file again changes nothing");

        Kaowu.Response badEdit = office.put("/api/staff/" + id, "{\"name\":\"\",\"employer\":\"某中学\",\"sittings\":3,"
                + "\"area\":\"四川省\",\"roles\":[\"INVIGILATOR\"],\"availability\":[\"2026-13-01\"]}");
        assertEquals(422, badEdit.status(), badEdit.body());
        assertTrue(badEdit.body().contains("可参加的日期") && badEdit.body().contains("姓名"), badEdit.body());
        Kaowu.Response edit = office.put("/api/staff/" + id, "{\"name\":\"导入甲" + t + "\",\"employer\":\"另一中学\","
                + "\"sittings\":4,\"area\":\"四川省\",\"roles\":[\"INVIGILATOR\"],\"availability\":[]}");
        assertEquals(200, edit.status(), edit.body());
        assertEquals(1, edit.json().getInt("relatives"), "relatives absent: the declared ones stay");
        assertEquals("另一中学", edit.json().getString("employer"));

        JsonArray audit = Kaowu.as("admin", DEMO_PASSWORD).get("/api/admin/audit?action=staff.edit&actor=office").array();
        assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(e -> Long.toString(id)
                .equals(e.getString("subjectId"))), audit.toString());
        assertFalse(audit.toString().contains(good) || audit.toString().contains(relative), "no number in the trail");

        assertEquals(204, office.delete("/api/staff/" + id).status());
        assertEquals(0, find(office, t).size());
        assertEquals(404, office.get("/api/staff/" + id).status());
    }

    private static Kaowu.Client candidate(String idNumber) throws IOException {
        Kaowu.Client c = Kaowu.session(Kaowu.newCandidate(PASSWORD), PASSWORD);
        Kaowu.Response p = c.put("/api/profile", profile(idNumber));
        assertEquals(200, p.status(), p.body());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", jpeg(358, 441)).status());
        return c;
    }

    private static JsonObject settled(Kaowu.Client office, String path) throws InterruptedException {
        long end = System.nanoTime() + 90_000_000_000L;
        while (true) {
            JsonObject o = office.get(path).json();
            String state = o.getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return o;
            }
            assertTrue(System.nanoTime() < end, path + " still " + state);
            Thread.sleep(200);
        }
    }

    private static long startRoster(Kaowu.Client office, long exam, String reason) {
        Kaowu.Response r = office.post("/api/rosters", "application/json", "{\"exam\":" + exam + ",\"area\":\"" + AREA
                + "\",\"timeLimit\":3,\"seed\":7,\"reason\":\"" + reason + "\"}");
        assertEquals(202, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> duties(Kaowu.Client office, long roster) {
        Kaowu.Response r = office.get("/api/rosters/" + roster + "/duties?size=200");
        assertEquals(200, r.status(), r.body());
        assertEquals(Integer.toString(r.array().size()), r.headers().firstValue("X-Total-Count").orElse(null));
        return r.array().getValuesAs(JsonObject.class);
    }

    private static long staffId(Kaowu.Client office, String name) {
        JsonArray found = find(office, name);
        assertEquals(1, found.size(), name + ": " + found);
        return found.getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aRosterOnAnAllocatedExamFillsEveryPostKeepsRecusalSurvivesPinsAndShowsSupervisorsOnlyTheirOwn()
            throws Exception {
        Kaowu.Client office = office();
        String t = tag();
        String site = "SC" + t;
        assertEquals(200, office.post("/api/venues/import", "text/csv",
                "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                        + AREA + "," + site + ",成都市第七中学考点,成都市武侯区林荫中街1号,101,30,5,6\n").status());
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2080, "监考编排测试计划", now, now.plusHours(1), null);
        long exam = office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year && e.getString("code").equals("JJ"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        // Three candidates in the area (all work for 中建某局, as the fixture's profile says); one more registered
        // elsewhere whose number a staff member holds: that person is registered for this exam.
        String seatedNumber = idNumber();
        String registeredNumber = idNumber();
        RegistrationFixtures.pay(office, RegistrationFixtures.registerJj(candidate(seatedNumber), year, AREA));
        RegistrationFixtures.pay(office, RegistrationFixtures.registerJj(candidate(idNumber()), year, AREA));
        RegistrationFixtures.pay(office, RegistrationFixtures.registerJj(candidate(idNumber()), year, AREA));
        RegistrationFixtures.registerJj(candidate(registeredNumber), year, OTHER_AREA);

        // Without seats there is no roster to make.
        Kaowu.Response early = office.post("/api/rosters", "application/json",
                "{\"exam\":" + exam + ",\"area\":\"" + AREA + "\"}");
        assertEquals(422, early.status(), early.body());
        assertEquals("urn:kaowu:problem:no-seats", early.json().getString("type"));

        String sameEmployer = "同单位" + t;
        String relative = "亲属" + t;
        String registered = "报考者" + t;
        String away = "没空" + t;
        String chief = "主考" + t;
        StringBuilder pool = new StringBuilder(HEADER);
        pool.append(idNumber()).append(',').append(sameEmployer).append(",中建某局,,9,四川省,,INVIGILATOR;SITE_HEAD;INSPECTOR,,,\n");
        pool.append(idNumber()).append(',').append(relative).append(",成都某银行,,9,四川省,,INVIGILATOR;SITE_HEAD;INSPECTOR,")
                .append(seatedNumber).append(",,\n");
        pool.append(registeredNumber).append(',').append(registered).append(",成都某医院,,9,四川省,,INVIGILATOR;SITE_HEAD;INSPECTOR,,,\n");
        pool.append(idNumber()).append(',').append(away).append(",成都某公司,,9,四川省,,INVIGILATOR;SITE_HEAD;INSPECTOR,,2000-01-01,\n");
        pool.append(idNumber()).append(',').append(chief).append(",四川省人事考试中心,,12,四川省,,CHIEF_EXAMINER,,,\n");
        String[] roles = {"SITE_HEAD;INVIGILATOR", "SITE_HEAD;INVIGILATOR", "INSPECTOR;INVIGILATOR",
                "INSPECTOR;INVIGILATOR", "INVIGILATOR", "INVIGILATOR", "INVIGILATOR", "INVIGILATOR"};
        for (int i = 0; i < roles.length; i++) {
            pool.append(idNumber()).append(",监考").append(i).append('-').append(t).append(",成都第").append(i)
                    .append("中学,,").append(i % 3 * 3).append(",四川省,,").append(roles[i]).append(",,,\n");
        }
        Kaowu.Response imported = office.post("/api/staff/import", "text/csv", pool.toString());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(13, imported.json().getInt("newStaff"));
        Set<Long> recused = Set.of(staffId(office, sameEmployer), staffId(office, relative), staffId(office, registered),
                staffId(office, away));
        long chiefId = staffId(office, chief);

        // The chief examiner gets a sign-in of their own; the temporary password must be changed first.
        String username = "chief-" + t;
        Kaowu.Response account = office.post("/api/staff/" + chiefId + "/account", "application/json",
                "{\"username\":\"" + username + "\"}");
        assertEquals(201, account.status(), account.body());
        String temporary = account.json().getString("temporaryPassword");
        assertEquals(409, office.post("/api/staff/" + chiefId + "/account", "application/json",
                "{\"username\":\"other-" + t + "\"}").status(), "one account per person");
        Kaowu.Client supervisor = Kaowu.session(username, temporary);
        assertEquals(204, supervisor.post("/api/me/password", "application/json",
                "{\"current\":\"" + temporary + "\",\"password\":\"chief-pass-" + t + "\"}").status());
        supervisor = Kaowu.session(username, "chief-pass-" + t);
        assertEquals(0, supervisor.get("/api/supervisor/duties").array().size(), "no roster yet");

        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            JsonObject run = office.get("/api/seating/runs?exam=" + exam).array().getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("area").equals(AREA)).findFirst().orElseThrow();
            assertEquals("COMPLETED", settled(office, "/api/seating/runs/" + run.getJsonNumber("id")).getString("state"));

            long first = startRoster(office, exam, "首次编排");
            JsonObject roster = settled(office, "/api/rosters/" + first);
            assertEquals("COMPLETED", roster.getString("state"), roster.toString());
            assertEquals(0, roster.getInt("hardViolations"));
            // One room in one session: 1 chief examiner, 1 site head, 1 inspector, 2 invigilators, 1 reserve.
            assertEquals(6, roster.getInt("posts"), roster.toString());
            assertEquals(6, roster.getInt("filled"), roster.toString());
            assertTrue(roster.getJsonArray("unfilled").isEmpty(), roster.toString());
            assertEquals(100, roster.getInt("percent"));

            List<JsonObject> duties = duties(office, first);
            assertEquals(6, duties.size());
            Set<Long> serving = new HashSet<>();
            for (JsonObject d : duties) {
                long who = d.getJsonNumber("staffId").longValue();
                assertTrue(serving.add(who), "nobody in two places in one session: " + duties);
                assertFalse(recused.contains(who), d.getString("staffName") + " must recuse: " + d);
                assertFalse(d.toString().contains(seatedNumber), "numbers masked: " + d);
            }
            assertTrue(duties.stream().anyMatch(d -> d.getJsonNumber("staffId").longValue() == chiefId
                    && d.getString("role").equals("CHIEF_EXAMINER")), duties.toString());
            assertEquals(2, duties.stream().filter(d -> d.getString("role").equals("INVIGILATOR")
                    && has(d, "roomNumber")).count());

            // The supervisor sees their own duty (site, address, times, role) and no one else's.
            JsonArray mine = supervisor.get("/api/supervisor/duties").array();
            assertEquals(1, mine.size(), mine.toString());
            JsonObject duty = mine.getJsonObject(0);
            assertEquals("CHIEF_EXAMINER", duty.getString("role"));
            assertEquals("成都市第七中学考点", duty.getString("siteName"));
            assertEquals("成都市武侯区林荫中街1号", duty.getString("siteAddress"));
            assertEquals("09:00", duty.getString("start").substring(0, 5));
            for (JsonObject d : duties) {
                if (d.getJsonNumber("staffId").longValue() != chiefId) {
                    assertFalse(mine.toString().contains(d.getString("staffName")), mine.toString());
                }
            }
            for (String path : List.of("/api/staff", "/api/rosters?exam=" + exam, "/api/rosters/" + first)) {
                assertEquals(403, supervisor.get(path).status(), path);
            }
            assertEquals(403, supervisor.post("/api/rosters", "application/json",
                    "{\"exam\":" + exam + ",\"area\":\"" + AREA + "\"}").status());
            assertEquals(403, supervisor.post("/api/rosters/duties/" + duties.get(0).getJsonNumber("id") + "/pin",
                    "application/json", "{\"pinned\":true}").status());
            assertEquals(403, office.get("/api/supervisor/duties").status(), "the office has no duties page of its own");

            // Pin one invigilator; mark the other unavailable late; re-solve.
            JsonObject pinned = duties.stream().filter(d -> d.getString("role").equals("INVIGILATOR")
                    && has(d, "roomNumber")).findFirst().orElseThrow();
            JsonObject late = duties.stream().filter(d -> d.getString("role").equals("INVIGILATOR")
                    && has(d, "roomNumber") && d != pinned).findFirst().orElseThrow();
            assertEquals(204, office.post("/api/rosters/duties/" + pinned.getJsonNumber("id") + "/pin",
                    "application/json", "{\"pinned\":true}").status());
            long lateId = late.getJsonNumber("staffId").longValue();
            JsonObject lateStaff = office.get("/api/staff/" + lateId).json();
            Kaowu.Response unavailable = office.put("/api/staff/" + lateId, "{\"name\":\"" + lateStaff.getString("name")
                    + "\",\"employer\":\"" + lateStaff.getString("employer") + "\",\"sittings\":"
                    + lateStaff.getInt("sittings") + ",\"area\":\"四川省\",\"roles\":"
                    + lateStaff.getJsonArray("roles") + ",\"availability\":[\"2000-01-01\"]}");
            assertEquals(200, unavailable.status(), unavailable.body());

            long second = startRoster(office, exam, "某人临时不能参加");
            JsonObject resolved = settled(office, "/api/rosters/" + second);
            assertEquals("COMPLETED", resolved.getString("state"), resolved.toString());
            assertEquals(6, resolved.getInt("filled"));
            assertTrue(office.get("/api/rosters/" + first).json().getBoolean("superseded"));
            List<JsonObject> after = duties(office, second);
            Map<String, Long> before = new HashMap<>();
            duties.forEach(d -> before.put(post(d), d.getJsonNumber("staffId").longValue()));
            assertTrue(after.stream().anyMatch(d -> post(d).equals(post(pinned)) && d.getBoolean("pinned")
                    && d.getJsonNumber("staffId").equals(pinned.getJsonNumber("staffId"))), "the pin survives: " + after);
            assertTrue(after.stream().noneMatch(d -> d.getJsonNumber("staffId").longValue() == lateId),
                    "the person now unavailable is moved out: " + after);
            long changed = after.stream().filter(d -> !Long.valueOf(d.getJsonNumber("staffId").longValue())
                    .equals(before.get(post(d)))).count();
            assertTrue(changed >= 1 && changed <= 2, "only the late change and at most one step-in move: " + changed
                    + " " + after);
            assertEquals(changed, resolved.getInt("moved"), resolved.toString());
            assertTrue(after.stream().noneMatch(d -> recused.contains(d.getJsonNumber("staffId").longValue())));

            // A duty of a superseded roster cannot be pinned; a duty of the new one can, and is audited.
            assertEquals(409, office.post("/api/rosters/duties/" + late.getJsonNumber("id") + "/pin",
                    "application/json", "{\"pinned\":true}").status());
            assertEquals(400, office.post("/api/rosters/duties/" + after.get(0).getJsonNumber("id") + "/pin",
                    "application/json", "{}").status());
            JsonArray audit = Kaowu.as("admin", DEMO_PASSWORD).get("/api/admin/audit?action=roster.pin&actor=office").array();
            assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("subjectId")
                    .equals(pinned.getJsonNumber("id").toString())), audit.toString());

            // A person on a roster cannot be deleted.
            Kaowu.Response delete = office.delete("/api/staff/" + chiefId);
            assertEquals(409, delete.status(), delete.body());
            assertNotEquals(0, find(office, chief).size());
        } finally {
            Kaowu.resetClock();
        }
    }

    private static boolean has(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key);
    }

    private static String post(JsonObject d) {
        return d.getString("session") + "/" + d.getJsonNumber("siteId") + "/" + d.getString("role") + "/"
                + (!has(d, "roomId") ? "-" : d.getJsonNumber("roomId").toString()) + "/" + d.getInt("slot");
    }
}
