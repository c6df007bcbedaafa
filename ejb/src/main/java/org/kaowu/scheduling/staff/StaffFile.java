package org.kaowu.scheduling.staff;

import org.kaowu.registration.IdNumbers;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.shared.Csv;
import org.kaowu.shared.SpreadsheetFile;
import org.kaowu.shared.Xlsx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a staff file (监考人员库): UTF-8 CSV or an XLSX workbook (its first sheet, read by the shared {@link Xlsx}
 * reader), one row per person. Columns (header row, any order):
 * <pre>
 * id_number, name, employer, sex, sittings, area, district, roles, relatives, availability, account
 * </pre>
 * Required: id_number, name, employer, area. Defaults for empty cells: sex from the identity number, sittings 0,
 * roles INVIGILATOR, no relatives, available in every session, no account. {@code roles}, {@code relatives} and
 * {@code availability} hold several values separated by ';'. Every problem is reported with its line and column, and
 * never repeats an identity number; a file with any problem yields nothing.
 */
public final class StaffFile {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    public static final List<String> COLUMNS = List.of("id_number", "name", "employer", "sex", "sittings", "area",
            "district", "roles", "relatives", "availability", "account");
    public static final List<String> REQUIRED = List.of("id_number", "name", "employer", "area");

    /** One person of the file with the line it is on. */
    public record Line(int line, StaffData data) {
    }

    public record Result(List<Line> staff, List<StaffProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private StaffFile() {
    }

    public static Result parse(byte[] bytes, LocalDate today) {
        SpreadsheetFile.Read read = SpreadsheetFile.read(bytes, MAX_BYTES, "staff.file", "venue.file.tooLarge");
        if (!read.ok()) {
            return failed(new StaffProblem(read.line(), null, read.key(), read.args()));
        }
        List<Csv.Row> rows = read.rows();
        if (rows.stream().filter(r -> !r.blank()).count() < 2) {
            return failed(new StaffProblem(0, null, "staff.file.noRows"));
        }
        List<StaffProblem> problems = new ArrayList<>();
        Map<String, Integer> col = new HashMap<>();
        Csv.Row header = rows.get(0);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (!COLUMNS.contains(name)) {
                problems.add(new StaffProblem(header.line(), name, "venue.header.unknown", shorten(name),
                        String.join(", ", COLUMNS)));
            } else if (col.putIfAbsent(name, i) != null) {
                problems.add(new StaffProblem(header.line(), name, "venue.header.twice", name));
            }
        }
        REQUIRED.stream().filter(c -> !col.containsKey(c))
                .forEach(c -> problems.add(new StaffProblem(header.line(), c, "venue.header.missing", c)));
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        List<Line> out = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> accounts = new HashMap<>();
        int count = 0;
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (++count > MAX_ROWS) {
                return failed(new StaffProblem(row.line(), null, "staff.file.tooManyRows", MAX_ROWS));
            }
            if (row.cells().size() != header.cells().size()) {
                problems.add(new StaffProblem(row.line(), null, "plan.row.columns", header.cells().size(),
                        row.cells().size()));
                continue;
            }
            List<StaffProblem> found = new ArrayList<>();
            StaffData d = read(row, col, found);
            found.addAll(StaffRules.check(d, today).stream()
                    .filter(p -> found.stream().noneMatch(f -> p.field() != null && p.field().equals(f.field())))
                    .toList());
            String number = IdNumbers.normalize(d.idNumber());
            if (!number.isEmpty()) {
                Integer before = numbers.putIfAbsent(number, row.line());
                if (before != null) {
                    found.add(new StaffProblem(0, "id_number", "staff.row.personTwice", before));
                }
            }
            if (d.account() != null) {
                Integer before = accounts.putIfAbsent(d.account(), row.line());
                if (before != null) {
                    found.add(new StaffProblem(0, "account", "staff.row.accountTwice", d.account(), before));
                }
            }
            found.forEach(p -> problems.add(p.at(row.line())));
            out.add(new Line(row.line(), d));
        }
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        return new Result(List.copyOf(out), List.of());
    }

    private static StaffData read(Csv.Row row, Map<String, Integer> col, List<StaffProblem> found) {
        String sexCell = cell(row, col, "sex");
        Character sex = null;
        if (!sexCell.isEmpty()) {
            sex = StaffRules.sex(sexCell);
            if (sex == null) {
                found.add(new StaffProblem(0, "sex", "staff.sex", shorten(sexCell)));
            }
        }
        int sittings = 0;
        String s = cell(row, col, "sittings");
        if (!s.isEmpty()) {
            String t = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
            if (t.matches("-?[0-9]{1,6}")) {
                sittings = Integer.parseInt(t);
            } else {
                found.add(new StaffProblem(0, "sittings", "venue.number", shorten(s)));
            }
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        String r = cell(row, col, "roles");
        if (r.isEmpty()) {
            roles.add(StaffRole.INVIGILATOR);
        } else {
            for (String part : list(r)) {
                StaffRole role = StaffRules.role(part);
                if (role == null) {
                    found.add(new StaffProblem(0, "roles", "staff.role", shorten(part)));
                } else {
                    roles.add(role);
                }
            }
        }
        String account = cell(row, col, "account").toLowerCase(Locale.ROOT);
        String district = cell(row, col, "district");
        return new StaffData(cell(row, col, "id_number").toUpperCase(Locale.ROOT), cell(row, col, "name"),
                cell(row, col, "employer"), sex, sittings, cell(row, col, "area"),
                district.isEmpty() ? null : district, roles, list(cell(row, col, "relatives")),
                list(cell(row, col, "availability")).stream().map(a -> a.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT))
                        .toList(),
                account.isEmpty() ? null : account);
    }

    /** Values separated by ';' (or '；'), blanks dropped. */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("[;；]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String cell(Csv.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row.cells().get(i).strip();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Result failed(StaffProblem... problems) {
        return failed(List.of(problems));
    }

    private static Result failed(List<StaffProblem> problems) {
        return new Result(List.of(), List.copyOf(problems));
    }
}
