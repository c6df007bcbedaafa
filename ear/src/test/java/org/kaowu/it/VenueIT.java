package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.as;

/**
 * Venues: the venues file previewed (every problem, nothing stored) and imported all or nothing, a re-import that
 * updates, corrections and deletions, hostile files, the rooms lent on a day, and the office alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VenueIT {

    static final String HEADER = "area,site_code,site_name,address,contact,phone,site_kinds,site_accessible,room_number,"
            + "floor,kind,capacity,rows,columns,pattern,accessible,spare,first_machine,days\n";
    static final String AREA = "天津市";

    static Kaowu.Client office() {
        return as("office", DEMO_PASSWORD);
    }

    static Kaowu.Response upload(String path, String csv) {
        return office().postBytes(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static String file(String... rows) {
        return HEADER + String.join("\n", rows) + "\n";
    }

    static String room(String code, String number, String pattern, String spare, String days) {
        return AREA + "," + code + ",天津市第一考点,天津市和平区南京路1号,赵老师,022-23000000,PAPER,是," + number
                + ",1,PAPER,30,5,6," + pattern + ",否," + spare + ",," + days;
    }

    static JsonObject site(String code) {
        Kaowu.Response list = office().get("/api/venues/sites?area=" + java.net.URLEncoder.encode(AREA, StandardCharsets.UTF_8)
                + "&size=200");
        assertEquals(200, list.status(), list.body());
        for (var v : list.array()) {
            JsonObject s = v.asJsonObject();
            if (s.getString("code").equals(code)) {
                Kaowu.Response one = office().get("/api/venues/sites/" + s.getJsonNumber("id").longValue());
                assertEquals(200, one.status(), one.body());
                return one.json();
            }
        }
        return null;
    }

    @Test
    void aFileWithProblemsListsEveryOneAndStoresNothing() {
        Kaowu.Response r = upload("/api/venues/import", file(
                room("TJ-IT-01", "101", "S_SHAPED", "否", ""),
                room("TJ-IT-01", "101", "W_SHAPED", "否", ""),
                room("TJ-IT-01", "102", "Z_SHAPED", "也许", "2026-02-30")));
        assertEquals(422, r.status(), r.body());
        assertTrue(r.isProblem());
        assertEquals("urn:kaowu:problem:invalid-venue", r.json().getString("type"));
        List<String> problems = r.json().getJsonArray("problems").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("第3行「考场号」列（room_number）"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("第4行「座位编排方式」列（pattern）")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("（spare）")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("2026-02-30")), problems.toString());
        assertEquals(null, site("TJ-IT-01"), "nothing stored");
        // In English on request.
        Kaowu.Response en = office().send("POST", "/api/venues/import/preview", "text/csv",
                file(room("TJ-IT-01", "101", "S_SHAPED", "maybe", "")), "Accept-Language", "en");
        assertEquals(422, en.status());
        assertTrue(en.json().getJsonArray("problems").getString(0).startsWith("Line 2, column \"Spare room\" (spare)"),
                en.body());
    }

    @Test
    void importThenReimportUpdatesTheSiteAndSaysSo() {
        String first = file(room("TJ-IT-02", "101", "S_SHAPED", "否", ""),
                room("TJ-IT-02", "102", "W_SHAPED", "是", ""));
        Kaowu.Response preview = upload("/api/venues/import/preview", first);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(1, preview.json().getInt("newSites"));
        assertEquals(null, site("TJ-IT-02"), "a preview stores nothing");
        Kaowu.Response done = upload("/api/venues/import", first);
        assertEquals(200, done.status(), done.body());
        JsonObject site = site("TJ-IT-02");
        assertEquals(2, site.getJsonArray("rooms").size());
        assertEquals(30, site.getInt("seats"), "the spare room's seats are not counted");

        // Unchanged, then changed: the preview says which.
        JsonObject again = upload("/api/venues/import/preview", first).json();
        assertEquals(1, again.getInt("unchangedSites"));
        String second = file(room("TJ-IT-02", "101", "PLAIN", "否", ""), room("TJ-IT-02", "103", "S_SHAPED", "否", ""));
        JsonObject changed = upload("/api/venues/import/preview", second).json();
        assertEquals(1, changed.getInt("changedSites"));
        JsonObject change = changed.getJsonArray("sites").getJsonObject(0);
        assertEquals(1, change.getInt("newRooms"));
        assertEquals(1, change.getInt("changedRooms"));
        assertEquals(200, upload("/api/venues/import", second).status());
        site = site("TJ-IT-02");
        assertEquals(List.of("101", "102", "103"), numbers(site), "rooms not in the file are kept");
        assertEquals("PLAIN", site.getJsonArray("rooms").getJsonObject(0).getString("pattern"));
    }

    @Test
    void roomsAreEditedCheckedAndDeletedAndSitesToo() {
        assertEquals(200, upload("/api/venues/import", file(room("TJ-IT-03", "101", "S_SHAPED", "否", ""),
                room("TJ-IT-03", "102", "S_SHAPED", "否", ""))).status());
        JsonObject site = site("TJ-IT-03");
        long room = site.getJsonArray("rooms").getJsonObject(0).getJsonNumber("id").longValue();
        Kaowu.Response edited = office().put("/api/venues/rooms/" + room, "{\"floor\":2,\"kind\":\"PAPER\",\"capacity\":24,"
                + "\"rows\":4,\"columns\":6,\"pattern\":\"W_SHAPED\",\"accessible\":true,\"spare\":false,\"days\":[\"2026-05-24\"]}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals("W_SHAPED", edited.json().getString("pattern"));
        assertEquals(List.of("2026-05-24"), edited.json().getJsonArray("days").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        // Too many seats for the grid, a computer room in a paper-only site: refused beside their fields, nothing changed.
        Kaowu.Response bad = office().put("/api/venues/rooms/" + room, "{\"floor\":2,\"kind\":\"COMPUTER\",\"capacity\":40,"
                + "\"rows\":4,\"columns\":6,\"pattern\":\"W_SHAPED\",\"firstMachine\":1}");
        assertEquals(422, bad.status(), bad.body());
        assertEquals("urn:kaowu:problem:invalid-venue", bad.json().getString("type"));
        assertEquals(2, bad.json().getJsonArray("problems").size(), bad.body());
        assertEquals(24, site("TJ-IT-03").getJsonArray("rooms").getJsonObject(0).getInt("capacity"));
        Kaowu.Response badKind = office().put("/api/venues/rooms/" + room, "{\"floor\":1,\"kind\":\"BOAT\",\"capacity\":30,"
                + "\"rows\":5,\"columns\":6,\"pattern\":\"PLAIN\"}");
        assertEquals(422, badKind.status(), badKind.body());
        // The site's particulars.
        long siteId = site.getJsonNumber("id").longValue();
        Kaowu.Response siteEdit = office().put("/api/venues/sites/" + siteId, "{\"area\":\"天津市\",\"name\":\"天津市第一考点（南楼）\","
                + "\"address\":\"天津市和平区南京路1号\",\"hostsPaper\":true,\"accessible\":true}");
        assertEquals(200, siteEdit.status(), siteEdit.body());
        assertEquals("天津市第一考点（南楼）", siteEdit.json().getString("name"));
        Kaowu.Response noKinds = office().put("/api/venues/sites/" + siteId, "{\"area\":\"天津市\",\"name\":\"x\","
                + "\"address\":\"y\",\"hostsPaper\":false,\"hostsComputer\":true}");
        assertEquals(422, noKinds.status(), "paper rooms would be left without a place: " + noKinds.body());

        assertEquals(204, office().delete("/api/venues/rooms/" + room).status());
        assertEquals(List.of("102"), numbers(site("TJ-IT-03")));
        assertEquals(404, office().delete("/api/venues/rooms/" + room).status());
        assertEquals(204, office().delete("/api/venues/sites/" + siteId).status());
        assertEquals(null, site("TJ-IT-03"));
        assertEquals(404, office().get("/api/venues/sites/" + siteId).status());
        // Audited.
        Kaowu.Response audit = as("admin", DEMO_PASSWORD).get("/api/admin/audit?action=venue.site.delete");
        assertEquals(200, audit.status(), audit.body());
        assertTrue(audit.body().contains("TJ-IT-03"), audit.body());
    }

    @Test
    void availableRoomsRespectTheDaysARoomIsLent() {
        assertEquals(200, upload("/api/venues/import", file(room("TJ-IT-04", "101", "S_SHAPED", "否", ""),
                room("TJ-IT-04", "102", "S_SHAPED", "是", ""),
                room("TJ-IT-04", "103", "S_SHAPED", "否", "2031-05-24;2031-05-25"))).status());
        JsonArray sat = office().get("/api/venues/available?area=" + java.net.URLEncoder.encode(AREA, StandardCharsets.UTF_8)
                + "&day=2031-05-24").array();
        List<String> onSaturday = sat.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("siteCode").equals("TJ-IT-04"))
                .map(o -> o.getString("roomNumber") + (o.getBoolean("spare") ? "*" : "")).toList();
        assertEquals(List.of("101", "102*", "103"), onSaturday);
        JsonArray other = office().get("/api/venues/available?area=" + java.net.URLEncoder.encode(AREA, StandardCharsets.UTF_8)
                + "&day=2031-05-26").array();
        assertEquals(List.of("101", "102"), other.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("siteCode").equals("TJ-IT-04")).map(o -> o.getString("roomNumber")).toList());
        assertEquals(400, office().get("/api/venues/available?area=x&day=tomorrow").status());
    }

    @Test
    void hostileFilesAreRefusedWithA4xxAndStoreNothing() throws Exception {
        // A zip bomb: small on the wire, far larger unpacked.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        Kaowu.Response bomb = office().postBytes("/api/venues/import",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        assertEquals(422, bomb.status(), bomb.body());
        assertTrue(bomb.isProblem());
        // An external entity.
        ByteArrayOutputStream xxe = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xxe)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet>"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData>"
                    + "</worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Kaowu.Response entity = office().postBytes("/api/venues/import/preview",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xxe.toByteArray());
        assertEquals(422, entity.status(), entity.body());
        assertFalse(entity.body().contains("root:"));
        // A formula cell.
        Kaowu.Response formula = upload("/api/venues/import", file(room("TJ-IT-05", "101", "S_SHAPED", "否", "")
                .replace("天津市第一考点", "=HYPERLINK(\"http://evil.example\";\"x\")")));
        assertEquals(422, formula.status(), formula.body());
        assertTrue(formula.body().contains("site_name"), formula.body());
        // A million rows, a file too large, the wrong type.
        String million = HEADER + "\n".repeat(1_000_000) + room("TJ-IT-05", "101", "S_SHAPED", "否", "") + "\n";
        Kaowu.Response many = upload("/api/venues/import", million + million);
        assertTrue(many.status() == 413 || many.status() == 422, many.status() + " " + many.body());
        assertTrue(many.isProblem());
        Kaowu.Response image = office().postBytes("/api/venues/import", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(415, image.status(), image.body());
        Kaowu.Response binary = office().postBytes("/api/venues/import", "text/csv", new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0, 1});
        assertEquals(422, binary.status(), binary.body());
        assertEquals(null, site("TJ-IT-05"));
    }

    @Test
    void onlyTheOfficeSeesOrChangesVenues() {
        for (String who : List.of("supervisor", "admin")) {
            Kaowu.Client c = as(who, DEMO_PASSWORD);
            assertEquals(403, c.get("/api/venues/sites").status(), who);
            Kaowu.Response r = c.postBytes("/api/venues/import", "text/csv",
                    file(room("TJ-IT-06", "101", "S_SHAPED", "否", "")).getBytes(StandardCharsets.UTF_8));
            assertEquals(403, r.status(), who);
            assertTrue(r.isProblem(), who);
        }
        assertEquals(401, Kaowu.anonymous().get("/api/venues/sites").status());
        assertEquals(null, site("TJ-IT-06"));
        // The sample downloads and imports as it is (its sites are the demonstration's, already stored: unchanged).
        Kaowu.Response sample = office().get("/api/venues/sample.csv");
        assertEquals(200, sample.status());
        Kaowu.Response preview = upload("/api/venues/import/preview", sample.body());
        assertEquals(200, preview.status(), preview.body());
        assertEquals(3, preview.json().getJsonArray("sites").size());
    }

    static List<String> numbers(JsonObject site) {
        return site.getJsonArray("rooms").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }
}
