package org.kaowu.shared;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the first worksheet of an XLSX workbook into the same rows {@link Csv} gives, so that spreadsheets the office
 * keeps in Excel import without a round trip through CSV. Dates and times (numbers with a date format) become
 * {@code 2023-09-09}, {@code 09:00} or {@code 2023-06-26 09:00}. Safe on hostile files: no DTDs or external entities,
 * and a bound on every part's unpacked size.
 */
public final class Xlsx {

    static final int MAX_PART = 16 * 1024 * 1024;
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);
    private static final LocalDateTime EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

    private Xlsx() {
    }

    /** A ZIP file (the XLSX container) starts with "PK\3\4". */
    public static boolean looksLikeXlsx(byte[] bytes) {
        return bytes != null && bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The first sheet's rows, or empty when the file is not a readable workbook. */
    public static Optional<List<Csv.Row>> read(byte[] bytes) {
        try {
            Map<String, byte[]> parts = unzip(bytes);
            byte[] workbook = parts.get("xl/workbook.xml");
            if (workbook == null) {
                return Optional.empty();
            }
            String sheetPath = firstSheet(workbook, parts.get("xl/_rels/workbook.xml.rels"));
            byte[] sheet = parts.get(sheetPath);
            if (sheet == null) {
                return Optional.empty();
            }
            List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml"));
            List<Boolean> dateStyles = dateStyles(parts.get("xl/styles.xml"));
            return Optional.of(rows(sheet, shared, dateStyles));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    if (out.size() + n > MAX_PART) {
                        throw new IOException("part too large: " + name);
                    }
                    out.write(buffer, 0, n);
                }
                parts.put(name, out.toByteArray());
            }
        }
        return parts;
    }

    private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = new ByteArrayInputStream(bytes);
        return f.createXMLStreamReader(in);
    }

    private static String firstSheet(byte[] workbook, byte[] rels) throws XMLStreamException {
        String rid = null;
        XMLStreamReader r = xml(workbook);
        while (r.hasNext() && rid == null) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    if (r.getAttributeLocalName(i).equals("id")) {
                        rid = r.getAttributeValue(i);
                    }
                }
            }
        }
        if (rid != null && rels != null) {
            XMLStreamReader x = xml(rels);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                        && rid.equals(x.getAttributeValue(null, "Id"))) {
                    String target = x.getAttributeValue(null, "Target");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<String> sharedStrings(byte[] part) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        XMLStreamReader r = xml(part);
        StringBuilder current = null;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                current = new StringBuilder();
            } else if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("t") && current != null) {
                current.append(r.getElementText());
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si") && current != null) {
                strings.add(current.toString());
                current = null;
            }
        }
        return strings;
    }

    /** For each cell style: does it show a date or time? */
    private static List<Boolean> dateStyles(byte[] part) throws XMLStreamException {
        List<Boolean> styles = new ArrayList<>();
        if (part == null) {
            return styles;
        }
        Map<Integer, Boolean> custom = new HashMap<>();
        XMLStreamReader r = xml(part);
        boolean inXfs = false;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "numFmt" -> {
                        String code = r.getAttributeValue(null, "formatCode").replaceAll("\"[^\"]*\"|\\[[^]]*]", "")
                                .toLowerCase();
                        custom.put(Integer.parseInt(r.getAttributeValue(null, "numFmtId")),
                                code.matches(".*[ymdhs].*"));
                    }
                    case "cellXfs" -> inXfs = true;
                    case "xf" -> {
                        if (inXfs) {
                            String id = r.getAttributeValue(null, "numFmtId");
                            int n = id == null ? 0 : Integer.parseInt(id);
                            styles.add(DATE_FORMATS.contains(n) || custom.getOrDefault(n, false));
                        }
                    }
                    default -> {
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inXfs = false;
            }
        }
        return styles;
    }

    private static List<Csv.Row> rows(byte[] sheet, List<String> shared, List<Boolean> dateStyles) throws XMLStreamException {
        List<Csv.Row> rows = new ArrayList<>();
        XMLStreamReader r = xml(sheet);
        List<String> cells = null;
        int rowNumber = 0;
        String type = null;
        int style = 0;
        int column = 0;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        cells = new ArrayList<>();
                        String n = r.getAttributeValue(null, "r");
                        rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n);
                    }
                    case "c" -> {
                        type = r.getAttributeValue(null, "t");
                        String s = r.getAttributeValue(null, "s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? cells.size() : column(ref);
                    }
                    case "v", "t" -> {
                        String text = r.getElementText();
                        String value = value(type, text, style, shared, dateStyles);
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        if (cells.size() == column) {
                            cells.add(value);
                        } else {
                            cells.set(column, cells.get(column) + value);
                        }
                    }
                    default -> {
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row") && cells != null) {
                rows.add(new Csv.Row(rowNumber, List.copyOf(cells)));
                cells = null;
            }
        }
        // Every row as wide as the header, as a CSV file would be.
        int width = rows.isEmpty() ? 0 : rows.get(0).cells().size();
        List<Csv.Row> out = new ArrayList<>();
        for (Csv.Row row : rows) {
            List<String> c = new ArrayList<>(row.cells());
            while (c.size() < width) {
                c.add("");
            }
            out.add(new Csv.Row(row.line(), c.size() > width && c.subList(width, c.size()).stream().allMatch(String::isEmpty)
                    ? c.subList(0, width) : c));
        }
        return out;
    }

    private static String value(String type, String text, int style, List<String> shared, List<Boolean> dateStyles) {
        if ("s".equals(type)) {
            return shared.get(Integer.parseInt(text.trim()));
        }
        if ("b".equals(type)) {
            return "1".equals(text.trim()) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            boolean date = style < dateStyles.size() && dateStyles.get(style);
            if (date) {
                return date(new BigDecimal(text.trim()));
            }
            BigDecimal n = new BigDecimal(text.trim());
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.stripTrailingZeros().toPlainString();
        }
        return text;
    }

    /** Excel's serial day number (1900 date system) as a date, a time, or both. */
    static String date(BigDecimal serial) {
        long seconds = serial.multiply(BigDecimal.valueOf(86_400)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        LocalDateTime t = EPOCH.plusSeconds(seconds);
        boolean hasDay = serial.compareTo(BigDecimal.ONE) >= 0;
        boolean hasTime = seconds % 86_400 != 0;
        if (hasDay && !hasTime) {
            return t.toLocalDate().toString();
        }
        if (!hasDay) {
            return t.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        }
        return t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** "C7" → 2. */
    static int column(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return n - 1;
    }
}
