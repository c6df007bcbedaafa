package org.kaowu.catalogue;

import org.junit.jupiter.api.BeforeAll;
import org.kaowu.shared.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #9 item 18: the corrected 2021 edition (2021-R1) the bootstrap imports after the first. */
class CorrectedEditionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static CatalogueSnapshot corrected;
    static CatalogueSnapshot original;

    @BeforeAll
    static void load() throws IOException {
        original = CatalogueRulesTest.bundled(CatalogueBootstrap.BUNDLED, 1, TODAY);
        corrected = CatalogueRulesTest.bundled(CatalogueBootstrap.CORRECTED, 2, TODAY);
    }

    static CatalogueSnapshot.Refusal refusal(CatalogueSnapshot edition, String name, String subItem) {
        return assertInstanceOf(CatalogueSnapshot.Refusal.class, edition.check(name, subItem, null));
    }

    @Test
    void theBootstrapImportsTheFirstEditionAsPublishedAndTheCorrectionFromTheDayItIsImported() {
        EditionImport first = CatalogueBootstrap.request(CatalogueBootstrap.BUNDLED, TODAY);
        EditionImport correction = CatalogueBootstrap.request(CatalogueBootstrap.CORRECTED, TODAY);
        assertEquals(List.of(CatalogueBootstrap.BUNDLED, CatalogueBootstrap.CORRECTED), CatalogueBootstrap.EDITIONS,
                "the correction is imported after the edition it corrects");
        assertEquals("2021", first.code());
        assertEquals(LocalDate.of(2021, 12, 3), first.effectiveFrom());
        assertEquals("2021-R1", correction.code());
        assertEquals(TODAY, correction.effectiveFrom(), "so that checks for earlier days keep edition 2021");
        assertEquals("catalogue-2021-r1.csv", correction.sourceName());
        assertEquals(first.titleZh(), correction.titleZh(), "the catalogue's own title; the code tells them apart");
        assertTrue(correction.note().contains("更正"));
    }

    @Test
    void theSkillPartHasTheThirteenItemsAllOfTheAccessType() {
        List<EntryData> skill = corrected.entries().stream()
                .filter(e -> e.category() == QualificationCategory.SKILL).toList();
        assertEquals(List.of("S-01", "S-02", "S-03", "S-04", "S-05", "S-07", "S-08", "S-11", "S-12", "S-13", "S-14",
                "S-15", "S-16"), skill.stream().map(EntryData::code).toList());
        assertTrue(skill.stream().allMatch(e -> e.type() == QualificationType.ACCESS), "准入类, every one");
        assertTrue(corrected.entries().stream().noneMatch(e -> e.type() == QualificationType.UNKNOWN));
        assertTrue(skill.stream().allMatch(e -> e.source().contains("新闻稿")), "each row cites the ministry's announcement");
        Map<String, String> names = skill.stream().collect(Collectors.toMap(EntryData::code, EntryData::nameZh));
        assertEquals("游泳救生员、社会体育指导员", names.get("S-05"));
        assertEquals("民航安全检查员、民航乘务员、机场运行指挥员", names.get("S-08"));
        assertEquals("危险货物、化学品运输从业人员", names.get("S-12"));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
            "社会体育指导员, S-05, 社会体育指导员",
            "游泳救生员, S-05, 游泳救生员",
            "民航乘务员, S-08, 民航乘务员",
            "机场运行指挥员, S-08, 机场运行指挥员",
            "民航安全检查员, S-08, 民航安全检查员",
            "森林消防员, S-03, 森林消防员",
    })
    void aMergedRowsNameLeadsToItsGroupAsASubItem(String name, String code, String subItem) {
        CatalogueSnapshot.Match m = assertInstanceOf(CatalogueSnapshot.Match.class, corrected.check(name, null, null));
        assertEquals(code, m.entry().code());
        assertEquals(subItem, m.subItem());
        assertEquals(QualificationType.ACCESS, m.entry().type());
    }

    @Test
    void aRecordCheckedAgainstTheFirstEditionStillFindsItsEntryThere() {
        // An exam stores (edition, entry code): S-06 is gone from the correction but stays in edition 2021.
        assertEquals("社会体育指导员", original.entry("S-06").orElseThrow().nameZh());
        assertEquals(QualificationType.UNKNOWN, original.entry("S-06").orElseThrow().type());
        assertTrue(corrected.entry("S-06").isEmpty());
        assertEquals("P-A-14", corrected.entry("P-A-14").orElseThrow().code(), "professional codes are stable");
        for (EntryData e : original.entries()) {
            if (e.category() == QualificationCategory.PROFESSIONAL) {
                assertTrue(corrected.entry(e.code()).isPresent(), e.code());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"建造师, 一级", "注册消防工程师, 一级", "经济专业技术资格, 中级"})
    void theSamplePlanAndTheDemoPlanStillCheckAgainstTheCorrection(String qualification, String level) {
        // plan/samples/plan-2023.csv and DemoPlan name these three (professional codes did not change).
        CatalogueSnapshot.Match before = assertInstanceOf(CatalogueSnapshot.Match.class, original.check(qualification, null, level));
        CatalogueSnapshot.Match after = assertInstanceOf(CatalogueSnapshot.Match.class, corrected.check(qualification, null, level));
        assertEquals(before.entry().code(), after.entry().code());
        assertEquals(level, after.level());
    }

    @Test
    void theDiffShowsTheMergedRowsAndTheRename() {
        EditionDiff diff = EditionDiff.between(original.entries(), corrected.entries());
        assertEquals(List.of("S-06", "S-09", "S-10"), diff.removed().stream().map(EntryData::code).toList());
        assertTrue(diff.added().isEmpty());
        Map<String, EditionDiff.Change> changed = diff.changed().stream()
                .collect(Collectors.toMap(EditionDiff.Change::code, c -> c));
        assertEquals("证券期货基金业从业人员资格", changed.get("P-L-24").fields().get("name_zh")[0]);
        assertEquals("证券期货基金业从业资格", changed.get("P-L-24").fields().get("name_zh")[1]);
        assertTrue(changed.get("P-A-15").fields().containsKey("removed_sub_items"));
        assertEquals("UNKNOWN", changed.get("S-02").fields().get("type")[0]);
        assertEquals("ACCESS", changed.get("S-02").fields().get("type")[1]);
    }

    @Test
    void pL24CarriesTheMinistrysNameAndAnswersToTheOthers() {
        for (String name : new String[]{"证券期货基金业从业资格", "证券期货基金业从业人员资格", "证券期货业从业资格", "基金从业"}) {
            CatalogueSnapshot.Match m = assertInstanceOf(CatalogueSnapshot.Match.class, corrected.check(name, null, null));
            assertEquals("P-L-24", m.entry().code(), name);
            assertEquals("证券期货基金业从业资格", m.entry().nameZh());
        }
    }

    @Test
    void aRemovedSubItemIsRefusedAsASubItemOfPA15RemovedIn2021() {
        for (String name : new String[]{"注册机械工程师", "注册石油天然气工程师", "注册冶金工程师", "注册采矿/矿物工程师"}) {
            CatalogueSnapshot.Refusal r = refusal(corrected, name, null);
            assertEquals("not-in-catalogue", r.type(), name);
            assertEquals("name", r.field());
            assertEquals("catalogue.removedSubItem", r.key());
            assertTrue(r.removed());
            assertEquals(name, r.args().get(2));
            assertEquals("勘察设计注册工程师", r.args().get(3));
            assertEquals("P-A-15", r.args().get(4));
            assertEquals("2021年版目录已取消该子项", r.args().get(5));
        }
        assertEquals(List.of("勘察设计注册工程师", "注册机械工程师"),
                List.of(refusal(corrected, "注册机械工程师", null).args().get(3), refusal(corrected, " 注册机械工程师 ", null).args().get(2)));
        assertFalse(corrected.entries().stream().anyMatch(e -> e.code().startsWith("R-0") && Integer.parseInt(e.code().substring(2)) >= 3),
                "R-03…R-06 are no rows of their own any more");
    }

    @Test
    void anAliasOfARemovedSubItemIsRefusedAndNamesTheSubItem() {
        CatalogueSnapshot.Refusal r = refusal(corrected, "注册采矿工程师", null);
        assertEquals("catalogue.removedSubItem", r.key());
        assertEquals("注册采矿工程师", r.args().get(0));
        assertEquals("注册采矿/矿物工程师", r.args().get(2));
    }

    @Test
    void askingPA15ForARemovedSubItemSaysItWasRemoved() {
        CatalogueSnapshot.Refusal r = refusal(corrected, "勘察设计注册工程师", "注册机械工程师");
        assertEquals("no-such-sub-item", r.type());
        assertEquals("catalogue.subItemRemoved", r.key());
        assertEquals("注册机械工程师", r.args().get(1));
        assertTrue(r.args().get(3).toString().contains("注册结构工程师"));
        assertEquals("catalogue.subItemRemoved", refusal(corrected, "勘察设计注册工程师", "机械").key());
        assertEquals("注册结构工程师", assertInstanceOf(CatalogueSnapshot.Match.class,
                corrected.check("勘察设计注册工程师", "注册结构工程师", "二级")).subItem());
    }

    @Test
    void theMessagesSayWhatWasRemovedInBothLanguages() {
        CatalogueSnapshot.Refusal r = refusal(corrected, "注册机械工程师", null);
        String zh = Messages.text(Messages.CHINESE, r.key(), r.args().toArray());
        assertTrue(zh.startsWith("「注册机械工程师」不在国家职业资格目录（2021年版）中："), zh);
        assertTrue(zh.contains("原是「勘察设计注册工程师」（P-A-15）的子项，2021年版目录已取消该子项"), zh);
        String en = Messages.text(Locale.ENGLISH, r.key(), r.args().toArray());
        assertTrue(en.startsWith("\"注册机械工程师\" is not in the National Qualification Catalogue (2021 edition): "), en);
        assertTrue(en.contains("was a sub-item of \"勘察设计注册工程师\" (P-A-15)"), en);
        for (String key : List.of("catalogue.removedSubItemNoNote", "catalogue.subItemRemoved",
                "edition.header.unknownColumn", "edition.row.badRemovedSubItem", "edition.row.removedSubItemInForce")) {
            assertFalse(Messages.text(Messages.CHINESE, key).equals(key), key);
            assertFalse(Messages.text(Locale.ENGLISH, key).equals(key), key);
        }
    }
}
