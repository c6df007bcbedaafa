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
}
