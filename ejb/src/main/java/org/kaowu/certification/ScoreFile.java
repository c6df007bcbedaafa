package org.kaowu.certification;

import org.kaowu.shared.Csv;
import org.kaowu.shared.LocatedProblem;
import org.kaowu.shared.Messages;
import org.kaowu.shared.SpreadsheetFile;
import org.kaowu.shared.Texts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The marking centre's score file for one exam, read and checked without storing anything (pure: the ticket numbers
 * are looked up through the function the caller gives). UTF-8 CSV or the first sheet of an XLSX workbook, through
 * {@link SpreadsheetFile}. Header row, in this order, English or Chinese names: {@code ticket_number} (准考证号),
 * {@code subject} (科目代码: the plan's subject code), {@code score} (成绩: 0 to the subject's full marks, at most one
 * decimal), {@code absent} (缺考: 是/否, yes/no, 1/0; blank: no). An absent row has no score; a present row has one.
 * Every problem is listed with its line and column: a ticket number no current seating gave, a ticket of another
 * exam, a subject the exam does not have or the registration did not sit, a score that is not a number or is outside
 * its range, absent with a score, neither, the same ticket and subject twice.
 */
public final class ScoreFile {

    public static final int MAX_BYTES = 8 * 1024 * 1024;

    static final List<String> COLUMNS = List.of("ticket_number", "subject", "score", "absent");
    static final List<String> COLUMNS_ZH = List.of("准考证号", "科目代码", "成绩", "缺考");
    private static final int[] LIMITS = {40, 20, 12, 10};
    private static final BigDecimal MAX_SCORE = new BigDecimal("99999.9");

    private ScoreFile() {
    }

    /** One subject of the exam: its name and full marks (null: the plan gives none). */
    public record Subject(String name, BigDecimal fullMarks) implements Serializable {
    }

    /** Whom a ticket number admits: the registration, its exam and the subject codes it sat. */
    public record Holder(long registrationId, long examId, List<String> subjects) implements Serializable {
    }

    /** One thing wrong with the file: its line (0: the file as a whole), column, and message. */
    public record Problem(int line, String field, String key, List<Object> args) implements LocatedProblem, Serializable {
        Problem(int line, String field, String key, Object... args) {
            this(line, field, key, Arrays.asList(args));
        }

        @Override
        public String describe(Locale locale) {
            return Messages.text(locale, key, args.toArray());
        }
    }

    /** One row as it will be stored: the registration, subject code, score (null when absent). */
    public record Row(int line, String ticket, long registrationId, String subject, BigDecimal score, boolean absent)
            implements Serializable {
    }

