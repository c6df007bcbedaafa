package org.kaowu.scheduling;

import org.kaowu.shared.Csv;
import org.kaowu.shared.SpreadsheetFile;
import org.kaowu.shared.Xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a venues file: UTF-8 CSV or an XLSX workbook (its first sheet, read by the shared {@link Xlsx} reader), one row
 * per room with its site's particulars repeated on each of the site's rows. Columns (header row, any order):
 * <pre>
 * area, site_code, site_name, address, contact, phone, site_kinds, site_accessible,
 * room_number, floor, kind, capacity, rows, columns, pattern, accessible, spare, first_machine, days
 * </pre>
 * Required: area, site_code, site_name, address, room_number. Defaults for empty cells: floor 1, kind PAPER, capacity
 * 30, rows 5, columns 6, pattern S_SHAPED, yes/no cells no, site_kinds PAPER, days every day. {@code days} holds ISO
 * dates separated by ';'. Every problem is reported with its line and column; a file with any problem yields nothing.
 */
public final class VenueFile {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROOMS = 5_000;
    public static final List<String> COLUMNS = List.of("area", "site_code", "site_name", "address", "contact", "phone",
            "site_kinds", "site_accessible", "room_number", "floor", "kind", "capacity", "rows", "columns", "pattern",
            "accessible", "spare", "first_machine", "days");
    public static final List<String> REQUIRED = List.of("area", "site_code", "site_name", "address", "room_number");
    static final List<String> SITE_COLUMNS = List.of("area", "site_name", "address", "contact", "phone", "site_kinds",
            "site_accessible");

