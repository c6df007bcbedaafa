package org.kaowu.plan;

import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Csv;
import org.kaowu.shared.SpreadsheetFile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a plan file: UTF-8 CSV or an XLSX workbook (its first sheet), one row per exam session, plus optional rows that override an exam's windows for one
 * area. Columns (header row, any order):
 * <pre>
 * exam_code, qualification, sub_item, level, subject_code, subject_name, duration_min, full_marks, pass_mark,
 * rolling_years, date, start, end, mode, area, registration_opens, registration_closes, withdrawal_deadline,
 * verification_deadline, tickets_open, tickets_close, exam_start, exam_end, score_release, certificates_from
 * </pre>
 * Window cells hold a date ({@code 2023-06-12}: 00:00 for what opens, 24:00 for what closes) or a date and time
 * ({@code 2023-06-12 09:00}). An exam's windows may be given on any of its rows; where given twice they must agree.
 * A row with an {@code area} and no subject overrides that area's windows; its blank cells keep the national ones.
 * Every problem is reported with its line; a file with any problem yields nothing.
 */
public final class PlanFile {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final List<String> COLUMNS = List.of("exam_code", "qualification", "sub_item", "level", "subject_code",
            "subject_name", "duration_min", "full_marks", "pass_mark", "rolling_years", "fee", "date", "start", "end", "mode",
            "area", "registration_opens", "registration_closes", "withdrawal_deadline", "verification_deadline",
            "tickets_open", "tickets_close", "exam_start", "exam_end", "score_release", "certificates_from");
    static final List<String> REQUIRED = List.of("exam_code", "qualification", "subject_code", "subject_name", "date",
            "start", "end");

