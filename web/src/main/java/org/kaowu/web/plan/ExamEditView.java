package org.kaowu.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.PlanProblem;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.SessionMode;
import org.kaowu.plan.Timeline;
import org.kaowu.plan.WindowFormat;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office's exam editor: one exam of a plan, its national windows, subjects and sessions, in forms. A draft's exam
 * is added or changed freely (checked against the catalogue on save); a published one keeps its code, qualification
 * and levels, and its dates, subjects and sessions change with a reason.
 */
@Named
@ViewScoped
public class ExamEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SESSION_FIELDS = Set.of("date", "start", "end", "mode", "session_subject");

    @EJB
    private AnnualPlans plans;

    private int year;
    private String code;
    private String originalCode;
    private PlanStatus status;
    private boolean found;
    private String qualification;
    private String subItem;
    private String levels;
    private final Map<String, String> windows = new HashMap<>();
    private List<SubjectRow> subjects = new ArrayList<>();
    private List<SessionRow> sessions = new ArrayList<>();
    private Map<String, Timeline> areas = Map.of();
    private String reason;

    /** A subject row of the form. */
    public static class SubjectRow implements Serializable {
        private String level;
        private String code;
        private String name;
        private Integer duration = 150;
        private BigDecimal fullMarks;
        private BigDecimal passMark;
        private Integer rollingYears;
        private BigDecimal fee;

        public BigDecimal getFee() { return fee; }
        public void setFee(BigDecimal fee) { this.fee = fee; }
        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getDuration() { return duration; }
        public void setDuration(Integer duration) { this.duration = duration; }
        public BigDecimal getFullMarks() { return fullMarks; }
        public void setFullMarks(BigDecimal fullMarks) { this.fullMarks = fullMarks; }
        public BigDecimal getPassMark() { return passMark; }
        public void setPassMark(BigDecimal passMark) { this.passMark = passMark; }
        public Integer getRollingYears() { return rollingYears; }
        public void setRollingYears(Integer rollingYears) { this.rollingYears = rollingYears; }
    }

    /** A session row of the form. */
    public static class SessionRow implements Serializable {
        private String level;
        private String subjectCode;
        private LocalDate date;
        private LocalTime start;
        private LocalTime end;
        private SessionMode mode = SessionMode.PAPER;

        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public String getSubjectCode() { return subjectCode; }
        public void setSubjectCode(String subjectCode) { this.subjectCode = subjectCode; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public LocalTime getStart() { return start; }
        public void setStart(LocalTime start) { this.start = start; }
        public LocalTime getEnd() { return end; }
        public void setEnd(LocalTime end) { this.end = end; }
        public SessionMode getMode() { return mode; }
        public void setMode(SessionMode mode) { this.mode = mode; }
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            AnnualPlan plan = plans.plan(year);
            status = plan.getStatus();
            found = true;
            if (code == null || code.isBlank()) {
                code = null;
                subjects.add(new SubjectRow());
                sessions.add(new SessionRow());
                return;
            }
            Exam exam = plan.getExams().stream().filter(e -> e.getCode().equals(code)).findFirst().orElse(null);
            if (exam == null) {
                found = false;
                return;
            }
            originalCode = exam.getCode();
            qualification = exam.getQualification();
            subItem = exam.getSubItem();
            levels = String.join("/", exam.getLevels());
            exam.timeline().moments().forEach((edge, at) -> windows.put(edge, WindowFormat.editable(edge, at)));
            areas = new HashMap<>(exam.areaTimelines());
            for (PlanData.SubjectData s : exam.subjectData()) {
                SubjectRow r = new SubjectRow();
                r.level = s.level();
                r.code = s.code();
                r.name = s.name();
                r.duration = s.durationMinutes();
                r.fullMarks = s.fullMarks();
                r.passMark = s.passMark();
                r.rollingYears = s.rollingYears();
                r.fee = s.fee();
                subjects.add(r);
            }
            for (PlanData.SessionData s : exam.sessionData()) {
                SessionRow r = new SessionRow();
                r.level = s.level();
                r.subjectCode = s.subjectCode();
                r.date = s.date();
                r.start = s.start();
                r.end = s.end();
                r.mode = s.mode();
                sessions.add(r);
            }
        } catch (DomainException e) {
            found = false;
        }
    }

    public void addSubject() {
        subjects.add(new SubjectRow());
    }

    public void removeSubject(int index) {
        if (index >= 0 && index < subjects.size()) {
            subjects.remove(index);
        }
    }

    public void addSession() {
        SessionRow row = new SessionRow();
        if (!sessions.isEmpty()) {
            SessionRow last = sessions.get(sessions.size() - 1);
            row.level = last.level;
            row.date = last.date;
        }
        sessions.add(row);
    }

    public void removeSession(int index) {
        if (index >= 0 && index < sessions.size()) {
            sessions.remove(index);
        }
    }

    public void save() {
        Map<String, Instant> moments = new HashMap<>();
        boolean bad = false;
        for (int i = 0; i < Timeline.EDGES.size(); i++) {
            String edge = Timeline.EDGES.get(i);
            String value = windows.get(edge);
            Instant at = WindowFormat.parse(edge, value);
            if (value != null && !value.isBlank() && at == null) {
                // Beside the window's own field, saying what was typed and how to write it.
                FacesFeedback.error(windowId(i), FacesFeedback.core("plan.row.badMoment", value.strip()));
                bad = true;
            }
            moments.put(edge, at);
        }
        if (bad) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        List<String> levelList = levels == null || levels.isBlank() ? List.of()
                : Arrays.stream(levels.split("[/、,，]")).map(String::strip).toList();
        List<PlanData.SubjectData> subjectData = subjects.stream().map(s -> new PlanData.SubjectData(blank(s.level),
                blank(s.code), blank(s.name), s.duration == null ? 0 : s.duration, s.fullMarks, s.passMark, s.rollingYears, s.fee)).toList();
        List<PlanData.SessionData> sessionData = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            SessionRow s = sessions.get(i);
            sessionData.add(new PlanData.SessionData(i + 1, blank(s.level), blank(s.subjectCode), s.date, s.start, s.end, s.mode));
        }
        PlanData.ExamData data = new PlanData.ExamData(0, blank(code), blank(qualification), blank(subItem), levelList,
                subjectData, sessionData, Timeline.of(moments), areas);
        try {
            Exam saved = plans.saveExam(year, originalCode, data, reason,
                    FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            originalCode = saved.getCode();
            code = saved.getCode();
            reason = null;
            FacesFeedback.info(FacesFeedback.text("exam.saved", saved.getCode()), saved.getCatalogueName());
        } catch (DomainException e) {
            if (e.extensions().get("problems") instanceof List<?> list) {
                // Each problem beside the field it concerns, in its own words; only what concerns no field goes on top.
                for (Object o : list) {
                    if (o instanceof PlanProblem p) {
                        String target = fieldId(p);
                        String message = FacesFeedback.core(p.key(), p.args().toArray());
                        FacesFeedback.error(target, target == null ? describe(p) : message);
                    }
                }
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            FacesFeedback.refused(e, Map.of("code", "exam-form:code", "qualification", "exam-form:qualification",
                    "reason", "exam-form:reason", "levels", "exam-form:levels", "subItem", "exam-form:subItem"));
        }
    }

    private static final Map<String, String> EXAM_FIELDS = Map.of("code", "exam-form:code", "qualification",
            "exam-form:qualification", "subItem", "exam-form:subItem", "sub_item", "exam-form:subItem", "levels",
            "exam-form:levels", "reason", "exam-form:reason");
    private static final Map<String, String> SUBJECT_FIELDS = Map.of("level", "s-level", "subject_code", "s-code",
            "subject_name", "s-name", "duration_min", "s-duration", "full_marks", "s-full", "pass_mark", "s-pass",
            "rolling_years", "s-rolling", "fee", "s-fee");
    private static final Map<String, String> SESSION_INPUTS = Map.of("date", "x-date", "start", "x-start", "end", "x-end",
            "mode", "x-mode", "session_subject", "x-subject", "level", "x-level");

    private static String windowId(int index) {
        return "exam-form:windows:" + index + ":window";
    }

    /** The client id of the input a problem concerns (a window, a field, a subject's or session's cell), or null. */
    private String fieldId(PlanProblem p) {
        String field = p.field();
        if (field == null) {
            return null;
        }
        if (p.line() <= 0) {
            int edge = Timeline.EDGES.indexOf(field);
            if (edge >= 0) {
                return windowId(edge);
            }
            return EXAM_FIELDS.get(field);
        }
        boolean session = SESSION_FIELDS.contains(field) || p.key().startsWith("plan.session.");
        int row = p.line() - 1;
        if (session) {
            String input = SESSION_INPUTS.get(field);
            return input == null || row >= sessions.size() ? null : "exam-form:sessions:" + row + ":" + input;
        }
        String input = SUBJECT_FIELDS.get(field);
        return input == null || row >= subjects.size() ? null : "exam-form:subjects:" + row + ":" + input;
    }

    /** "科目第2行：…", "场次第1行：…", or the window's or exam's own problem. */
    private String describe(PlanProblem p) {
        String message = FacesFeedback.core(p.key(), p.args().toArray());
        if (p.line() <= 0) {
            return message;
        }
        boolean session = p.field() != null && SESSION_FIELDS.contains(p.field()) || p.key().startsWith("plan.session.");
        return FacesFeedback.text(session ? "exam.sessionRow" : "exam.subjectRow", p.line()) + message;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isPublished() {
        return status == PlanStatus.PUBLISHED;
    }

    public boolean isEditable() {
        return found && status != PlanStatus.ARCHIVED;
    }

    public List<String> getEdges() {
        return Timeline.EDGES;
    }

    public String edgeLabel(String edge) {
        return FacesFeedback.core("plan.edge." + edge);
    }

    public SessionMode[] getModes() {
        return SessionMode.values();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getOriginalCode() { return originalCode; }
    public boolean isFound() { return found; }
    public String getQualification() { return qualification; }
    public void setQualification(String qualification) { this.qualification = qualification; }
    public String getSubItem() { return subItem; }
    public void setSubItem(String subItem) { this.subItem = subItem; }
    public String getLevels() { return levels; }
    public void setLevels(String levels) { this.levels = levels; }
    public Map<String, String> getWindows() { return windows; }
    public List<SubjectRow> getSubjects() { return subjects; }
    public List<SessionRow> getSessions() { return sessions; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
