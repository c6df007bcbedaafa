package org.kaowu.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What makes one exam, entered in the office's editor, well formed: its code and levels, its subjects (numbers in
 * range, each once per level) and sessions (each of a known subject), then its windows and sessions by
 * {@link TimelineRules}. Pure. Problems carry the form's row: a subject's or session's position, counted from 1.
 */
public final class ExamRules {

    private ExamRules() {
    }

    public static List<PlanProblem> check(PlanData.ExamData exam) {
        List<PlanProblem> problems = new ArrayList<>(hiddenText(exam, 0));
        if (blank(exam.code()) || exam.code().length() > 40 || markup(exam.code())) {
            problems.add(new PlanProblem(0, "code", "plan.row.examCode"));
        }
        if (blank(exam.qualification()) || exam.qualification().length() > 200 || markup(exam.qualification())) {
            problems.add(new PlanProblem(0, "qualification", "plan.row.required", PlanFields.label("qualification")));
        }
        if (exam.subItem() != null && (exam.subItem().length() > 200 || markup(exam.subItem()))) {
            problems.add(new PlanProblem(0, "subItem", "plan.row.required", PlanFields.label("subItem")));
        }
        if (String.join("/", exam.levels()).length() > 200 || exam.levels().stream().anyMatch(l -> blank(l) || markup(l))) {
            problems.add(new PlanProblem(0, "levels", "plan.exam.levels"));
        }
        if (exam.sessions().isEmpty()) {
            problems.add(new PlanProblem(0, "sessions", "plan.exam.noSessions"));
        }
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < exam.subjects().size(); i++) {
            PlanData.SubjectData s = exam.subjects().get(i);
            int row = i + 1;
            if (blank(s.code()) || s.code().length() > 20 || blank(s.name()) || s.name().length() > 100
                    || markup(s.code()) || markup(s.name())) {
                problems.add(new PlanProblem(row, "subject_code", "plan.row.subject"));
                continue;
            }
            if (!level(exam, s.level())) {
                problems.add(new PlanProblem(row, "level", "plan.exam.unknownLevel", s.level(), String.join("/", exam.levels())));
            }
            if (s.durationMinutes() < 1 || s.durationMinutes() > 600) {
                problems.add(new PlanProblem(row, "duration_min", "plan.row.range", PlanFields.label("duration_min"), 1, 600));
            }
            if (s.rollingYears() != null && (s.rollingYears() < 1 || s.rollingYears() > 10)) {
                problems.add(new PlanProblem(row, "rolling_years", "plan.row.range", PlanFields.label("rolling_years"), 1, 10));
            }
            marks(s.fullMarks(), row, "full_marks", problems);
            marks(s.passMark(), row, "pass_mark", problems);
            if (s.fee() != null && (s.fee().signum() < 0 || s.fee().compareTo(BigDecimal.valueOf(10000)) > 0 || s.fee().scale() > 2)) {
                problems.add(new PlanProblem(row, "fee", "plan.row.fee", s.fee()));
            }
            if (s.fullMarks() != null && s.passMark() != null && s.passMark().compareTo(s.fullMarks()) > 0) {
                problems.add(new PlanProblem(row, "pass_mark", "plan.row.passAboveFull", s.passMark(), s.fullMarks()));
            }
            if (!subjects.add(s.level() + "/" + s.code())) {
                problems.add(new PlanProblem(row, "subject_code", "plan.exam.subjectTwice", s.code()));
            }
        }
        for (PlanData.SessionData s : exam.sessions()) {
            if (s.date() == null || s.start() == null || s.end() == null || s.mode() == null) {
                problems.add(new PlanProblem(s.line(), s.date() == null ? "date" : s.start() == null ? "start" : "end",
                        "plan.row.badSession"));
            } else if (!subjects.contains(s.level() + "/" + s.subjectCode())) {
                problems.add(new PlanProblem(s.line(), "session_subject", "plan.session.unknownSubject",
                        Objects.toString(s.subjectCode(), ""), Objects.toString(s.level(), "")));
            }
        }
        List<PlanProblem> timeline = new ArrayList<>(TimelineRules.check(exam.timeline(), 0, ""));
        exam.areaTimelines().forEach((area, t) -> timeline.addAll(TimelineRules.check(t, 0, area)));
        problems.addAll(timeline);
        if (timeline.isEmpty()) {
            problems.addAll(TimelineRules.checkSessions(exam.timeline(), exam.sessions().stream()
                    .filter(s -> s.date() != null && s.start() != null && s.end() != null).toList()));
        }
        return problems;
    }

    private static boolean level(PlanData.ExamData exam, String level) {
        return level == null ? exam.levels().isEmpty() : exam.levels().contains(level);
    }

    private static void marks(BigDecimal value, int row, String field, List<PlanProblem> problems) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0 || value.scale() > 1)) {
            problems.add(new PlanProblem(row, field, "plan.row.marks", value));
        }
    }

    /**
     * The exam's texts that hold invisible control or format characters (NUL, ESC, U+202E, zero-width ...): one
     * problem per field, on {@code line} (the file's line, or 0 in the editor; subjects count from 1 there).
     */
    public static List<PlanProblem> hiddenText(PlanData.ExamData exam, int line) {
        List<PlanProblem> problems = new ArrayList<>();
        hidden(problems, line, "code", exam.code());
        hidden(problems, line, "qualification", exam.qualification());
        hidden(problems, line, "sub_item", exam.subItem());
        exam.levels().forEach(l -> hidden(problems, line, "levels", l));
        for (int i = 0; i < exam.subjects().size(); i++) {
            PlanData.SubjectData s = exam.subjects().get(i);
            int row = line == 0 ? i + 1 : line;
            hidden(problems, row, "subject_code", s.code());
            hidden(problems, row, "subject_name", s.name());
            hidden(problems, row, "level", s.level());
        }
        return problems;
    }

    private static void hidden(List<PlanProblem> problems, int line, String field, String value) {
        if (org.kaowu.shared.Texts.hidden(value)
                && problems.stream().noneMatch(p -> p.line() == line && p.field().equals(field))) {
            problems.add(new PlanProblem(line, field, "text.hiddenIn", PlanFields.label(field)));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Names are shown on pages, tickets and certificates: angle brackets have no business in them. */
    private static boolean markup(String s) {
        return s != null && (s.indexOf('<') >= 0 || s.indexOf('>') >= 0);
    }
}
