package org.kaowu.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.anonymous;
import static org.kaowu.it.Kaowu.params;
import static org.kaowu.it.Kaowu.query;

/** An ADMIN imports a later edition: previewed, all-or-nothing, in force from its date and not before. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditionImportIT {

    static final String HEADER = "code,category,type,name_zh,status,confidence,levels,aliases\n";


    static Kaowu.Response upload(String csv, String code, LocalDate from, boolean dryRun) {
        return Kaowu.as("admin", Kaowu.DEMO_PASSWORD).post("/api/catalogue/editions?" + query(params("code", code,
                "titleZh", "国家职业资格目录（测试版）", "effectiveFrom", from.toString(), "dryRun", Boolean.toString(dryRun),
                "reason", "integration test")), "text/csv", csv);
    }

    @Test
    void aLaterEditionTakesEffectOnItsDateAndEarlierChecksKeepTheirEdition() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // After every plan year (2000–2100) and so after the days the tests move the clock to (their plans stay below
        // 2099), so that no other class's plan or check meets this two-entry edition; unique per run.
        LocalDate from = LocalDate.of(2101, 1, 1).plusDays(Math.abs(UUID.randomUUID().hashCode() % 3000));
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + "P-A-14,PROFESSIONAL,ACCESS,建造师,IN_FORCE,READ,一级/二级,一建@一级\n"
                + "X-NEW-1,PROFESSIONAL,LEVEL,数据安全工程师,IN_FORCE,READ,,\n";

        Kaowu.Response preview = upload(csv, code, from, true);
        assertEquals(200, preview.status(), preview.body());
        JsonObject p = preview.json();
        assertTrue(p.getBoolean("ok"));
        assertEquals("X-NEW-1", p.getJsonArray("added").getString(0));
        assertTrue(p.getJsonArray("removed").size() > 70, "every entry not in the new file is listed as removed");
        assertEquals(422, check("数据安全工程师", from).status(), "a preview stores nothing");

        assertEquals(201, upload(csv, code, from, false).status());
        assertEquals(200, check("数据安全工程师", from).status());
        assertEquals(422, check("数据安全工程师", from.minusDays(1)).status(), "not before its effective date");
        assertEquals(200, check("注册会计师", from.minusDays(1)).status(), "the earlier edition still answers for earlier dates");
        Kaowu.Response gone = check("注册会计师", from);
        assertEquals(422, gone.status());
        assertEquals(code, gone.json().getString("edition"));
        assertEquals("2021-R1", check("一建", today).json().getJsonObject("edition").getString("code"));
        assertEquals(422, upload(csv, code, from, false).status(), "an edition code is used once");
    }

    @Test
    void aFileWithABadRowStoresNothingAndReportsEveryProblem() {
        String code = "it-bad-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(80);
        String csv = HEADER + "X-1,PROFESSIONAL,ACCESS,甲资格,IN_FORCE,READ,,\n"
                + "X-2,ROBOT,ACCESS,乙资格,IN_FORCE,READ,,\n"
                + "X-3,PROFESSIONAL,ACCESS,丙资格,IN_FORCE,READ,一级,丙简@三级\n";
        Kaowu.Response r = upload(csv, code, from, false);
        assertEquals(422, r.status());
        JsonObject problem = r.json();
        assertEquals("urn:kaowu:problem:invalid-edition", problem.getString("type"));
        assertEquals(2, problem.getJsonArray("problems").size(), problem.toString());
        assertTrue(problem.getJsonArray("problems").getString(0).startsWith("3: [category]"), problem.toString());
        assertEquals(422, check("甲资格", from).status(), "nothing of the file was stored");
        assertFalse(anonymous().get("/api/catalogue/editions").body().contains(code));
    }

    @Test
    void anEditionCannotTakeEffectInThePast() {
        Kaowu.Response r = upload(HEADER + "X-1,SKILL,ACCESS,甲,IN_FORCE,READ,,\n", "it-past-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2022, 1, 1), false);
        assertEquals(422, r.status());
        assertTrue(r.json().getJsonArray("problems").getString(0).contains("[effectiveFrom]"), r.body());
    }

    static Kaowu.Response check(String name, LocalDate date) {
        return anonymous().get("/api/catalogue/check?" + query(params("name", name, "date", date.toString())));
    }
}
