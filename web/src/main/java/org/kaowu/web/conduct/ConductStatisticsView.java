package org.kaowu.web.conduct;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.kaowu.conduct.IncidentReports;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * office/conduct-statistics: confirmed incident reports by article, exam, area and site, filtered by year, exam and
 * area; a bar chart per dimension (Chart.js config as the registration statistics draw theirs); the same as CSV.
 */
@Named
@ViewScoped
public class ConductStatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IncidentReports reports;

    private Integer year;
    private Long exam;
    private String area;
    private List<IncidentReports.Count> counts = List.of();
    private String chart;
    private List<IncidentReports.Count> exams = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        if (year != null && (year < 2000 || year > 2100)) {
            FacesFeedback.error("stats-form:year", FacesFeedback.text("conductStats.year.range"));
            return;
        }
        String a = area == null || area.isBlank() ? null : area.trim();
        counts = new ArrayList<>(reports.statistics(year, exam, a, FacesFeedback.locale()));
        exams = exam == null ? of("exam") : reports.statistics(year, null, a, FacesFeedback.locale()).stream()
                .filter(c -> c.dimension().equals("exam")).toList();
        chart = chart("article");
    }

    public List<IncidentReports.Count> of(String dimension) {
        return counts.stream().filter(c -> c.dimension().equals(dimension)).toList();
    }

    /** A bar chart of one dimension: one bar per group. */
    private String chart(String dimension) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (IncidentReports.Count c : of(dimension)) {
            labels.add(c.label());
            data.add(c.count());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", FacesFeedback.text("conductStats.count")).add("data", data)
                                .add("backgroundColor", "#dc2626"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    public String getCsvQuery() {
        StringBuilder q = new StringBuilder();
        if (year != null) {
            q.append("year=").append(year);
        }
        if (exam != null) {
            q.append(q.isEmpty() ? "" : "&").append("exam=").append(exam);
        }
        if (area != null && !area.isBlank()) {
            q.append(q.isEmpty() ? "" : "&").append("area=")
                    .append(java.net.URLEncoder.encode(area.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getExam() { return exam; }
    public void setExam(Long exam) { this.exam = exam; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public List<IncidentReports.Count> getCounts() { return counts; }
    public String getChart() { return chart; }
    /** The exams with confirmed reports (in the year and area chosen): the exam filter's choices. */
    public List<IncidentReports.Count> getExams() { return exams; }
}
