package org.kaowu.shared;

import org.junit.jupiter.api.Test;
import org.kaowu.plan.PlanFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An Excel workbook imports exactly as the same table saved as CSV. */
class XlsxTest {

    /** Writes a table the way Excel stores it: text as shared strings, dates and times as serial numbers with a date style. */
    static byte[] workbook(List<List<String>> table) throws IOException {
        List<String> shared = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < table.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < table.get(r).size(); c++) {
                String v = table.get(r).get(c);
                if (v.isEmpty()) {
                    continue;
                }
                String ref = (char) ('A' + c % 26) + "";
                ref = (c >= 26 ? (char) ('A' + c / 26 - 1) + "" : "") + ref + (r + 1);
                if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    long days = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.parse(v));
                    sheet.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(days).append("</v></c>");
                } else if (v.matches("\\d{2}:\\d{2}")) {
                    BigDecimal fraction = BigDecimal.valueOf(Duration.between(LocalTime.MIN, LocalTime.parse(v)).toSeconds())
                            .divide(BigDecimal.valueOf(86_400), 12, java.math.RoundingMode.HALF_UP);
                    sheet.append("<c r=\"").append(ref).append("\" s=\"2\"><v>").append(fraction.toPlainString()).append("</v></c>");
                } else if (v.matches("\\d+")) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                } else {
                    shared.add(v);
                    sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(shared.size() - 1).append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder strings = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        shared.forEach(s -> strings.append("<si><t>").append(s.replace("&", "&amp;").replace("<", "&lt;")).append("</t></si>"));
        strings.append("</sst>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"计划\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/plan.xml\"/></Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"hh:mm\"/></numFmts>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>");
            put(zip, "xl/sharedStrings.xml", strings.toString());
            put(zip, "xl/worksheets/plan.xml", sheet.toString());
        }
        return out.toByteArray();
    }

    /** The sample table as a workbook, with {@code extra} entries added after its own. */
    static byte[] workbookWith(ExtraEntries extra) throws IOException {
        byte[] plain = workbook(List.of(List.of("a", "b"), List.of("1", "2")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(plain))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            extra.add(zip);
        }
        return out.toByteArray();
    }

    interface ExtraEntries {
        void add(ZipOutputStream zip) throws IOException;
    }

    static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void theSamplePlanAsAWorkbookReadsAsTheCsvDoes() throws Exception {
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream("/org/kaowu/plan/samples/plan-2023.csv")) {
            csv = in.readAllBytes();
        }
        List<List<String>> table = new ArrayList<>();
        for (Csv.Row row : Csv.read(new String(csv, StandardCharsets.UTF_8))) {
            table.add(row.cells());
        }
        PlanFile.Result fromCsv = PlanFile.parse(csv);
        PlanFile.Result fromXlsx = PlanFile.parse(workbook(table));
        assertEquals(List.of(), fromXlsx.problems());
        assertEquals(fromCsv.plan(), fromXlsx.plan());
    }

    @Test
    void aBrokenWorkbookIsRefusedClearly() {
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        assertTrue(Xlsx.looksLikeXlsx(broken));
        assertEquals("plan.file.badXlsx", PlanFile.parse(broken).problems().get(0).key());
    }

    @Test
    void aMultiPartBombIsRefusedAsTooLarge() throws Exception {
        // Every part the reader needs stays under the part limit; together they unpack far beyond the total.
        String padding = " ".repeat(Xlsx.MAX_PART - 1024);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook><sheets><sheet r:id=\"rId1\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></sheets>" + padding + "</workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships>"
                    + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>" + padding + "</Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\">"
                    + "<v>1</v></c></row></sheetData>" + padding + "</worksheet>");
            put(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst>" + padding + "</sst>");
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 1024 * 1024, "a small upload: " + bomb.length);
        Xlsx.Unreadable refused = assertThrows(Xlsx.Unreadable.class, () -> Xlsx.rows(bomb));
        assertTrue(refused.tooLarge());
        assertEquals("plan.file.xlsxTooLarge", PlanFile.parse(bomb).problems().get(0).key());
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsInflated() throws Exception {
        byte[] many = workbookWith(zip -> {
            for (int i = 0; i < Xlsx.MAX_ENTRIES + 10; i++) {
                put(zip, "xl/media/part" + i + ".xml", "<x/>");
            }
        });
        assertTrue(assertThrows(Xlsx.Unreadable.class, () -> Xlsx.rows(many)).tooLarge());
    }

    @Test
    void partsTheReaderDoesNotNeedAreNeverInflated() throws Exception {
        // A part no reader needs, whose compressed data is garbage: inflating it would fail.
        byte[] bytes = workbookWith(zip -> put(zip, "xl/media/junk.xml", "<junk>" + "x".repeat(10_000) + "</junk>"));
        byte[] name = "xl/media/junk.xml".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, name) + name.length;
        for (int i = 0; i < 8; i++) {
            bytes[at + i] = (byte) 0xFF;
        }
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), Xlsx.rows(bytes).stream().map(Csv.Row::cells).toList());
    }

    @Test
    void manyCompressedPartsTheReaderDoesNotNeedCostNothing() throws Exception {
        byte[] zeros = new byte[4 * 1024 * 1024];
        byte[] bytes = workbookWith(zip -> {
            for (int i = 0; i < 100; i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 2) + ".xml"));
                zip.write(zeros);
                zip.closeEntry();
            }
        });
        assertTrue(bytes.length < 4 * 1024 * 1024, "400 MB unpacked in " + bytes.length + " bytes");
        assertEquals(2, Xlsx.rows(bytes).size());
    }

    @Test
    void aWideOrOverlongSheetIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "xl/workbook.xml", "<workbook/>");
            StringBuilder sheet = new StringBuilder("<worksheet><sheetData>");
            for (int r = 1; r <= 1000; r++) {
                sheet.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\"><v>1</v></c></row>");
            }
            put(zip, "xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString());
        }
        assertTrue(assertThrows(Xlsx.Unreadable.class, () -> Xlsx.rows(out.toByteArray())).tooLarge());
    }

    @Test
    void aPasswordProtectedWorkbookIsToldApart() throws Exception {
        byte[] encrypted = compoundFile("EncryptedPackage");
        assertTrue(Xlsx.looksPasswordProtected(encrypted));
        assertEquals("plan.file.encrypted", PlanFile.parse(encrypted).problems().get(0).key());
        String told = PlanFile.parse(encrypted).problems().get(0).describe(java.util.Locale.ENGLISH);
        assertTrue(told.contains("password"), told);
        assertEquals("edition.file.encrypted", org.kaowu.catalogue.EditionFile.parse(encrypted).problems().get(0).key());
        byte[] xls = compoundFile("Workbook");
        assertEquals("plan.file.oldExcel", PlanFile.parse(xls).problems().get(0).key());
    }

    @Test
    void anUnbalancedQuoteNamesItsLine() {
        byte[] csv = "exam_code,qualification\nYJ,\"一级建造师\n".getBytes(StandardCharsets.UTF_8);
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, Messages.CHINESE)) {
            String told = PlanFile.parse(csv).problems().get(0).describe(locale);
            assertFalse(told.contains("{0}"), told);
            assertTrue(told.contains("2"), told);
            String edition = org.kaowu.catalogue.EditionFile.parse(csv).problems().get(0).describe(locale);
            assertFalse(edition.contains("{0}"), edition);
        }
    }

    /** The start of an OLE2 compound file naming one stream (UTF-16LE, as its directory does). */
    static byte[] compoundFile(String stream) {
        byte[] b = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, b, 1024, name.length);
        return b;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void serialNumbersBecomeDatesAndTimes() {
        assertEquals("2023-09-09", Xlsx.date(new BigDecimal("45178")));
        assertEquals("09:30", Xlsx.date(new BigDecimal("0.395833333333")));
        assertEquals("2023-06-26 09:00", Xlsx.date(new BigDecimal("45103.375")));
        assertEquals(27, Xlsx.column("AB1"));
    }
}
