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
    void serialNumbersBecomeDatesAndTimes() {
        assertEquals("2023-09-09", Xlsx.date(new BigDecimal("45178")));
        assertEquals("09:30", Xlsx.date(new BigDecimal("0.395833333333")));
        assertEquals("2023-06-26 09:00", Xlsx.date(new BigDecimal("45103.375")));
        assertEquals(27, Xlsx.column("AB1"));
    }
}
