package org.kaowu.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanCalendar;
import org.kaowu.plan.PlanFields;
import org.kaowu.plan.PlanPreview;
import org.kaowu.plan.PlanProblem;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.Timeline;
import org.kaowu.plan.WindowFormat;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.LocatedProblem;
import org.kaowu.shared.Page;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The office's plans: import a plan file (preview, then confirm), publish a draft, change a published exam's
 * windows with a reason, and see the calendar's scheduled and past jobs.
 */
@Named
@ViewScoped
public class OfficePlansView implements Serializable {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualPlans plans;

    @EJB
    private PlanCalendar calendar;

    private int year;
    private String title;
    private String authority = "人力资源社会保障部人事考试中心";
    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private PlanPreview preview;
    private List<String> importProblems = List.of();

    private Integer selectedYear;
    private String selectedTitle;
    private PlanStatus selectedStatus;
    private List<ExamRow> exams = List.of();
    /** The exams' codes by id, for the job runs of the selected plan. */
    private final HashMap<Long, String> codes = new HashMap<>();
    /** What the calendar did for the selected plan, a page at a time (latest first unless sorted on a column). */
    private final LazyDataModel<RunRow> runs = new PagedModel<>(page -> selectedYear == null ? new Page<RunRow>(List.of(), 0)
            : plans.runs(selectedYear, page).map(r -> new RunRow(r.getId(), codes.get(r.getExamId()), edge(r.getEdge()),
            WindowFormat.shown(r.getEdge(), r.getScheduledFor(), FacesFeedback.locale()),
            WindowFormat.shown("", r.getFiredAt(), FacesFeedback.locale()),
            FacesFeedback.text("plans.outcome." + r.getOutcome().name()),
            r.getPhaseAfter() == null ? "" : FacesFeedback.text("phase." + r.getPhaseAfter().name()), detail(r.getDetail()))),
            RunRow::id);
    private List<ScheduledRow> scheduled = List.of();
    /** Why the selected published plan cannot be archived yet (in words, with the day it can), or null. */
    private String archiveBlocked;
    /** The exams that keep it from being archived, by name (data: shown as entered). */
    private String archiveBlockedExams;

    private String changeExam;
    private String changeEdge;
    private String changeValue;
    private String changeReason;
    private String changeArea;

