package org.kaowu.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.anonymous;
import static org.kaowu.it.Kaowu.params;
import static org.kaowu.it.Kaowu.query;

/** The deployed catalogue check and list, as API clients see them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {


    static Kaowu.Response check(String... kv) {
        return anonymous().get("/api/catalogue/check?" + query(params(kv)));
    }

    @Test
    void anAliasResolvesToTheEntryAndLevelInForce() {
        Kaowu.Response r = check("name", "一建");
        assertEquals(200, r.status(), r.body());
        JsonObject body = r.json();
        assertEquals("P-A-14", body.getJsonObject("entry").getString("code"));
        assertEquals("建造师", body.getJsonObject("entry").getString("nameZh"));
        assertEquals("一级", body.getString("level"));
        assertEquals("2021-R1", body.getJsonObject("edition").getString("code"));
    }

    @Test
    void theBootstrapImportedTheCorrectedEditionFromToday() {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String editions = anonymous().get("/api/catalogue/editions").body();
        assertTrue(editions.contains("\"2021\"") && editions.contains("\"2021-R1\""), editions);
        assertTrue(editions.contains(today), editions);
        // Checks for earlier days, and records checked then, keep the first edition and its rows.
        JsonObject before = check("name", "社会体育指导员", "date", "2023-06-01").json();
        assertEquals("2021", before.getJsonObject("edition").getString("code"));
        assertEquals("S-06", before.getJsonObject("entry").getString("code"));
        assertEquals("UNKNOWN", before.getJsonObject("entry").getString("type"));
        JsonObject now = check("name", "社会体育指导员").json();
        assertEquals("2021-R1", now.getJsonObject("edition").getString("code"));
        assertEquals("S-05", now.getJsonObject("entry").getString("code"));
        assertEquals("社会体育指导员", now.getString("subItem"));
        assertEquals("ACCESS", now.getJsonObject("entry").getString("type"));
        assertEquals("证券期货基金业从业资格", check("name", "P-L-24").json().getJsonObject("entry").getString("nameZh"));
    }

    @Test
    void aSubItemRemovedIn2021IsRefusedAndSaysWhoseItWas() {
        Kaowu.Response r = check("name", "注册机械工程师");
        assertEquals(422, r.status());
        JsonObject p = r.json();
        assertEquals("urn:kaowu:problem:not-in-catalogue", p.getString("type"));
        assertTrue(p.getBoolean("removed"));
        assertEquals("2021-R1", p.getString("edition"));
        String detail = p.getString("detail");
        assertTrue(detail.startsWith("「注册机械工程师」不在国家职业资格目录（2021年版）中"), detail);
        assertTrue(detail.contains("勘察设计注册工程师") && detail.contains("子项") && detail.contains("2021年版目录已取消"), detail);
        JsonObject en = anonymous().get("/api/catalogue/check?" + query(params("name", "注册机械工程师")),
                "Accept-Language", "en").json();
        assertTrue(en.getString("detail").contains("was a sub-item of \"勘察设计注册工程师\""), en.getString("detail"));
    }

    @Test
    void aNameOffTheCatalogueIs422ProblemWithSuggestions() {
        Kaowu.Response r = check("name", "一级建筑师");
        assertEquals(422, r.status());
        assertTrue(r.isProblem(), r.contentType());
        JsonObject p = r.json();
        assertEquals("urn:kaowu:problem:not-in-catalogue", p.getString("type"));
        assertEquals(422, p.getInt("status"));
        assertTrue(p.getString("detail").startsWith("「一级建筑师」不在国家职业资格目录（2021年版）中"), p.getString("detail"));
        assertEquals("注册建筑师", p.getJsonArray("suggestions").getString(0));
        assertEquals("name", p.getString("field"));
    }

    @Test
    void anItemRemovedIn2021IsRefusedWithTheNote() {
        JsonObject p = check("name", "乡村兽医资格").json();
        assertEquals("urn:kaowu:problem:not-in-catalogue", p.getString("type"));
        assertTrue(p.getBoolean("removed"));
        assertTrue(p.getString("detail").contains("已取消"), p.getString("detail"));
    }

    @Test
    void aLevelOrSubItemTheEntryLacksIsRefused() {
        Kaowu.Response level = check("name", "建造师", "level", "三级");
        assertEquals(422, level.status());
        assertEquals("urn:kaowu:problem:no-such-level", level.json().getString("type"));
        Kaowu.Response sub = check("name", "勘察设计注册工程师", "subItem", "注册机械工程师");
        assertEquals(422, sub.status());
        assertEquals("urn:kaowu:problem:no-such-sub-item", sub.json().getString("type"));
        assertTrue(sub.json().getString("detail").contains("2021年版目录已取消"), sub.json().getString("detail"));
        assertEquals(200, check("name", "勘察设计注册工程师", "subItem", "注册结构工程师", "level", "二级").status());
    }

    @Test
    void answersInEnglishWhenAsked() {
        Kaowu.Response r = anonymous().get("/api/catalogue/check?" + query(params("name", "火星探险家")),
                "Accept-Language", "en-GB,en;q=0.8");
        assertEquals(422, r.status());
        assertTrue(r.json().getString("detail").startsWith("\"火星探险家\" is not in the National Qualification Catalogue"),
                r.json().getString("detail"));
    }

    @Test
    void aDateBeforeAnyEditionIsRefusedAndABadDateIs400() {
        Kaowu.Response before = check("name", "建造师", "date", "2019-06-01");
        assertEquals(422, before.status());
        assertEquals("urn:kaowu:problem:no-edition-in-force", before.json().getString("type"));
        Kaowu.Response bad = check("name", "建造师", "date", "2021-13-01");
        assertEquals(400, bad.status());
        assertTrue(bad.isProblem());
        assertEquals("date", bad.json().getString("field"));
    }

    @Test
    void theListFiltersSortsAndPages() {
        JsonObject skill = anonymous().get("/api/catalogue?" + query(params("category", "SKILL", "size", "10"))).json();
        assertEquals(13, skill.getInt("total"), "the 13 skill items of the corrected edition");
        assertEquals(10, skill.getJsonArray("items").size());
        JsonObject page2 = anonymous().get("/api/catalogue?" + query(params("category", "SKILL", "size", "10", "page", "1"))).json();
        assertEquals(3, page2.getJsonArray("items").size());
        assertTrue(skill.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(e -> e.getString("type").equals("ACCESS")), skill.toString());
        JsonObject byText = anonymous().get("/api/catalogue?" + query(params("q", "会计", "sort", "-code"))).json();
        assertEquals("P-L-05", byText.getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals("P-A-04", byText.getJsonArray("items").getJsonObject(1).getString("code"));
        Kaowu.Response badSort = anonymous().get("/api/catalogue?sort=salary");
        assertEquals(400, badSort.status());
        assertEquals("urn:kaowu:problem:bad-request", badSort.json().getString("type"));
        Kaowu.Response badSize = anonymous().get("/api/catalogue?size=5000");
        assertEquals(400, badSize.status());
    }
}
