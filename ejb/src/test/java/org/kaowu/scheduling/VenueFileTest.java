package org.kaowu.scheduling;

import org.junit.jupiter.api.Test;
import org.kaowu.shared.Messages;
import org.kaowu.shared.Xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The venues file: the sample reads as written; every problem is found with its line and column; hostile files store nothing. */
class VenueFileTest {

    static final String HEADER = "area,site_code,site_name,address,contact,phone,site_kinds,site_accessible,room_number,"
            + "floor,kind,capacity,rows,columns,pattern,accessible,spare,first_machine,days\n";

    static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static final String GOOD = "北京市,BJ-9001,测试考点,北京市测试路1号,张老师,010-60000000,PAPER,否,101,1,PAPER,30,5,6,S_SHAPED,否,否,,";

    @Test
    void theSampleReadsAsWrittenAsCsvAndAsXlsx() {
        for (byte[] file : List.of(VenueSamples.csv(), VenueSamples.xlsx())) {
            VenueFile.Result r = VenueFile.parse(file);
            assertTrue(r.ok(), () -> r.problems().toString());
            assertEquals(List.of("BJ-0101", "BJ-0102", "GD-0101"), r.sites().stream().map(s -> s.site().code()).toList());
            VenueData.SiteWithRooms haidian = r.sites().get(1);
            assertTrue(haidian.site().hostsPaper() && haidian.site().hostsComputer());
            VenueData.Room computer = haidian.rooms().get(0);
            assertEquals(RoomKind.COMPUTER, computer.kind());
            assertEquals(1, computer.firstMachine());
            assertEquals(List.of(LocalDate.of(2026, 5, 23), LocalDate.of(2026, 5, 24)), computer.days());
            VenueData.SiteWithRooms first = r.sites().get(0);
            assertEquals(3, first.rooms().size());
            assertTrue(first.rooms().get(0).accessible());
            assertTrue(first.rooms().get(2).spare());
            assertEquals(SeatPattern.W_SHAPED, first.rooms().get(1).pattern());
        }
    }

