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
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the first worksheet of an XLSX workbook into the same rows {@link Csv} gives, so that spreadsheets the office
 * keeps in Excel import without a round trip through CSV. Dates and times (numbers with a date format) become
 * {@code 2023-09-09}, {@code 09:00} or {@code 2023-06-26 09:00}. Safe on hostile files: no DTDs or external entities;
 * the ZIP container is read from its central directory, so only the parts needed (workbook, its relationships, the
 * first sheet, shared strings, styles) are ever inflated, at most {@link #MAX_ENTRIES} entries are accepted, each part
 * unpacks to at most {@link #MAX_PART} bytes and all of them together to at most {@link #MAX_TOTAL}; a sheet is at most
 * {@link #MAX_COLUMNS} wide and {@link #MAX_CELLS} cells large, and a cell holds at most {@link #MAX_CELL_CHARS} characters.
 */
public final class Xlsx {

    static final int MAX_PART = 16 * 1024 * 1024;
    public static final int MAX_TOTAL = 32 * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    static final int MAX_COLUMNS = 256;
    static final int MAX_CELLS = 2_000_000;
    /** Excel's own limit on the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);
    private static final LocalDateTime EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    /** Why a workbook was not read. */
    public static final class Unreadable extends Exception {
        private final boolean tooLarge;

        Unreadable(String what, boolean tooLarge) {
            super(what, null, false, false);
            this.tooLarge = tooLarge;
        }

        /** The workbook unpacks to more than {@link #MAX_TOTAL} bytes or holds too many parts, rows or columns. */
        public boolean tooLarge() {
            return tooLarge;
        }
    }

    private Xlsx() {
    }

    /** A ZIP file (the XLSX container) starts with "PK\3\4". */
    public static boolean looksLikeXlsx(byte[] bytes) {
        return bytes != null && bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * An OLE2 compound file (starts with D0 CF 11 E0 A1 B1 1A E1): what Excel and WPS save when a workbook has a
     * password (the XLSX inside is encrypted), and also the old binary .xls format.
     */
    public static boolean looksLikeCompoundFile(byte[] bytes) {
        if (bytes == null || bytes.length < OLE2.length) {
            return false;
        }
        for (int i = 0; i < OLE2.length; i++) {
            if (bytes[i] != OLE2[i]) {
                return false;
            }
        }
        return true;
    }

    /** A password-protected workbook: a compound file holding an "EncryptedPackage" stream. */
    public static boolean looksPasswordProtected(byte[] bytes) {
        if (!looksLikeCompoundFile(bytes)) {
            return false;
        }
        outer:
        for (int i = 0; i <= bytes.length - ENCRYPTED_PACKAGE.length; i++) {
            for (int j = 0; j < ENCRYPTED_PACKAGE.length; j++) {
                if (bytes[i + j] != ENCRYPTED_PACKAGE[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The first sheet's rows, or empty when the file is not a readable workbook. */
    public static Optional<List<Csv.Row>> read(byte[] bytes) {
        try {
            return Optional.of(rows(bytes));
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    /** The first sheet's rows; refused when the file is not a readable workbook or unpacks beyond the bounds. */
    public static List<Csv.Row> rows(byte[] bytes) throws Unreadable {
        try {
            Zip zip = new Zip(bytes);
            byte[] workbook = zip.part("xl/workbook.xml");
            if (workbook == null) {
                throw new Unreadable("no workbook", false);
            }
            String sheetPath = firstSheet(workbook, zip.part("xl/_rels/workbook.xml.rels"));
            byte[] sheet = zip.part(sheetPath);
            if (sheet == null) {
                throw new Unreadable("no sheet", false);
            }
            List<String> shared = sharedStrings(zip.part("xl/sharedStrings.xml"));
            List<Boolean> dateStyles = dateStyles(zip.part("xl/styles.xml"));
            return rows(sheet, shared, dateStyles);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new Unreadable(e.getClass().getSimpleName(), false);
        }
    }

    /**
     * The ZIP container read from its central directory: the entries are counted and listed without inflating any,
     * and a part is inflated only when asked for, within the bounds.
     */
    private static final class Zip {
        private record Entry(int flags, int method, long compressedSize, long localHeader) {
        }

        private final byte[] bytes;
        private final Map<String, Entry> entries = new HashMap<>();
        private long inflated;

        Zip(byte[] bytes) throws IOException, Unreadable {
            this.bytes = bytes;
            int eocd = -1;
            for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
                if (u32(i) == 0x06054b50L) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new IOException("no end of central directory");
            }
            int total = u16(eocd + 10);
            long offset = u32(eocd + 16);
            if (total == 0xFFFF || offset == 0xFFFFFFFFL) {
                throw new IOException("ZIP64");
            }
            if (total > MAX_ENTRIES) {
                throw new Unreadable("too many entries", true);
            }
            long p = offset;
            for (int n = 0; n < total; n++) {
                if (p + 46 > bytes.length || u32((int) p) != 0x02014b50L) {
                    throw new IOException("bad central directory");
                }
                int at = (int) p;
                int nameLength = u16(at + 28);
                int next = nameLength + u16(at + 30) + u16(at + 32);
                if (at + 46L + next > bytes.length) {
                    throw new IOException("bad central directory");
                }
                String name = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
                entries.putIfAbsent(name, new Entry(u16(at + 8), u16(at + 10), u32(at + 20), u32(at + 42)));
                p = at + 46L + next;
            }
        }

        /** The part's unpacked bytes, or null when there is no such part. */
        byte[] part(String name) throws IOException, Unreadable {
            Entry e = entries.get(name);
            if (e == null) {
                return null;
            }
            if ((e.flags() & 1) != 0) {
                throw new IOException("encrypted entry");
            }
            long header = e.localHeader();
            if (header + 30 > bytes.length || u32((int) header) != 0x04034b50L) {
                throw new IOException("bad local header");
            }
            long start = header + 30 + u16((int) header + 26) + u16((int) header + 28);
            if (start + e.compressedSize() > bytes.length) {
                throw new IOException("truncated entry");
            }
            int from = (int) start;
            int length = (int) e.compressedSize();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (e.method() == 0) {
                count(length);
                out.write(bytes, from, length);
                return out.toByteArray();
            }
            if (e.method() != 8) {
                throw new IOException("compression method " + e.method());
            }
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(bytes, from, length);
                byte[] buffer = new byte[8192];
                boolean padded = false;
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n > 0) {
                        count(n);
                        if (out.size() + n > MAX_PART) {
                            throw new Unreadable("part too large: " + name, true);
                        }
                        out.write(buffer, 0, n);
                    } else if (inflater.needsDictionary()) {
                        throw new IOException("needs a dictionary");
                    } else if (inflater.needsInput()) {
                        if (padded) {
                            throw new IOException("truncated entry");
                        }
                        // A raw deflate stream may want one byte past its end.
                        inflater.setInput(new byte[1]);
                        padded = true;
                    }
                }
            } catch (DataFormatException x) {
                throw new IOException("corrupt entry", x);
            } finally {
                inflater.end();
            }
            return out.toByteArray();
        }

        private void count(long n) throws Unreadable {
            inflated += n;
            if (inflated > MAX_TOTAL) {
                throw new Unreadable("workbook too large", true);
            }
        }

        private int u16(int at) {
            return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
        }

        private long u32(int at) {
            return ((long) u16(at)) | ((long) u16(at + 2)) << 16;
        }
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

    private static List<Csv.Row> rows(byte[] sheet, List<String> shared, List<Boolean> dateStyles)
            throws XMLStreamException, Unreadable {
        List<Csv.Row> rows = new ArrayList<>();
        long cellCount = 0;
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
                        if (column < 0 || column >= MAX_COLUMNS) {
                            throw new Unreadable("too wide", true);
                        }
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
                            value = cells.get(column) + value;
                            cells.set(column, value);
                        }
                        if (value.length() > MAX_CELL_CHARS) {
                            // A shared string referenced a million times, each copy trimmed later, must not be huge.
                            throw new Unreadable("cell too long", true);
                        }
                    }
                    default -> {
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row") && cells != null) {
                // Counted as wide as the header, since every row is padded to it below.
                cellCount += Math.max(1, Math.max(cells.size(), rows.isEmpty() ? 0 : rows.get(0).cells().size()));
                if (cellCount > MAX_CELLS) {
                    throw new Unreadable("too many cells", true);
                }
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
