package org.kaowu.catalogue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue rules on the editions the project ships: the corrected 2021 edition (in force now) and the first. */
class CatalogueRulesTest {

    /** The corrected edition, 2021-R1: what the bootstrap puts in force. */
    static CatalogueSnapshot catalogue;
    /** The first 2021 edition, as records checked before the correction keep it. */
    static CatalogueSnapshot original;

    @BeforeAll
    static void load() throws IOException {
        original = bundled(CatalogueBootstrap.BUNDLED, 1, LocalDate.of(2021, 12, 3));
        catalogue = bundled(CatalogueBootstrap.CORRECTED, 2, LocalDate.of(2026, 12, 2));
    }

    static CatalogueSnapshot bundled(String resource, long id, LocalDate today) throws IOException {
        EditionImport request = CatalogueBootstrap.request(resource, today);
        EditionFile.Result file = EditionFile.parse(request.content());
        assertEquals(java.util.List.of(), file.problems(), "the bundled edition must be valid: " + resource);
        return new CatalogueSnapshot(new CatalogueSnapshot.EditionInfo(id, request.code(), request.titleZh(),
                request.titleEn(), request.effectiveFrom()), file.entries());
    }

    static CatalogueSnapshot.Match match(String name, String subItem, String level) {
        return assertInstanceOf(CatalogueSnapshot.Match.class, catalogue.check(name, subItem, level));
    }

    static CatalogueSnapshot.Refusal refusal(String name, String subItem, String level) {
        return assertInstanceOf(CatalogueSnapshot.Refusal.class, catalogue.check(name, subItem, level));
    }

    @Test
    void theCorrectedEditionHasTheCataloguesItems() {
        assertEquals(72, catalogue.entries().size(), "59 professional and 13 skill items");
        assertEquals(59, catalogue.entries().stream().filter(e -> e.category() == QualificationCategory.PROFESSIONAL).count());
        assertEquals(33, catalogue.entries().stream()
                .filter(e -> e.category() == QualificationCategory.PROFESSIONAL && e.type() == QualificationType.ACCESS).count());
        assertEquals(26, catalogue.entries().stream()
                .filter(e -> e.category() == QualificationCategory.PROFESSIONAL && e.type() == QualificationType.LEVEL).count());
        assertEquals(13, catalogue.entries().stream().filter(e -> e.category() == QualificationCategory.SKILL).count());
        assertTrue(catalogue.entries().stream().allMatch(e -> e.confidence() != null && e.source() != null));
    }

    @Test
    void theFirstEditionIsKeptAsItWasImported() {
        assertEquals("2021", original.edition().code());
        assertEquals(75, original.entries().size(), "59 professional rows and 16 skill rows");
        assertEquals(16, original.entries().stream().filter(e -> e.category() == QualificationCategory.SKILL).count());
        assertEquals("catalogue.removed", refusal(original, "注册机械工程师").key(), "there it was an item of its own");
    }

