package org.kaowu.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committee register: sessions after the end of November are kept, with a warning; bad dates are refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeIT {


    @Test
    void aSessionAfterNovemberIsFlaggedAndBadDatesAreRefused() {
        Kaowu.Client office = Kaowu.as("office", Kaowu.DEMO_PASSWORD);
        String name = "辽阳市工程系列中级评委会-" + UUID.randomUUID().toString().substring(0, 6);
        Kaowu.Response created = office.post("/api/committees", "application/json", "{\"name\":\"" + name
                + "\",\"series\":\"工程\",\"grade\":\"INTERMEDIATE\",\"organiser\":\"辽阳市人社局\",\"jurisdiction\":\"CITY\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        JsonObject onTime = office.post("/api/committees/" + id + "/sessions", "application/json",
                "{\"year\":2023,\"plannedFrom\":\"2023-11-20\",\"plannedTo\":\"2023-11-24\"}").json();
        assertFalse(onTime.getBoolean("late"));

        JsonObject late = office.post("/api/committees/" + id + "/sessions", "application/json",
                "{\"year\":2023,\"plannedFrom\":\"2023-12-04\",\"plannedTo\":\"2023-12-06\"}").json();
        assertTrue(late.getBoolean("late"));
        assertTrue(late.getString("warning").contains("11月底前完成"), late.toString());
        assertTrue(office.get("/api/committees/sessions?year=2023").body().contains("\"late\":true"));

        Kaowu.Response reversed = office.post("/api/committees/" + id + "/sessions", "application/json",
                "{\"year\":2023,\"plannedFrom\":\"2023-11-24\",\"plannedTo\":\"2023-11-20\"}");
        assertEquals(400, reversed.status());
        assertEquals("plannedTo", reversed.json().getString("field"));
        Kaowu.Response acrossYears = office.post("/api/committees/" + id + "/sessions", "application/json",
                "{\"year\":2023,\"plannedFrom\":\"2023-12-28\",\"plannedTo\":\"2024-01-05\"}");
        assertEquals(400, acrossYears.status());
        assertEquals(409, office.post("/api/committees", "application/json", "{\"name\":\"" + name
                + "\",\"series\":\"工程\",\"grade\":\"INTERMEDIATE\",\"organiser\":\"x\",\"jurisdiction\":\"CITY\"}").status());
        assertEquals(403, Kaowu.as("supervisor", Kaowu.DEMO_PASSWORD).get("/api/committees").status());
    }

    /** Issue item 16: committees and sessions are corrected and deleted; a committee with sessions is not deleted. */
    @Test
    void committeesAndSessionsAreCorrectedAndDeletedNextYearIncluded() {
        Kaowu.Client office = Kaowu.as("office", Kaowu.DEMO_PASSWORD);
        int next = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;
        String name = "盘锦市卫生系列高级评委会-" + UUID.randomUUID().toString().substring(0, 6);
        Kaowu.Response created = office.post("/api/committees", "application/json", "{\"name\":\"" + name
                + "\",\"series\":\"卫生\",\"grade\":\"SENIOR\",\"organiser\":\"盘锦市人社局\",\"jurisdiction\":\"CITY\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        Kaowu.Response planned = office.post("/api/committees/" + id + "/sessions", "application/json",
                "{\"year\":" + next + ",\"plannedFrom\":\"" + next + "-11-02\",\"plannedTo\":\"" + next + "-11-06\"}");
        assertEquals(200, planned.status(), "next year's session is planned: " + planned.body());
        long session = planned.json().getJsonNumber("id").longValue();

        Kaowu.Response inUse = office.delete("/api/committees/" + id);
        assertEquals(409, inUse.status(), inUse.body());
        assertEquals("urn:kaowu:problem:committee-in-use", inUse.json().getString("type"));
        assertTrue(inUse.json().getString("detail").contains("1次例会计划"), inUse.body());

        Kaowu.Response moved = office.put("/api/committees/sessions/" + session,
                "{\"plannedFrom\":\"" + next + "-12-01\",\"plannedTo\":\"" + next + "-12-03\",\"note\":\"推迟\"}");
        assertEquals(200, moved.status(), moved.body());
        assertTrue(moved.json().getBoolean("late"), "the late flag follows the new dates");
        Kaowu.Response acrossYears = office.put("/api/committees/sessions/" + session,
                "{\"plannedFrom\":\"" + next + "-12-28\",\"plannedTo\":\"" + (next + 1) + "-01-03\"}");
        assertEquals(400, acrossYears.status());

        Kaowu.Response renamed = office.put("/api/committees/" + id, "{\"name\":\"" + name + "（更正）\",\"series\":\"卫生\","
                + "\"grade\":\"INTERMEDIATE\",\"organiser\":\"盘锦市人社局\",\"jurisdiction\":\"CITY\"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("INTERMEDIATE", renamed.json().getString("grade"));
        Kaowu.Response blank = office.put("/api/committees/" + id, "{\"name\":\"\",\"series\":\"卫生\","
                + "\"grade\":\"INTERMEDIATE\",\"organiser\":\"盘锦市人社局\",\"jurisdiction\":\"CITY\"}");
        assertEquals(400, blank.status());
        assertTrue(blank.json().getString("detail").contains("评委会名称"), "the field in words: " + blank.body());

        assertEquals(204, office.delete("/api/committees/sessions/" + session).status());
        assertEquals(404, office.delete("/api/committees/sessions/" + session).status());
        assertEquals(204, office.delete("/api/committees/" + id).status());
        assertFalse(office.get("/api/committees").body().contains(name), "gone from the register");
    }
}