    public record ExamRow(String code, String name, String levels, String phase, String registration, String examDays,
                          int sessions, String areas) implements Serializable {
        /**
         * One exam as the office's table and the public calendar list it: named by qualification and levels, its
         * windows from the first day to the last day written (never the midnight after), in the page's language.
         */
        static ExamRow of(Exam e) {
            Timeline t = e.timeline();
            Locale locale = FacesFeedback.locale();
            return new ExamRow(e.getCode(), e.title(null), String.join("/", e.getLevels()), e.getPhase().name(),
                    WindowFormat.registration(t, locale), WindowFormat.examDays(t, locale),
                    e.sessionData().size(), String.join(FacesFeedback.text("plans.separator"), e.areaTimelines().keySet()));
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public String getLevels() { return levels; }
        public String getPhase() { return phase; }
        public String getRegistration() { return registration; }
        public String getExamDays() { return examDays; }
        public int getSessions() { return sessions; }
        public String getAreas() { return areas; }
    }

    public record RunRow(long id, String exam, String edge, String due, String fired, String outcome, String phase, String detail)
            implements Serializable {
        public long getId() { return id; }
        public String getExam() { return exam; }
        public String getEdge() { return edge; }
        public String getDue() { return due; }
        public String getFired() { return fired; }
        public String getOutcome() { return outcome; }
        public String getPhase() { return phase; }
        public String getDetail() { return detail; }
    }

    public record ScheduledRow(String exam, String edge, String at) implements Serializable {
        public String getExam() { return exam; }
        public String getEdge() { return edge; }
        public String getAt() { return at; }
    }

    @PostConstruct
    void init() {
        year = clock.today().getYear();
        title = year + "年度专业技术人员职业资格考试工作计划";
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
        if (asked != null && asked.matches("\\d{4}")) {
            plans.find(Integer.parseInt(asked)).ifPresent(p -> select(p.getYear()));
        }
        if (selectedYear == null) {
            plans.find(year).ifPresent(p -> select(p.getYear()));
        }
        if (selectedYear == null && !plans.all().isEmpty()) {
            select(plans.all().get(0).getYear());
        }
    }

    public List<AnnualPlan> getPlans() {
        return plans.all();
    }

    public void select(int planYear) {
        AnnualPlan selected = plans.plan(planYear);
        selectedYear = selected.getYear();
        selectedTitle = selected.getTitle();
        selectedStatus = selected.getStatus();
        codes.clear();
        List<ExamRow> rows = new ArrayList<>();
        for (Exam e : selected.getExams()) {
            codes.put(e.getId(), e.getCode());
            rows.add(ExamRow.of(e));
        }
        exams = rows;
        scheduled = calendar.scheduled(selected.getExams()).stream()
                .map(d -> new ScheduledRow(d.exam(), edge(d.edge()), WindowFormat.shown(d.edge(), d.at(), FacesFeedback.locale())))
                .toList();
        archiveBlocked = null;
        archiveBlockedExams = null;
        if (selected.getStatus() == PlanStatus.PUBLISHED) {
            AnnualPlans.ArchiveReadiness readiness = plans.archiveReadiness(selected, clock.now());
            if (!readiness.allowed()) {
                archiveBlocked = FacesFeedback.text("plans.archive.notYet", readiness.running().size(),
                        WindowFormat.shown("certificatesFrom", readiness.from(), FacesFeedback.locale()));
                archiveBlockedExams = String.join(FacesFeedback.text("plans.separator"), readiness.running());
            }
        }
    }

    /** What the calendar noted about a run, in the page's language ("late by 12 s" is the one note it writes). */
    private static String detail(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        java.util.regex.Matcher late = java.util.regex.Pattern.compile("late by (\\d+) s").matcher(detail);
        return late.matches() ? FacesFeedback.text("plans.run.late", late.group(1)) : FacesFeedback.text("plans.run.failed");
    }

    private static String edge(String name) {
        return FacesFeedback.core("plan.edge." + name);
    }

    public void preview() {
        if (file != null && file.getSize() > 0) {
            content = file.getContent();
            fileName = file.getFileName();
        }
        if (content == null) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("plans.noFile"));
            return;
        }
        preview = plans.preview(year, content);
        importProblems = describe(preview.problems());
    }

    public void confirm() {
        if (preview == null || !preview.ok()) {
            FacesFeedback.error(null, FacesFeedback.text("import.previewFirst"));
            return;
        }
        try {
            AnnualPlan plan = plans.importPlan(year, title, authority, content, actor());
            FacesFeedback.info(FacesFeedback.text("plans.imported", plan.getYear()), fileName);
            preview = null;
            content = null;
            select(plan.getYear());
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void publish() {
        try {
            plans.publish(selectedYear, actor());
            FacesFeedback.info(FacesFeedback.text("plans.published", selectedYear), "");
            select(selectedYear);
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void create() {
        try {
            AnnualPlan plan = plans.createDraft(year, title, authority, actor());
            FacesFeedback.info(FacesFeedback.text("plans.created", plan.getYear()), plan.getTitle());
            select(plan.getYear());
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void removeExam(String code) {
        try {
            plans.removeExam(selectedYear, code, actor());
            FacesFeedback.info(FacesFeedback.text("plans.removed", code), "");
            select(selectedYear);
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void archive() {
        try {
            plans.archive(selectedYear, actor());
            FacesFeedback.info(FacesFeedback.text("plans.archivedDone", selectedYear), "");
            select(selectedYear);
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void change() {
        try {
            Exam exam = plans.plan(selectedYear).getExams().stream().filter(e -> e.getCode().equals(changeExam)).findFirst()
                    .orElseThrow(() -> new DomainException("no-such-exam", 404, "exam", "plan.noSuchExam"));
            String area = changeArea == null ? "" : changeArea.strip();
            Map<String, Instant> moments = new HashMap<>(exam.timeline(area).moments());
            Instant at = changeEdge == null ? null : WindowFormat.parse(changeEdge, changeValue);
            if (at == null || changeEdge == null) {
                FacesFeedback.error("change-form:value", FacesFeedback.core("plan.row.badMoment", String.valueOf(changeValue)));
                return;
            }
            moments.put(changeEdge, at);
            plans.reschedule(selectedYear, changeExam, area, Timeline.of(moments), changeReason, actor());
            FacesFeedback.info(FacesFeedback.text("plans.changed", changeExam), changeReason);
            changeValue = null;
            changeReason = null;
            select(selectedYear);
        } catch (DomainException e) {
            refused(e);
        }
    }

    private void refused(DomainException e) {
        Object problems = e.extensions().get("problems");
        if (problems instanceof List<?> list) {
            importProblems = describe(list.stream().filter(LocatedProblem.class::isInstance).map(PlanProblem.class::cast).toList());
        }
        FacesFeedback.refused(e, Map.of("reason", "change-form:reason", "area", "change-form:area", "year", "import-form:year",
                "title", "import-form:title", "authority", "import-form:authority"));
    }

    /** "第3行（资格名称）：…" / "Line 3 (Qualification): …": the field in words, never its column key. */
    private static List<String> describe(List<? extends LocatedProblem> problems) {
        Locale locale = FacesFeedback.locale();
        return problems.stream().map(p -> {
            String message = FacesFeedback.core(p.key(), p.args().toArray());
            String field = p.field() == null ? "" : PlanFields.label(p.field(), locale);
            if (p.line() <= 0) {
                return field.isEmpty() ? message : FacesFeedback.text("plans.problem.field", field, message);
            }
            return field.isEmpty() ? FacesFeedback.text("plans.problem.line", p.line(), message)
                    : FacesFeedback.text("plans.problem.lineField", p.line(), field, message);
        }).toList();
    }

    /** The preview's exam in words: "建造师 一级" with its sub-item, the catalogue entry and edition. */
    public String previewName(PlanPreview.ExamSummary x) {
        return x.catalogueName() + (x.subItem() == null || x.subItem().isBlank() ? "" : "（" + x.subItem() + "）");
    }

    /** A list of the preview (levels, areas) in words: "一级/二级", "北京市、上海市", or "—" when there is none. */
    public String words(List<String> items, String separator) {
        return items == null || items.isEmpty() ? "—" : String.join(separator, items);
    }

    /** The import help's table of columns, shown on request (it names the file's columns as they are written). */
    private boolean showColumns;

    public void toggleColumns() {
        showColumns = !showColumns;
    }

    public boolean isShowColumns() { return showColumns; }

    public String getArchiveBlocked() { return archiveBlocked; }
    public String getArchiveBlockedExams() { return archiveBlockedExams; }

    public List<Column> getColumns() {
        return COLUMN_HELP;
    }

    /** One column of the plan file as the import help explains it. */
    public record Column(String name, boolean required, String key) implements Serializable {
        public String getName() { return name; }
        public boolean isRequired() { return required; }
        public String getKey() { return key; }
    }

    private static final List<Column> COLUMN_HELP = List.of(new Column("exam_code", true, "plans.col.examCode"),
            new Column("qualification", true, "plans.col.qualification"), new Column("sub_item", false, "plans.col.subItem"),
            new Column("level", false, "plans.col.level"), new Column("subject_code", true, "plans.col.subjectCode"),
            new Column("subject_name", true, "plans.col.subjectName"), new Column("duration_min", false, "plans.col.duration"),
            new Column("full_marks", false, "plans.col.fullMarks"), new Column("pass_mark", false, "plans.col.passMark"),
            new Column("rolling_years", false, "plans.col.rolling"), new Column("fee", false, "plans.col.fee"),
            new Column("date", true, "plans.col.date"), new Column("start", true, "plans.col.start"),
            new Column("end", true, "plans.col.end"), new Column("mode", false, "plans.col.mode"),
            new Column("registration_opens … certificates_from", false, "plans.col.windows"),
            new Column("area", false, "plans.col.area"));

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public List<String> getEdges() {
        return Timeline.EDGES;
    }

    public String edgeLabel(String name) {
        return edge(name);
    }

    public boolean isDraft() {
        return selectedStatus == PlanStatus.DRAFT;
    }

    public boolean isArchived() {
        return selectedStatus == PlanStatus.ARCHIVED;
    }

    public boolean isPublished() {
        return selectedStatus == PlanStatus.PUBLISHED;
    }

    public Integer getSelectedYear() { return selectedYear; }
    public String getSelectedTitle() { return selectedTitle; }
    public PlanStatus getSelectedStatus() { return selectedStatus; }
    public List<ExamRow> getExams() { return exams; }
    public LazyDataModel<RunRow> getRuns() { return runs; }
    public List<ScheduledRow> getScheduled() { return scheduled; }
    public PlanPreview getPreview() { return preview; }
    public List<String> getImportProblems() { return importProblems; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getFileName() { return fileName; }
    public String getChangeExam() { return changeExam; }
    public void setChangeExam(String changeExam) { this.changeExam = changeExam; }
    public String getChangeEdge() { return changeEdge; }
    public void setChangeEdge(String changeEdge) { this.changeEdge = changeEdge; }
    public String getChangeValue() { return changeValue; }
    public void setChangeValue(String changeValue) { this.changeValue = changeValue; }
    public String getChangeReason() { return changeReason; }
    public String getChangeArea() { return changeArea; }
    public void setChangeArea(String changeArea) { this.changeArea = changeArea; }
    public void setChangeReason(String changeReason) { this.changeReason = changeReason; }
}