    public record Result(PlanData plan, List<PlanProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final class ExamBuilder {
        int line;
        String code;
        String qualification;
        String subItem;
        final List<String> levels = new ArrayList<>();
        final Map<String, PlanData.SubjectData> subjects = new LinkedHashMap<>();
        final List<PlanData.SessionData> sessions = new ArrayList<>();
        final Map<String, Instant> windows = new HashMap<>();
        final Map<String, Map<String, Instant>> areas = new LinkedHashMap<>();
    }

    private PlanFile() {
    }

    public static Result parse(byte[] bytes) {
        SpreadsheetFile.Read read = SpreadsheetFile.read(bytes, MAX_BYTES, "plan.file");
        if (!read.ok()) {
            return failed(new PlanProblem(read.line(), null, read.key(), read.args()));
        }
        List<Csv.Row> rows = read.rows();
        if (rows.size() < 2) {
            return failed(new PlanProblem(0, null, "plan.file.noRows"));
        }
        List<PlanProblem> problems = new ArrayList<>();
        Map<String, Integer> col = new HashMap<>();
        Csv.Row header = rows.get(0);
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new PlanProblem(header.line(), name, "plan.header.unknown", name));
            } else {
                col.put(name, i);
            }
        }
        REQUIRED.stream().filter(c -> !col.containsKey(c))
                .forEach(c -> problems.add(new PlanProblem(header.line(), c, "plan.header.missing", c)));
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        Map<String, ExamBuilder> exams = new LinkedHashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (row.cells().size() != header.cells().size()) {
                problems.add(new PlanProblem(row.line(), null, "plan.row.columns", header.cells().size(), row.cells().size()));
                continue;
            }
            readRow(row, col, exams, problems);
        }
        List<PlanData.ExamData> out = new ArrayList<>();
        for (ExamBuilder b : exams.values()) {
            Timeline national = Timeline.of(b.windows);
            problems.addAll(TimelineRules.check(national, b.line, ""));
            Map<String, Timeline> areas = new LinkedHashMap<>();
            b.areas.forEach((area, own) -> {
                Map<String, Instant> merged = new HashMap<>(b.windows);
                merged.putAll(own);
                Timeline t = Timeline.of(merged);
                areas.put(area, t);
                if (national.complete()) {
                    problems.addAll(TimelineRules.check(t, b.line, area));
                }
            });
            if (national.complete()) {
                problems.addAll(TimelineRules.checkSessions(national, b.sessions));
            }
            out.add(new PlanData.ExamData(b.line, b.code, b.qualification, b.subItem, List.copyOf(b.levels),
                    List.copyOf(b.subjects.values()), List.copyOf(b.sessions), national, areas));
        }
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        return new Result(new PlanData(out), List.of());
    }

    private static void readRow(Csv.Row row, Map<String, Integer> col, Map<String, ExamBuilder> exams,
                                List<PlanProblem> problems) {
        int line = row.line();
        String code = cell(row, col, "exam_code");
        if (code.isEmpty() || code.length() > 40) {
            problems.add(new PlanProblem(line, "exam_code", "plan.row.examCode"));
            return;
        }
        ExamBuilder exam = exams.computeIfAbsent(code, c -> {
            ExamBuilder b = new ExamBuilder();
            b.line = line;
            b.code = c;
            return b;
        });
        String qualification = cell(row, col, "qualification");
        String subItem = blankToNull(cell(row, col, "sub_item"));
        if (!qualification.isEmpty()) {
            if (exam.qualification == null) {
                exam.qualification = qualification;
                exam.subItem = subItem;
            } else if (!exam.qualification.equals(qualification) || !Objects.equals(exam.subItem, subItem)) {
                problems.add(new PlanProblem(line, "qualification", "plan.row.disagree", code, PlanFields.label("qualification")));
            }
        }
        Map<String, Instant> windows = new HashMap<>();
        for (String edge : Timeline.EDGES) {
            String column = snake(edge);
            String value = cell(row, col, column);
            if (!value.isEmpty()) {
                Instant at = moment(value, Timeline.CLOSING.contains(edge));
                if (at == null) {
                    problems.add(new PlanProblem(line, column, "plan.row.badMoment", value));
                } else {
                    windows.put(edge, at);
                }
            }
        }
        String area = cell(row, col, "area");
        String subjectCode = cell(row, col, "subject_code");
        if (!area.isEmpty() && subjectCode.isEmpty()) {
            if (area.length() > 40) {
                problems.add(new PlanProblem(line, "area", "plan.row.area"));
            } else if (exam.areas.putIfAbsent(area, windows) != null) {
                problems.add(new PlanProblem(line, "area", "plan.row.areaTwice", area, code));
            }
            return;
        }
        windows.forEach((edge, at) -> {
            Instant before = exam.windows.putIfAbsent(edge, at);
            if (before != null && !before.equals(at)) {
                problems.add(new PlanProblem(line, snake(edge), "plan.row.disagree", code, PlanFields.label(edge)));
            }
        });
        if (exam.qualification == null) {
            problems.add(new PlanProblem(line, "qualification", "plan.row.required", PlanFields.label("qualification")));
        }
        String level = blankToNull(cell(row, col, "level"));
        if (level != null && !exam.levels.contains(level)) {
            exam.levels.add(level);
        }
        String subjectName = cell(row, col, "subject_name");
        if (subjectCode.isEmpty() || subjectCode.length() > 20 || subjectName.isEmpty() || subjectName.length() > 100) {
            problems.add(new PlanProblem(line, "subject_code", "plan.row.subject"));
            return;
        }
        Integer duration = number(row, col, "duration_min", 1, 600, line, problems);
        BigDecimal full = decimal(row, col, "full_marks", line, problems);
        BigDecimal pass = decimal(row, col, "pass_mark", line, problems);
        Integer rolling = number(row, col, "rolling_years", 1, 10, line, problems);
        BigDecimal fee = fee(row, col, line, problems);
        if (full != null && pass != null && pass.compareTo(full) > 0) {
            problems.add(new PlanProblem(line, "pass_mark", "plan.row.passAboveFull", pass, full));
        }
        PlanData.SubjectData subject = new PlanData.SubjectData(level, subjectCode, subjectName,
                duration == null ? 0 : duration, full, pass, rolling, fee);
        PlanData.SubjectData known = exam.subjects.putIfAbsent(level + "/" + subjectCode, subject);
        if (known != null && !known.equals(subject)) {
            problems.add(new PlanProblem(line, "subject_code", "plan.row.disagree", code, subjectCode));
        }
        LocalDate date = date(cell(row, col, "date"));
        LocalTime start = time(cell(row, col, "start"));
        LocalTime end = time(cell(row, col, "end"));
        if (date == null || start == null || end == null) {
            problems.add(new PlanProblem(line, date == null ? "date" : start == null ? "start" : "end", "plan.row.badSession"));
            return;
        }
        String modeCell = cell(row, col, "mode");
        SessionMode mode = SessionMode.PAPER;
        if (!modeCell.isEmpty()) {
            try {
                mode = SessionMode.valueOf(modeCell.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new PlanProblem(line, "mode", "plan.row.mode", modeCell));
            }
        }
        exam.sessions.add(new PlanData.SessionData(line, level, subjectCode, date, start, end, mode));
    }

    /** A window cell: a date (00:00 when it opens something, 24:00 when it closes) or a date and time, Beijing time. */
    public static Instant moment(String value, boolean closing) {
        String v = value.trim().replace('T', ' ');
        try {
            if (v.length() <= 10) {
                LocalDate d = LocalDate.parse(v);
                return (closing ? d.plusDays(1) : d).atStartOfDay(AuthorityClock.ZONE).toInstant();
            }
            return LocalDateTime.parse(v.replace(' ', 'T')).atZone(AuthorityClock.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime time(String v) {
        try {
            return LocalTime.parse(v.trim().length() == 4 ? "0" + v.trim() : v.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(Csv.Row row, Map<String, Integer> col, String name, int min, int max, int line,
                                  List<PlanProblem> problems) {
        String v = cell(row, col, name);
        if (v.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(new PlanProblem(line, name, "plan.row.range", v, min, max));
        return null;
    }

    private static BigDecimal decimal(Csv.Row row, Map<String, Integer> col, String name, int line,
                                      List<PlanProblem> problems) {
        String v = cell(row, col, name);
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(1000)) <= 0 && d.scale() <= 1) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(new PlanProblem(line, name, "plan.row.marks", v));
        return null;
    }

    private static BigDecimal fee(Csv.Row row, Map<String, Integer> col, int line, List<PlanProblem> problems) {
        String v = cell(row, col, "fee");
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(10000)) <= 0 && d.scale() <= 2) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(new PlanProblem(line, "fee", "plan.row.fee", v));
        return null;
    }

    static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static String cell(Csv.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row.cells().get(i).trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Result failed(PlanProblem... problems) {
        return failed(List.of(problems));
    }

    private static Result failed(List<PlanProblem> problems) {
        return new Result(null, List.copyOf(problems));
    }
}
