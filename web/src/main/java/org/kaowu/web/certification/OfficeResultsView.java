package org.kaowu.web.certification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.kaowu.certification.Results;
import org.kaowu.certification.ScoreFile;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.LocatedProblem;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.kaowu.web.registration.CurrentAccount;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * office/results: an exam held, its score file (preview listing every problem, then all or nothing; after
 * publication with a reason), the pass marks (until publication), counts and the distribution as a chart per subject,
 * and the scores a page at a time with names and numbers masked.
 */
@Named
@ViewScoped
public class OfficeResultsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#f59e0b", "#a855f7", "#dc2626", "#0891b2"};

    @EJB
    private Results results;

    @Inject
    private CurrentAccount account;

    private List<Results.ExamChoice> exams = List.of();
    private Long exam;
    private Results.Summary summary;
    private List<Results.SubjectMark> marks = List.of();
    private final Map<String, BigDecimal> editedMarks = new HashMap<>();
    private String chart;
    private String subject;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private Results.Preview preview;
    private List<String> problems = List.of();
    private String reason;

    private final LazyDataModel<Results.ResultRow> rows = new PagedModel<>(
            page -> exam == null ? new org.kaowu.shared.Page<>(List.of(), 0) : results.results(exam, subject, page),
            Results.ResultRow::scoreId);

    @PostConstruct
    void init() {
        exams = results.exams();
        if (!exams.isEmpty()) {
            exam = exams.get(0).id();
        }
        show();
    }

    public void show() {
        preview = null;
        content = null;
        fileName = null;
        problems = List.of();
        if (exam == null) {
            summary = null;
            marks = List.of();
            chart = null;
            return;
        }
        summary = results.summary(exam);
        marks = results.passMarks(exam);
        editedMarks.clear();
        marks.forEach(m -> editedMarks.put(m.code(), m.mark()));
        chart = chart(summary);
    }

    /** One bar dataset per subject over ten bands of its full marks (scores of different scales side by side). */
    private static String chart(Results.Summary s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int i = 0; i < 10; i++) {
            labels.add(FacesFeedback.text("results.band", i * 10, i == 9 ? 100 : i * 10 + 9));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Results.SubjectSummary x : s.subjects()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int b : x.bands()) {
                data.add(b);
            }
            datasets.add(Json.createObjectBuilder().add("label", x.code() + " " + x.name()).add("data", data)
                    .add("backgroundColor", COLOURS[i++ % COLOURS.length]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                // The chart fills its box (320 px high at any width) and counts candidates in whole numbers.
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", FacesFeedback.text("results.chart.candidates"))))))
                .build().toString();
    }

    // ----- import -----

    public void previewFile() {
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > ScoreFile.MAX_BYTES) {
                FacesFeedback.error("import-form:file", FacesFeedback.core("results.file.tooLarge", ScoreFile.MAX_BYTES / 1024 / 1024));
                return;
            }
            content = file.getContent();
            fileName = file.getFileName();
        }
        if (content == null || exam == null) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("results.noFile"));
            return;
        }
        try {
            preview = results.preview(exam, content);
        } catch (DomainException e) {
            FacesFeedback.error("import-form:file", e.message(FacesFeedback.locale()));
            return;
        }
        problems = preview.problems().stream().map(p -> ((LocatedProblem) p).describe(FacesFeedback.locale())).toList();
        if (!preview.ok()) {
            FacesFeedback.error("import-form:file", FacesFeedback.core("results.invalid", preview.problems().size()));
        }
    }

    public void confirm() {
        if (preview == null || !preview.ok() || content == null) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("import.previewFirst"));
            return;
        }
        try {
            Results.Preview done = results.importFile(exam, content, reason, account.name());
            FacesFeedback.info(FacesFeedback.text("results.imported", done.added(), done.changed(), done.unchanged()), fileName);
            String keep = reason;
            show();
            reason = keep == null ? null : "";
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("reason", "import-form:reason", "file", "import-form:file",
                    "exam", "import-form:file"));
        }
    }

    public String getPreviewCounts() {
        return preview == null || !preview.ok() ? "" : FacesFeedback.text("results.preview.counts", preview.rows(),
                preview.added(), preview.changed(), preview.unchanged());
    }

    // ----- pass marks -----

    public void saveMark(String code) {
        try {
            results.setPassMark(exam, code, editedMarks.get(code), account.name());
            FacesFeedback.info(FacesFeedback.text("results.passMark.saved", code), "");
            summary = results.summary(exam);
            marks = results.passMarks(exam);
            chart = chart(summary);
        } catch (DomainException e) {
            FacesFeedback.error("marks-form:marks", e.message(FacesFeedback.locale()));
        }
    }

    // ----- words -----

    public String moment(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(org.kaowu.shared.AuthorityClock.ZONE).format(at);
    }

    public String plain(BigDecimal d) {
        return ResultWords.plain(d);
    }

    public String phase() {
        return summary == null ? "" : FacesFeedback.text("phase." + summary.phase().name());
    }

    public String outcome(Results.ResultRow r) {
        return ResultWords.outcome(r.voided(), r.absent(), r.passed());
    }

    public List<Results.ExamChoice> getExams() { return exams; }
    public Long getExam() { return exam; }
    public void setExam(Long exam) { this.exam = exam; }
    public Results.Summary getSummary() { return summary; }
    public List<Results.SubjectMark> getMarks() { return marks; }
    public Map<String, BigDecimal> getEditedMarks() { return editedMarks; }
    public String getChart() { return chart; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject == null || subject.isBlank() ? null : subject; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getFileName() { return fileName; }
    public Results.Preview getPreview() { return preview; }
    public List<String> getProblems() { return problems; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LazyDataModel<Results.ResultRow> getRows() { return rows; }
}
