package org.kaowu.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.Timeline;
import jakarta.faces.context.FacesContext;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.web.FacesFeedback;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The public exam calendar of a published plan: sessions and registration windows on a calendar, and the exams. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualPlans plans;

    private Integer year;
    private String title;
    private LocalDate initialDate;
    private ScheduleModel model = new DefaultScheduleModel();
    private List<OfficePlansView.ExamRow> exams = List.of();
    private List<Integer> years = List.of();

    @PostConstruct
    void init() {
        List<AnnualPlan> published = plans.all().stream().filter(p -> p.getStatus() != PlanStatus.DRAFT).toList();
        years = published.stream().map(AnnualPlan::getYear).toList();
        int thisYear = clock.today().getYear();
        year = years.contains(thisYear) ? Integer.valueOf(thisYear) : years.isEmpty() ? null : years.get(0);
        load();
    }

    public void load() {
        model = new DefaultScheduleModel();
        exams = List.of();
        title = null;
        if (year == null || !years.contains(year)) {
            return;
        }
        AnnualPlan plan = plans.plan(year);
        title = plan.getTitle();
        List<OfficePlansView.ExamRow> rows = new ArrayList<>();
        LocalDate first = null;
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        for (Exam e : plan.getExams()) {
            String name = e.title(null);
            Timeline t = e.timeline();
            // Clicking an event opens the exam's page.
            String url = base + "/public/exam?year=" + year + "&code=" + URLEncoder.encode(e.getCode(), StandardCharsets.UTF_8);
            // Times are Beijing wall-clock times, given and shown as UTC on both sides ("UTC coercion"): the browser's
            // own zone never moves a 09:00 session (the schedule has no named-zone support).
            model.addEvent(DefaultScheduleEvent.builder().title(FacesFeedback.text("calendar.event.registration", name))
                    .startDate(LocalDateTime.ofInstant(t.registrationOpens(), AuthorityClock.ZONE))
                    .endDate(LocalDateTime.ofInstant(t.registrationCloses(), AuthorityClock.ZONE))
                    .allDay(true).url(url).styleClass("kw-event-registration").build());
            Map<String, String> subjectNames = new HashMap<>();
            e.subjectData().forEach(s -> subjectNames.put(s.level() + "/" + s.code(), s.name()));
            for (var s : e.sessionData()) {
                String subject = subjectNames.getOrDefault(s.level() + "/" + s.subjectCode(), s.subjectCode());
                model.addEvent(DefaultScheduleEvent.builder()
                        .title(FacesFeedback.text("calendar.event.session", e.title(s.level()), subject))
                        .startDate(s.date().atTime(s.start())).endDate(s.date().atTime(s.end()))
                        .url(url).styleClass("kw-event-session").build());
                first = first == null || s.date().isBefore(first) ? s.date() : first;
            }
            rows.add(OfficePlansView.ExamRow.of(e));
        }
        exams = rows;
        initialDate = first;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public String getTitle() { return title; }
    public LocalDate getInitialDate() { return initialDate; }
    public ScheduleModel getModel() { return model; }
    public List<OfficePlansView.ExamRow> getExams() { return exams; }
}
