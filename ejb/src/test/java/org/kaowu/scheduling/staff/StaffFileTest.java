package org.kaowu.scheduling.staff;

import org.junit.jupiter.api.Test;
import org.kaowu.registration.IdNumbers;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.shared.Xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff file: the sample reads as written; defaults; every problem found with its line and column and never with
 * an identity number in its words; hostile files store nothing.
 */
class StaffFileTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final String HEADER = "id_number,name,employer,sex,sittings,area,district,roles,relatives,availability,account\n";

    /** A valid resident identity number: region, birth date, sequence (odd: a man). */
    static String id(String region, String birth, int sequence) {
        String first = region + birth + String.format("%03d", sequence);
        return first + IdNumbers.checkDigit(first);
    }

    static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSampleReadsAsWrittenAsCsvAndAsXlsx() {
        for (byte[] file : List.of(StaffSamples.csv(), StaffSamples.xlsx())) {
            StaffFile.Result r = StaffFile.parse(file, TODAY);
            assertTrue(r.ok(), () -> r.problems().toString());
            assertEquals(38, r.staff().size());
            assertEquals(26, r.staff().stream().filter(l -> l.data().area().equals("北京市")).count());
            assertTrue(r.staff().stream().anyMatch(l -> l.data().roles().contains(StaffRole.CHIEF_EXAMINER)));
            assertTrue(r.staff().stream().anyMatch(l -> l.data().relatives().size() == 2));
            assertTrue(r.staff().stream().anyMatch(l -> l.data().availability().equals(List.of("2026-05-23", "2026-05-24 AM"))));
        }
    }

    @Test
    void emptyCellsTakeTheirDefaults() {
        String number = id("110105", "19800101", 123);
        StaffFile.Result r = StaffFile.parse(("id_number,name,employer,area\n" + number.toLowerCase(Locale.ROOT)
                + ",王明,北京市第一中学,北京市\n").getBytes(StandardCharsets.UTF_8), TODAY);
        assertTrue(r.ok(), () -> r.problems().toString());
        StaffData d = r.staff().get(0).data();
        assertEquals(number, d.idNumber());
        assertEquals(Set.of(StaffRole.INVIGILATOR), d.roles());
        assertEquals(0, d.sittings());
        assertNull(d.sex(), "read from the number when stored");
        assertEquals(List.of(), d.availability());
        assertNull(d.account());
        assertEquals(2, r.staff().get(0).line());
    }

    @Test
    void rolesSexAndAvailabilityReadInBothLanguages() {
        String number = id("110105", "19800101", 124);
        StaffFile.Result r = StaffFile.parse(csv(number + ",李红,某单位,女,7,北京市,海淀区,主考;巡考;监考,,2026-05-23 am;2026-05-24,sup-li"),
                TODAY);
        assertTrue(r.ok(), () -> r.problems().toString());
        StaffData d = r.staff().get(0).data();
        assertEquals(Set.of(StaffRole.CHIEF_EXAMINER, StaffRole.INSPECTOR, StaffRole.INVIGILATOR), d.roles());
        assertEquals('F', d.sex());
        assertEquals(7, d.sittings());
        assertEquals(List.of("2026-05-23 AM", "2026-05-24"), d.availability());
        assertEquals("sup-li", d.account());
        StaffRules.Available am = StaffRules.parseAvailability("2026-05-23 AM");
        assertTrue(am.covers(LocalDate.of(2026, 5, 23), LocalTime.of(9, 0)));
        assertFalse(am.covers(LocalDate.of(2026, 5, 23), LocalTime.of(14, 0)));
        assertFalse(am.covers(LocalDate.of(2026, 5, 24), LocalTime.of(9, 0)));
        assertTrue(StaffRules.parseAvailability("2026-05-24").covers(LocalDate.of(2026, 5, 24), LocalTime.of(14, 0)));
    }

    @Test
    void everyProblemIsFoundWithLineAndColumnAndNoIdentityNumberIsRepeated() {
        String good = id("110105", "19800101", 123);
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String relative = id("110102", "19500505", 222);
        String female = id("110105", "19800101", 124);
        StaffFile.Result r = StaffFile.parse(csv(
                good + ",王明,北京市第一中学,,3,北京市,,,,,",
                bad + ",=HYPERLINK(1),,男,-2,火星,,厨师,,明天,",
                good + ",王明二,单位,,0,北京市,,,,,",
                female + ",赵丽,单位,男,x,北京市,,INVIGILATOR," + relative + ";" + relative + ";" + female + ";123,2026-02-30,Bad Name"
        ), TODAY);
        assertFalse(r.ok());
        assertTrue(r.staff().isEmpty(), "a file with any problem yields nothing");
        List<String> found = r.problems().stream().map(p -> p.line() + ":" + p.field() + ":" + p.key()).toList();
        for (String expected : List.of("3:id_number:profile.id.checkDigit", "3:name:venue.formula",
                "3:employer:venue.required", "3:sittings:venue.range", "3:area:venue.area", "3:roles:staff.role",
                "3:availability:staff.availability.bad", "4:id_number:staff.row.personTwice",
                "5:sex:profile.id.sexMismatch", "5:sittings:venue.number", "5:relatives:staff.relatives.twice",
                "5:relatives:staff.relatives.self", "5:relatives:staff.relatives.bad",
                "5:availability:staff.availability.bad", "5:account:staff.account.bad")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
        for (var p : r.problems()) {
            for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                String text = p.describe(l);
                for (String n : List.of(good, bad, relative, female)) {
                    assertFalse(text.contains(n), "no identity number in " + text);
                }
                assertFalse(text.contains("staff.") || text.contains("venue."), "no key in " + text);
            }
        }
        assertEquals("第3行「姓名」列（name）：「=HYPERLINK(1)」以 =、+、-、@ 开头，表格软件会把它当作公式执行：请填写名称本身，去掉开头的符号。",
                r.problems().stream().filter(p -> p.line() == 3 && "name".equals(p.field())).findFirst().orElseThrow()
                        .describe(Locale.CHINESE));
    }

    @Test
    void headerProblemsAreNamed() {
        StaffFile.Result r = StaffFile.parse("name,name,employer,colour\n王明,王明,单位,红\n".getBytes(StandardCharsets.UTF_8), TODAY);
        List<String> found = r.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
        assertTrue(found.containsAll(List.of("name:venue.header.twice", "colour:venue.header.unknown",
                "id_number:venue.header.missing", "area:venue.header.missing")), found.toString());
    }

    @Test
    void relativesAreKeptOnlyAsDigestsThatMatchTheCandidatesNumber() {
        String relative = id("110102", "19500505", 222);
        assertEquals(StaffIds.digest(relative), StaffIds.digest(" " + relative.toLowerCase(Locale.ROOT) + " "));
        assertNotEquals(StaffIds.digest(relative), StaffIds.digest(id("110102", "19500505", 223)));
        assertEquals(64, StaffIds.digest(relative).length());
        assertFalse(StaffIds.digest(relative).contains(relative.substring(0, 6)));
        StaffData d = new StaffData(id("110105", "19800101", 123), "王明", "单位", null, 0, "北京市", null,
                Set.of(StaffRole.INVIGILATOR), List.of(relative), List.of(), null);
        assertFalse(d.toString().contains(relative) || d.toString().contains(d.idNumber()), d.toString());
    }

    @Test
    void hostileFilesAreRefusedWithAReason() throws IOException {
        assertEquals("staff.file.empty", only(new byte[0]));
        assertEquals("venue.file.tooLarge", only(new byte[StaffFile.MAX_BYTES + 1]));
        assertEquals("plan.file.notUtf8", only(new byte[]{'a', ',', (byte) 0xC3, (byte) 0x28, '\n', 'b', '\n'}));
        assertEquals("staff.file.noRows", only(HEADER.getBytes(StandardCharsets.UTF_8)));
        assertEquals("plan.file.badXlsx", only(new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3}));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < StaffFile.MAX_ROWS + 1; i++) {
            many.append("1,a,b,,,北京市,,,,,\n");
        }
        assertEquals("staff.file.tooManyRows", only(many.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("venue.file.tooLarge", only(("\n".repeat(4_000_000) + HEADER + "a,b\n".repeat(2_000_000))
                .getBytes(StandardCharsets.UTF_8)));
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
        assertTrue(out.size() < StaffFile.MAX_BYTES, "a small upload: " + out.size());
        assertEquals("staff.file.xlsxTooLarge", only(out.toByteArray()));
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
        StaffFile.Result r = StaffFile.parse(xxe.toByteArray(), TODAY);
        assertFalse(r.ok());
        assertTrue(r.problems().stream().noneMatch(p -> p.describe(Locale.ENGLISH).contains("root:")));
    }

    private static String only(byte[] file) {
        StaffFile.Result r = StaffFile.parse(file, TODAY);
        assertFalse(r.ok());
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        return r.problems().get(0).key();
    }
}