    static CatalogueSnapshot.Refusal refusal(CatalogueSnapshot edition, String name) {
        return assertInstanceOf(CatalogueSnapshot.Refusal.class, edition.check(name, null, null));
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "建造师, P-A-14, -, -",
            "一建, P-A-14, -, 一级",
            "二建, P-A-14, -, 二级",
            "软考, P-L-03, -, -",
            "CATTI, P-L-26, -, -",
            "catti, P-L-26, -, -",
            "中级经济师, P-L-07, -, 中级",
            "注册会计师, P-A-04, -, -",
            "ＣＰＡ, P-A-04, -, -",
            "p-a-25, P-A-25, -, -",
            "注册结构工程师, P-A-15, 注册结构工程师, -",
            "Constructor (construction project manager), P-A-14, -, -",
            "专利代理人, P-A-32, -, -",
            " 注册 消防工程师 , P-A-25, -, -",
    })
    void findsTheEntryByNameAliasCodeOrSubItem(String query, String code, String subItem, String level) {
        CatalogueSnapshot.Match m = match(query, null, null);
        assertEquals(code, m.entry().code());
        assertEquals(subItem, m.subItem());
        assertEquals(level, m.level());
        assertEquals("2021-R1", m.edition().code());
    }

    @Test
    void acceptsALevelTheEntryHas() {
        CatalogueSnapshot.Match m = match("建造师", null, "一级");
        assertEquals("一级", m.level());
        assertEquals("中级", match("会计专业技术资格", null, "中级").level());
    }

    @Test
    void refusesALevelTheEntryDoesNotHave() {
        CatalogueSnapshot.Refusal r = refusal("建造师", null, "三级");
        assertEquals("no-such-level", r.type());
        assertEquals("level", r.field());
        assertEquals("catalogue.noSuchLevel", r.key());
        assertTrue(r.args().get(2).toString().contains("一级"), "the refusal lists the levels there are");
    }

    @Test
    void refusesALevelForAnUngradedEntry() {
        assertEquals("catalogue.noLevels", refusal("注册会计师", null, "一级").key());
    }

    @Test
    void refusesALevelThatContradictsTheAlias() {
        CatalogueSnapshot.Refusal r = refusal("一建", null, "二级");
        assertEquals("no-such-level", r.type());
        assertEquals("catalogue.aliasConflict", r.key());
    }

    @Test
    void subItemsAreCheckedAndMayBeAbbreviated() {
        assertEquals("注册电气工程师", match("勘察设计注册工程师", "注册电气工程师", null).subItem());
        assertEquals("注册电气工程师", match("勘察设计注册工程师", "电气", null).subItem());
        CatalogueSnapshot.Refusal r = refusal("勘察设计注册工程师", "注册钢铁工程师", null);
        assertEquals("no-such-sub-item", r.type());
        assertEquals("catalogue.noSuchSubItem", r.key());
        assertTrue(r.args().get(2).toString().contains("注册结构工程师"));
        assertEquals("catalogue.noSubItems", refusal("建造师", "市政", null).key());
    }

    @Test
    void aSubItemsOwnLevelsApply() {
        CatalogueSnapshot.Match m = match("勘察设计注册工程师", null, "一级");
        assertEquals("注册结构工程师", m.subItem(), "only structural engineers are graded, so the level implies the sub-item");
        assertEquals("no-such-level", refusal("勘察设计注册工程师", "注册电气工程师", "一级").type());
        assertEquals("执业助理医师", match("医生资格", "医师", "执业助理医师").level());
    }

    @Test
    void refusesANameOutsideTheCatalogueWithSuggestions() {
        CatalogueSnapshot.Refusal r = refusal("一级建筑师", null, null);
        assertEquals("not-in-catalogue", r.type());
        assertEquals("catalogue.notInCatalogue", r.key());
        assertEquals("一级建筑师", r.args().get(0));
        assertEquals("国家职业资格目录（2021年版）", r.args().get(1).toString());
        assertEquals("National Qualification Catalogue (2021 edition)",
                ((org.kaowu.shared.Localized) r.args().get(1)).in(java.util.Locale.ENGLISH));
        assertFalse(r.suggestions().isEmpty());
        assertEquals("注册建筑师", r.suggestions().get(0));
        assertFalse(r.removed());
    }

    @Test
    void refusesAnItemRemovedIn2021WithANote() {
        for (String removed : new String[]{"乡村兽医资格", "出入境检疫处理人员资格", "乡村兽医"}) {
            CatalogueSnapshot.Refusal r = refusal(removed, null, null);
            assertEquals("not-in-catalogue", r.type());
            assertEquals("catalogue.removed", r.key(), removed);
            assertTrue(r.removed());
            assertEquals("2021年版目录已取消", r.args().get(2));
        }
    }

    @Test
    void somethingUnrelatedGetsNoSuggestions() {
        CatalogueSnapshot.Refusal r = refusal("火星探险家", null, null);
        assertEquals(0, r.suggestions().size());
    }

    @Test
    void anEmptyNameIsRefused() {
        assertEquals("name-required", refusal("  ", null, null).type());
        assertEquals("name-required", refusal(null, null, null).type());
    }

    @Test
    void filtersAndSortsForThePublicList() {
        var skill = catalogue.find(new CatalogueSnapshot.Filter(QualificationCategory.SKILL, null, null, null), "code", false);
        assertEquals(13, skill.size());
        var mohrss = catalogue.find(new CatalogueSnapshot.Filter(null, QualificationType.LEVEL, "人力资源社会保障部", "会计"), "code", false);
        assertEquals("P-L-05", mohrss.get(0).code());
        var byAlias = catalogue.find(new CatalogueSnapshot.Filter(null, null, null, "一建"), "code", false);
        assertEquals("P-A-14", byAlias.get(0).code());
        var desc = catalogue.find(new CatalogueSnapshot.Filter(null, null, null, null), "code", true);
        assertEquals("S-16", desc.get(0).code());
        assertNull(catalogue.find(new CatalogueSnapshot.Filter(null, null, null, "不存在的名字"), "code", false)
                .stream().findFirst().orElse(null));
    }
}