    public record Result(List<VenueData.SiteWithRooms> sites, List<VenueProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final class SiteBuilder {
        int line;
        VenueData.Site site;
        final Map<String, VenueData.Room> rooms = new LinkedHashMap<>();
        final Map<String, Integer> roomLines = new HashMap<>();
    }

    private VenueFile() {
    }

    public static Result parse(byte[] bytes) {
        SpreadsheetFile.Read read = SpreadsheetFile.read(bytes, MAX_BYTES, "venue.file");
        if (!read.ok()) {
            return failed(new VenueProblem(read.line(), null, read.key(), read.args()));
        }
        List<Csv.Row> rows = read.rows();
        if (rows.stream().filter(r -> !r.blank()).count() < 2) {
            return failed(new VenueProblem(0, null, "venue.file.noRows"));
        }
        List<VenueProblem> problems = new ArrayList<>();
        Map<String, Integer> col = new HashMap<>();
        Csv.Row header = rows.get(0);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (!COLUMNS.contains(name)) {
                problems.add(new VenueProblem(header.line(), name, "venue.header.unknown", name, String.join(", ", COLUMNS)));
            } else if (col.putIfAbsent(name, i) != null) {
                problems.add(new VenueProblem(header.line(), name, "venue.header.twice", name));
            }
        }
        REQUIRED.stream().filter(c -> !col.containsKey(c))
                .forEach(c -> problems.add(new VenueProblem(header.line(), c, "venue.header.missing", c)));
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        Map<String, SiteBuilder> sites = new LinkedHashMap<>();
        int count = 0;
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (++count > MAX_ROOMS) {
                return failed(new VenueProblem(row.line(), null, "venue.file.tooManyRows", MAX_ROOMS));
            }
            if (row.cells().size() != header.cells().size()) {
                problems.add(new VenueProblem(row.line(), null, "plan.row.columns", header.cells().size(), row.cells().size()));
                continue;
            }
            readRow(row, col, sites, problems);
        }
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        List<VenueData.SiteWithRooms> out = new ArrayList<>();
        sites.values().forEach(b -> out.add(new VenueData.SiteWithRooms(b.line, b.site, List.copyOf(b.rooms.values()))));
        return new Result(List.copyOf(out), List.of());
    }

    private static void readRow(Csv.Row row, Map<String, Integer> col, Map<String, SiteBuilder> sites,
                                List<VenueProblem> problems) {
        int line = row.line();
        List<VenueProblem> found = new ArrayList<>();
        Boolean[] kinds = siteKinds(cell(row, col, "site_kinds"), found);
        // Codes and room numbers are matched without regard to case: "bj-0101" is the site BJ-0101.
        VenueData.Site site = new VenueData.Site(cell(row, col, "area"), cell(row, col, "site_code").toUpperCase(Locale.ROOT),
                cell(row, col, "site_name"), cell(row, col, "address"), blankToNull(cell(row, col, "contact")),
                blankToNull(cell(row, col, "phone")), yesNo(row, col, "site_accessible", found),
                kinds[0], kinds[1]);
        found.addAll(VenueRules.checkSite(site));
        VenueData.Room room = new VenueData.Room(cell(row, col, "room_number").toUpperCase(Locale.ROOT),
                number(row, col, "floor", 1, found), kind(cell(row, col, "kind"), found),
                number(row, col, "capacity", ExamRoom.DEFAULT_CAPACITY, found), number(row, col, "rows", 5, found),
                number(row, col, "columns", 6, found), pattern(cell(row, col, "pattern"), found),
                yesNo(row, col, "accessible", found), yesNo(row, col, "spare", found),
                optionalNumber(row, col, "first_machine", found), days(cell(row, col, "days"), found));
        // Problems of a cell already found unreadable are not repeated as rule problems of its default.
        for (VenueProblem p : VenueRules.checkRoomIn(site, room)) {
            if (found.stream().noneMatch(f -> f.field() != null && f.field().equals(p.field()))) {
                found.add(p);
            }
        }
        SiteBuilder b = sites.get(site.code());
        if (b == null && found.stream().noneMatch(p -> "site_code".equals(p.field()))) {
            b = new SiteBuilder();
            b.line = line;
            b.site = site;
            sites.put(site.code(), b);
        } else if (b != null) {
            for (String c : SITE_COLUMNS) {
                if (!value(b.site, c).equals(value(site, c))) {
                    found.add(new VenueProblem(0, c, "venue.row.disagree", site.code(), b.line));
                }
            }
            if (b.rooms.containsKey(room.number())) {
                found.add(new VenueProblem(0, "room_number", "venue.row.roomTwice", room.number(), site.code(),
                        b.roomLines.get(room.number())));
            }
        }
        if (b != null && !b.rooms.containsKey(room.number())) {
            b.rooms.put(room.number(), room);
            b.roomLines.put(room.number(), line);
        }
        found.forEach(p -> problems.add(p.at(line)));
    }

    private static String value(VenueData.Site s, String column) {
        return switch (column) {
            case "area" -> s.area();
            case "site_name" -> s.name();
            case "address" -> s.address();
            case "contact" -> String.valueOf(s.contactPerson());
            case "phone" -> String.valueOf(s.contactPhone());
            case "site_kinds" -> s.hostsPaper() + "/" + s.hostsComputer();
            case "site_accessible" -> String.valueOf(s.accessible());
            default -> throw new IllegalArgumentException(column);
        };
    }

    /** {@code PAPER}, {@code COMPUTER} or both separated by ';' (also 纸笔 / 机考); empty: paper. */
    private static Boolean[] siteKinds(String v, List<VenueProblem> found) {
        if (v.isEmpty()) {
            return new Boolean[]{true, false};
        }
        boolean paper = false;
        boolean computer = false;
        for (String part : v.split("[;；,，]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            RoomKind k = kindOf(p);
            if (k == null) {
                found.add(new VenueProblem(0, "site_kinds", "venue.kind", p));
                return new Boolean[]{true, true};
            }
            paper |= k == RoomKind.PAPER;
            computer |= k == RoomKind.COMPUTER;
        }
        return new Boolean[]{paper, computer};
    }

    private static RoomKind kind(String v, List<VenueProblem> found) {
        if (v.isEmpty()) {
            return RoomKind.PAPER;
        }
        RoomKind k = kindOf(v);
        if (k == null) {
            found.add(new VenueProblem(0, "kind", "venue.kind", v));
        }
        return k;
    }

    static RoomKind kindOf(String v) {
        return switch (v.strip().toUpperCase(Locale.ROOT)) {
            case "PAPER", "纸笔", "纸笔考试" -> RoomKind.PAPER;
            case "COMPUTER", "机考", "计算机化", "计算机化考试" -> RoomKind.COMPUTER;
            default -> null;
        };
    }

    private static SeatPattern pattern(String v, List<VenueProblem> found) {
        if (v.isEmpty()) {
            return SeatPattern.S_SHAPED;
        }
        SeatPattern p = switch (v.strip().toUpperCase(Locale.ROOT).replace('-', '_')) {
            case "PLAIN", "顺序" -> SeatPattern.PLAIN;
            case "S_SHAPED", "S", "蛇形", "S形" -> SeatPattern.S_SHAPED;
            case "W_SHAPED", "W", "W形", "往返" -> SeatPattern.W_SHAPED;
            default -> null;
        };
        if (p == null) {
            found.add(new VenueProblem(0, "pattern", "venue.pattern", v));
        }
        return p;
    }

    private static boolean yesNo(Csv.Row row, Map<String, Integer> col, String name, List<VenueProblem> found) {
        String v = cell(row, col, name).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "no", "n", "false", "0", "否" -> false;
            case "yes", "y", "true", "1", "是" -> true;
            default -> {
                found.add(new VenueProblem(0, name, "venue.yesNo", cell(row, col, name)));
                yield false;
            }
        };
    }

    private static int number(Csv.Row row, Map<String, Integer> col, String name, int empty, List<VenueProblem> found) {
        Integer n = optionalNumber(row, col, name, found);
        return n == null ? (found.stream().anyMatch(p -> name.equals(p.field())) ? 1 : empty) : n;
    }

    private static Integer optionalNumber(Csv.Row row, Map<String, Integer> col, String name, List<VenueProblem> found) {
        String v = cell(row, col, name);
        if (v.isEmpty()) {
            return null;
        }
        // A spreadsheet may store a whole number as 30.0.
        String t = v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
        if (t.matches("-?[0-9]{1,6}")) {
            return Integer.parseInt(t);
        }
        found.add(new VenueProblem(0, name, "venue.number", v));
        return null;
    }

    private static List<LocalDate> days(String v, List<VenueProblem> found) {
        List<LocalDate> out = new ArrayList<>();
        if (v.isEmpty()) {
            return out;
        }
        for (String part : v.split("[;；]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(LocalDate.parse(p));
            } catch (DateTimeParseException e) {
                found.add(new VenueProblem(0, "days", "venue.day.bad", p.length() > 40 ? p.substring(0, 40) + "…" : p));
            }
        }
        return out;
    }

    private static String cell(Csv.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row.cells().get(i).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Result failed(VenueProblem... problems) {
        return failed(List.of(problems));
    }

    private static Result failed(List<VenueProblem> problems) {
        return new Result(List.of(), List.copyOf(problems));
    }
}
