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
import org.kaowu.plan.PlanFile;
import org.kaowu.plan.PlanPreview;
import org.kaowu.plan.PlanProblem;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.Timeline;
import org.kaowu.plan.TimelineRules;
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
            TimelineRules.shown(r.getScheduledFor()), TimelineRules.shown(r.getFiredAt()), r.getOutcome().name(),
            r.getPhaseAfter() == null ? "" : r.getPhaseAfter().name(), r.getDetail() == null ? "" : r.getDetail())), RunRow::id);
    private List<ScheduledRow> scheduled = List.of();

    private String changeExam;
    private String changeEdge;
    private String changeValue;
    private String changeReason;
    private String changeArea;

    public record ExamRow(String code, String name, String levels, String phase, String registration, String examDays,
                          int sessions, String areas) implements Serializable {
        /** One exam as the office's table and the public calendar list it. */
        static ExamRow of(Exam e) {
            Timeline t = e.timeline();
            String levels = String.join("/", e.getLevels());
            return new ExamRow(e.getCode(), e.getCatalogueName() + (e.getSubItem() == null ? "" : "（" + e.getSubItem() + "）")
                    + (levels.isEmpty() ? "" : " " + levels), levels, e.getPhase().name(),
                    TimelineRules.shown(t.registrationOpens()) + " ～ " + TimelineRules.shown(t.registrationCloses()),
                    TimelineRules.shown(t.examStart()) + " ～ " + TimelineRules.shown(t.examEnd()),
                    e.sessionData().size(), String.join("、", e.areaTimelines().keySet()));
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
                .map(d -> new ScheduledRow(d.exam(), edge(d.edge()), TimelineRules.shown(d.at()))).toList();
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
            Instant at = changeValue == null ? null : PlanFile.moment(changeValue, Timeline.CLOSING.contains(changeEdge));
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

    private static List<String> describe(List<? extends LocatedProblem> problems) {
        return problems.stream().map(p -> p.describe(FacesFeedback.locale())).toList();
    }

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