    /** The rows, or every problem (then no row is to be stored). */
    public record Read(List<Row> rows, List<Problem> problems) implements Serializable {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the file for exam {@code examId} whose subjects are {@code subjects} (code → subject); {@code holders}
     * answers the holder of a ticket number, or null.
     */
    public static Read read(byte[] bytes, long examId, Map<String, Subject> subjects, Function<String, Holder> holders) {
        SpreadsheetFile.Read read = SpreadsheetFile.read(bytes, MAX_BYTES, "results.file");
        if (!read.ok()) {
            return failed(new Problem(read.line(), null, read.key(), read.args() == null ? new Object[0] : read.args()));
        }
        List<Csv.Row> rows = read.rows().stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) {
            return failed(new Problem(0, null, "results.file.empty"));
        }
        Csv.Row header = rows.get(0);
        List<String> names = header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        boolean english = names.equals(COLUMNS);
        if (!english && !names.equals(COLUMNS_ZH)) {
            return failed(new Problem(header.line(), null, "results.file.columns"));
        }
        if (rows.size() == 1) {
            return failed(new Problem(0, null, "results.file.empty"));
        }
        List<Problem> problems = new ArrayList<>();
        List<Row> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Holder> cache = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            int line = row.line();
            String[] cell = new String[COLUMNS.size()];
            boolean readable = true;
            for (int i = 0; i < COLUMNS.size(); i++) {
                String v = i < row.cells().size() ? row.cells().get(i).strip() : "";
                String label = english ? COLUMNS.get(i) : COLUMNS_ZH.get(i);
                if (v.isEmpty() && i < 2) {
                    problems.add(new Problem(line, COLUMNS.get(i), "results.row.required", line, label));
                    readable = false;
                } else if (v.length() > LIMITS[i] || Texts.hiddenMultiline(v) || v.indexOf('<') >= 0) {
                    problems.add(new Problem(line, COLUMNS.get(i), "results.row.tooLong", line, label, LIMITS[i]));
                    readable = false;
                }
                cell[i] = v;
            }
            if (row.cells().size() > COLUMNS.size()
                    && row.cells().subList(COLUMNS.size(), row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
                problems.add(new Problem(line, null, "results.row.extraCells", line, COLUMNS.size()));
                readable = false;
            }
            if (!readable) {
                continue;
            }
            String ticket = cell[0];
            String code = cell[1];
            Subject subject = subjects.get(code);
            if (subject == null) {
                problems.add(new Problem(line, "subject", "results.row.subjectUnknown", line, code,
                        String.join("、", subjects.keySet())));
            }
            Holder holder = cache.computeIfAbsent(ticket, holders);
            if (holder == null) {
                problems.add(new Problem(line, "ticket_number", "results.row.ticketUnknown", line, ticket));
            } else if (holder.examId() != examId) {
                problems.add(new Problem(line, "ticket_number", "results.row.otherExam", line, ticket));
                holder = null;
            } else if (subject != null && !holder.subjects().contains(code)) {
                problems.add(new Problem(line, "subject", "results.row.subjectNotSat", line, ticket, code));
            }
            Boolean absent = ResultRules.absentFlag(cell[3]);
            BigDecimal score = null;
            boolean scoreOk = true;
            if (absent == null) {
                problems.add(new Problem(line, "absent", "results.row.absentFlag", line, cell[3]));
                scoreOk = false;
            }
            if (!cell[2].isEmpty()) {
                score = number(cell[2]);
                if (score == null) {
                    problems.add(new Problem(line, "score", "results.row.scoreNotNumber", line, cell[2]));
                    scoreOk = false;
                } else if (score.signum() < 0 || score.compareTo(max(subject)) > 0) {
                    problems.add(new Problem(line, "score", "results.row.scoreRange", line, cell[2],
                            max(subject).stripTrailingZeros().toPlainString()));
                    scoreOk = false;
                }
            }
            if (absent != null && absent && !cell[2].isEmpty()) {
                problems.add(new Problem(line, "score", "results.row.absentWithScore", line));
                scoreOk = false;
            } else if (absent != null && !absent && cell[2].isEmpty()) {
                problems.add(new Problem(line, "score", "results.row.scoreMissing", line));
                scoreOk = false;
            }
            Integer earlier = seen.putIfAbsent(ticket + "\u0000" + code, line);
            if (earlier != null) {
                problems.add(new Problem(line, null, "results.row.duplicate", line, earlier, ticket, code));
                continue;
            }
            if (holder != null && subject != null && scoreOk && holder.subjects().contains(code)) {
                out.add(new Row(line, ticket, holder.registrationId(), code, score, absent));
            }
        }
        return new Read(problems.isEmpty() ? out : List.of(), problems);
    }

    private static BigDecimal max(Subject subject) {
        return subject == null || subject.fullMarks() == null ? MAX_SCORE : subject.fullMarks();
    }

    /** A score as written: digits with at most one decimal ("72", "72.5"); anything else null. */
    static BigDecimal number(String s) {
        if (!s.matches("-?\\d{1,5}(\\.\\d)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    private static Read failed(Problem p) {
        return new Read(List.of(), List.of(p));
    }
}
