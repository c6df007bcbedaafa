package org.kaowu.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.Timeline;
import org.kaowu.plan.TimelineRules;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One exam of a published plan: its catalogue entry, subjects, sessions and windows (national and per area). */
@Named
@ViewScoped
public class ExamDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualPlans plans;

    /** As typed in the address: anything not a published exam is answered with a 404, not a conversion message. */
    private String year;
    private String code;
    private boolean found;
    private String name;
    private String catalogue;
    private String phase;
    private List<String[]> windows = List.of();
    private List<String[]> subjects = List.of();
    private List<String[]> sessions = List.of();

    public void load() throws IOException {
        found = false;
        Exam exam = publishedExam();
        if (exam == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such published exam");
            faces.responseComplete();
            return;
        }
        found = true;
        name = exam.getCatalogueName() + (exam.getSubItem() == null ? "" : "（" + exam.getSubItem() + "）")
                + (exam.getLevels().isEmpty() ? "" : " " + String.join("/", exam.getLevels()));
        catalogue = exam.getCatalogueCode() + " · " + exam.getCatalogueEdition();
        phase = exam.getPhase().name();
        List<String[]> w = new ArrayList<>();
        exam.timeline().moments().forEach((edge, at) -> w.add(new String[]{
                FacesFeedback.core("plan.edge." + edge), TimelineRules.shown(at), ""}));
        exam.areaTimelines().forEach((area, t) -> diff(exam.timeline(), t).forEach(d -> w.add(new String[]{d[0], d[1], area})));
        windows = w;
        subjects = exam.subjectData().stream().map(s -> new String[]{s.level() == null ? "" : s.level(), s.code(), s.name(),
                String.valueOf(s.durationMinutes()), s.fullMarks() == null ? "" : s.fullMarks().toPlainString(),
                s.passMark() == null ? "" : s.passMark().toPlainString(),
                s.rollingYears() == null ? "" : String.valueOf(s.rollingYears())}).toList();
        sessions = exam.sessionData().stream().map(s -> new String[]{s.date().toString(), s.start() + "–" + s.end(),
                s.subjectCode(), s.level() == null ? "" : s.level(), s.mode().name()}).toList();
    }

    /** The exam of a published (or archived) plan that the parameters name, or null. */
    private Exam publishedExam() {
        if (year == null || !year.matches("\\d{4}") || code == null || code.isBlank()) {
            return null;
        }
        try {
            AnnualPlan plan = plans.plan(Integer.parseInt(year));
            if (plan.getStatus() == PlanStatus.DRAFT) {
                return null;
            }
            return plan.getExams().stream().filter(e -> e.getCode().equals(code)).findFirst().orElse(null);
        } catch (DomainException e) {
            return null;
        }
    }

    private static List<String[]> diff(Timeline national, Timeline area) {
        List<String[]> out = new ArrayList<>();
        area.moments().forEach((edge, at) -> {
            if (!at.equals(national.moments().get(edge))) {
                out.add(new String[]{FacesFeedback.core("plan.edge." + edge), TimelineRules.shown(at)});
            }
        });
        return out;
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isFound() { return found; }
    public String getName() { return name; }
    public String getCatalogue() { return catalogue; }
    public String getPhase() { return phase; }
    public List<String[]> getWindows() { return windows; }
    public List<String[]> getSubjects() { return subjects; }
    public List<String[]> getSessions() { return sessions; }
}
