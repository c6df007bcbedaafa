package org.kaowu.catalogue;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditionFileTest {

    static final String HEADER = "code,category,type,name_zh,status,confidence,levels,sub_items,aliases\n";

    static EditionFile.Result parse(String csv) {
        return EditionFile.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> keys(EditionFile.Result r) {
        return r.problems().stream().map(EditionFile.Problem::key).toList();
    }

    @Test
    void readsQuotedCellsSubItemLevelsAndAliases() {
        var r = parse(HEADER + "X-1,PROFESSIONAL,ACCESS,\"甲资格, 含乙\",IN_FORCE,read,一级/二级,子一[高/低]；子二,简@一级;简二#子一@高\n");
        assertTrue(r.ok(), r.problems().toString());
        EntryData e = r.entries().get(0);
        assertEquals("甲资格, 含乙", e.nameZh());
        assertEquals(List.of("一级", "二级"), e.levels());
        assertEquals(List.of("高", "低"), e.subItems().get(0).levels());
        assertEquals("子一", e.aliases().get(1).subItem());
        assertEquals(Confidence.READ, e.confidence());
    }

    @Test
    void reportsEveryProblemWithItsLineAndStoresNothing() {
        var r = parse(HEADER
                + "X-1,PROFESSIONAL,ACCESS,甲,IN_FORCE,READ,,,\n"
                + "X-1,PROFESSIONAL,ACCESS,乙,IN_FORCE,READ,,,\n"
                + "x 2,ROBOT,ACCESS,丙,IN_FORCE,READ,,,\n"
                + "X-4,PROFESSIONAL,ACCESS,丁,IN_FORCE,READ,一级,,丁简@三级\n"
                + "X-5,PROFESSIONAL,ACCESS,戊,IN_FORCE,READ\n");
        assertFalse(r.ok());
        assertTrue(r.entries().isEmpty());
        assertEquals(List.of("edition.row.duplicateCode", "edition.row.badCode", "edition.row.badValue",
                "edition.row.aliasLevel", "edition.row.columns"), keys(r));
        assertEquals(List.of(3, 4, 4, 5, 6), r.problems().stream().map(EditionFile.Problem::line).toList());
    }

    @Test
    void refusesAMissingColumnAnEmptyFileAndNonUtf8() {
        assertEquals(List.of("edition.header.missing"), keys(parse("code,category,type,name_zh,status\nX,PROFESSIONAL,ACCESS,甲,IN_FORCE\n")));
        assertEquals(List.of("edition.file.empty"), keys(EditionFile.parse(new byte[0])));
        assertEquals(List.of("edition.file.notUtf8"), keys(EditionFile.parse("code,名".getBytes(java.nio.charset.Charset.forName("GBK")))));
        assertEquals(List.of("edition.file.badQuotes"), keys(parse(HEADER + "X,\"unclosed\n")));
        assertEquals(List.of("edition.file.noRows"), keys(parse(HEADER)));
    }

    @Test
    void anAliasMayLeadToOneEntryOnly() {
        var r = parse(HEADER + "X-1,SKILL,ACCESS,甲,IN_FORCE,READ,,,共用\nX-2,SKILL,ACCESS,乙,IN_FORCE,READ,,,共用\n");
        assertEquals(List.of("edition.row.aliasTaken"), keys(r));
    }

    @Test
    void diffShowsAddedRemovedAndChangedEntries() {
        var before = parse(HEADER + "X-1,SKILL,ACCESS,甲,IN_FORCE,READ,,,\nX-2,SKILL,ACCESS,乙,IN_FORCE,READ,,,\nX-3,SKILL,ACCESS,丙,IN_FORCE,READ,,,\n").entries();
        var after = parse(HEADER + "X-1,SKILL,ACCESS,甲,IN_FORCE,READ,,,\nX-2,SKILL,LEVEL,乙,IN_FORCE,UNSURE,,,\nX-4,SKILL,ACCESS,丁,IN_FORCE,READ,,,\n").entries();
        EditionDiff d = EditionDiff.between(before, after);
        assertEquals(List.of("X-4"), d.added().stream().map(EntryData::code).toList());
        assertEquals(List.of("X-3"), d.removed().stream().map(EntryData::code).toList());
        assertEquals(1, d.changed().size());
        assertEquals(List.of("type", "confidence"), List.copyOf(d.changed().get(0).fields().keySet()));
        assertEquals(1, d.unchanged());
    }

    @Test
    void readsRemovedSubItemsWithTheirNoteAndAliasesThatNameThem() {
        var r = parse("code,category,type,name_zh,status,confidence,sub_items,aliases,removed_sub_items\n"
                + "X-1,PROFESSIONAL,ACCESS,甲,IN_FORCE,READ,子一,旧简#子二/丙,子二/丙[2021年版目录已取消]；子三\n");
        assertTrue(r.ok(), r.problems().toString());
        EntryData e = r.entries().get(0);
        assertEquals(List.of(new EntryData.RemovedSubItemData("子二/丙", "2021年版目录已取消"),
                new EntryData.RemovedSubItemData("子三", null)), e.removedSubItems());
        assertEquals("子二/丙", e.aliases().get(0).subItem());
    }

    @Test
    void refusesAMalformedRemovedSubItemOneStillInForceAndALevelOnIt() {
        var r = parse("code,category,type,name_zh,status,confidence,sub_items,aliases,removed_sub_items,levels\n"
                + "X-1,PROFESSIONAL,ACCESS,甲,IN_FORCE,READ,,,子二[,\n"
                + "X-2,PROFESSIONAL,ACCESS,乙,IN_FORCE,READ,子一,,子一[已取消],\n"
                + "X-3,PROFESSIONAL,ACCESS,丙,IN_FORCE,READ,,旧#子二@一级,子二,一级\n");
        assertEquals(List.of("edition.row.badRemovedSubItem", "edition.row.removedSubItemInForce", "edition.row.aliasLevel"),
                keys(r));
        assertEquals(List.of("edition.header.unknownColumn"), keys(parse("code,category,type,name_zh,status,confidence,x\n")));
        assertTrue(parse("code,category,type,name_zh,status,confidence,x\n").problems().get(0).args().get(1).toString()
                .contains("removed_sub_items"));
    }
}
