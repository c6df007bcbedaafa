package org.kaowu.it;

import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Takes a misconduct case whose notice was served to its written decision without moving the clock: the candidate
 * states a defence (one point), the office re-checks that point and decides (Order No. 31 Art. 17).
 */
public final class DecidedCase {

    private DecidedCase() {
    }

    public static JsonObject decide(Kaowu.Client office, Kaowu.Client candidate, long caseId) {
        Kaowu.Response defence = candidate.post("/api/cases/" + caseId + "/defences", "application/json",
                "{\"text\":\"我对核查结论有异议，请复核。\"}");
        assertEquals(201, defence.status(), defence.body());
        JsonObject detail = office.get("/api/office/cases/" + caseId).json();
        for (JsonObject point : detail.getJsonArray("points").getValuesAs(JsonObject.class)) {
            if (!point.getBoolean("rechecked")) {
                Kaowu.Response checked = office.post("/api/office/cases/" + caseId + "/points/" + point.getJsonNumber("id")
                        + "/recheck", "application/json", "{\"finding\":\"经复核，学历证书系伪造，异议不成立。\"}");
                assertEquals(200, checked.status(), checked.body());
            }
        }
        Kaowu.Response decided = office.post("/api/office/cases/" + caseId + "/decision", "application/json",
                "{\"reasons\":\"经核查，当事人提供伪造的毕业证书报名，依第十条、第七条处理。\"}");
        assertEquals(200, decided.status(), decided.body());
        return decided.json();
    }
}