    @Test
    void emptyCellsTakeTheirDefaults() {
        VenueFile.Result r = VenueFile.parse(("area,site_code,site_name,address,room_number\n"
                + "北京市,bj-1,某考点,某地址,7\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals("BJ-1", r.sites().get(0).site().code(), "codes are matched without regard to case");
        VenueData.Room room = r.sites().get(0).rooms().get(0);
        assertEquals(new VenueData.Room("7", 1, RoomKind.PAPER, 30, 5, 6, SeatPattern.S_SHAPED, false, false, null,
                List.of()), room);
    }

    @Test
    void everyProblemIsFoundWithItsLineAndColumn() {
        VenueFile.Result r = VenueFile.parse(csv(
                GOOD,
                "火星,BJ 9002,,北京市测试路2号,,12,PAPER,也许,101,99999,PAPER,31,5,6,Z,否,否,,2026-13-01",
                "北京市,BJ-9001,另一个名称,北京市测试路1号,张老师,010-60000000,PAPER,否,101,1,COMPUTER,30,5,6,PLAIN,否,否,,",
                "北京市,BJ-9003,=HYPERLINK(\"x\"),北京市测试路3号,,,PAPER,否,201,1,PAPER,30,30,30,PLAIN,否,否,5,2026-05-23;2026-05-23",
                "北京市,BJ-9004,机房考点,北京市测试路4号,,,COMPUTER,否,301,1,COMPUTER,abc,5,6,PLAIN,否,否,,"));
        assertFalse(r.ok());
        assertTrue(r.sites().isEmpty(), "nothing is yielded when anything is wrong");
        List<String> found = r.problems().stream().map(p -> p.line() + ":" + p.field() + ":" + p.key()).toList();
        for (String expected : List.of("3:area:venue.area", "3:site_code:venue.code", "3:site_name:venue.required",
                "3:phone:venue.phone", "3:site_accessible:venue.yesNo", "3:floor:venue.range",
                "3:capacity:venue.capacityGrid", "3:pattern:venue.pattern", "3:days:venue.day.bad",
                "4:site_name:venue.row.disagree", "4:room_number:venue.row.roomTwice", "4:kind:venue.kindNotHosted",
                "5:site_name:venue.formula", "5:columns:venue.gridTooLarge", "5:first_machine:venue.firstMachine.paper",
                "5:days:venue.day.twice", "6:capacity:venue.number", "6:first_machine:venue.firstMachine.required")) {
            assertTrue(found.contains(expected), expected + " not in " + found);
        }
        // Said in words, with line and column, in both languages.
        VenueProblem disagree = r.problems().stream().filter(p -> p.key().equals("venue.row.disagree")).findFirst().orElseThrow();
        assertEquals("第4行「考点名称」列（site_name）：考点BJ-9001的这一项与它第2行的不一致：同一考点的各行应填写相同的考点信息。",
                disagree.describe(Messages.CHINESE));
        assertTrue(disagree.describe(Locale.ENGLISH).startsWith("Line 4, column \"Site name\" (site_name): This differs"));
        for (VenueProblem p : r.problems()) {
            assertFalse(p.describe(Locale.ENGLISH).contains("venue."), () -> "a key shown: " + p.describe(Locale.ENGLISH));
            assertFalse(p.describe(Messages.CHINESE).contains("venue."), () -> "a key shown: " + p.describe(Messages.CHINESE));
        }
    }

    @Test
    void headerProblemsAreNamed() {
        VenueFile.Result r = VenueFile.parse("area,site_code,site_code,colour\n北京市,A,B,C\n".getBytes(StandardCharsets.UTF_8));
        List<String> found = r.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
        assertTrue(found.containsAll(List.of("site_code:venue.header.twice", "colour:venue.header.unknown",
                "site_name:venue.header.missing", "address:venue.header.missing", "room_number:venue.header.missing")),
                found.toString());
    }

    @Test
    void hiddenCharactersAndShortRowsAreRefused() {
        VenueFile.Result r = VenueFile.parse(csv(GOOD.replace("测试考点", "测试\u202E考点"), "北京市,BJ-9009"));
        List<String> found = r.problems().stream().map(p -> p.line() + ":" + p.field() + ":" + p.key()).toList();
        assertTrue(found.contains("2:site_name:text.hidden"), found.toString());
        assertTrue(found.contains("3:null:plan.row.columns"), found.toString());
    }

    @Test
    void hostileFilesAreRefusedWithAReason() throws IOException {
        assertEquals("venue.file.empty", only(new byte[0]));
        assertEquals("venue.file.tooLarge", only(new byte[VenueFile.MAX_BYTES + 1]));
        assertEquals("plan.file.notUtf8", only(new byte[]{'a', ',', (byte) 0xC3, (byte) 0x28, '\n', 'b', '\n'}));
        assertEquals("venue.file.noRows", only(HEADER.getBytes(StandardCharsets.UTF_8)));
        // An old Excel file, a PNG renamed, a broken zip.
        assertEquals("plan.file.badXlsx", only(new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3}));
        // A million rows: refused by size or by the row limit, never read whole into rooms.
        StringBuilder many = new StringBuilder(HEADER);
        String row = "北京市,BJ-1,名,址,,,PAPER,否,%d,1,PAPER,30,5,6,PLAIN,否,否,,\n";
        for (int i = 0; i < VenueFile.MAX_ROOMS + 1; i++) {
            many.append(row.formatted(i));
        }
        assertEquals("venue.file.tooManyRows", only(many.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("venue.file.tooLarge", only(("\n".repeat(1_000_000) + HEADER + "a,b\n".repeat(500_000))
                .getBytes(StandardCharsets.UTF_8)));
        // A zip bomb: small on the wire, the sheet unpacks beyond the reader's limit.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < Xlsx.MAX_TOTAL / spaces.length + 2; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(out.size() < VenueFile.MAX_BYTES, "a small upload: " + out.size());
        assertEquals("venue.file.xlsxTooLarge", only(out.toByteArray()));
        // An XML external entity: the reader takes no DTD, so the file is unreadable and nothing leaks.
        ByteArrayOutputStream xxe = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xxe)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                    + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        VenueFile.Result r = VenueFile.parse(xxe.toByteArray());
        assertFalse(r.ok());
        assertTrue(r.problems().stream().noneMatch(p -> p.describe(Locale.ENGLISH).contains("root:")));
    }

    private static String only(byte[] file) {
        VenueFile.Result r = VenueFile.parse(file);
        assertFalse(r.ok());
        assertTrue(r.sites().isEmpty());
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        return r.problems().get(0).key();
    }

    @Test
    void theRulesGuardARoomOnItsOwn() {
        VenueData.Room ok = new VenueData.Room("A-101", 2, RoomKind.COMPUTER, 30, 5, 6, SeatPattern.PLAIN, true, false,
                1001, List.of(LocalDate.of(2026, 5, 23)));
        assertEquals(List.of(), VenueRules.checkRoom(ok));
        VenueData.Room bad = new VenueData.Room("", -9, null, 0, 0, 41, null, false, false, 0,
                List.of(LocalDate.of(1999, 1, 1)));
        List<String> fields = VenueRules.checkRoom(bad).stream().map(VenueProblem::field).toList();
        assertTrue(fields.containsAll(List.of("room_number", "floor", "kind", "pattern", "rows", "columns", "capacity",
                "days")), fields.toString());
    }
}
