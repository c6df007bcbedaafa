package org.kaowu.web.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.api.Downloads;
import org.kaowu.registration.Areas;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.scheduling.documents.RoomDocuments;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The office's room documents (office/documents): choose an exam and area; each site and exam day of the current seats
 * is listed with its rooms and candidates, and downloads as one PDF (site summary, door lists, sign-in sheets with
 * photos and seat plans).
 */
@Named
@ViewScoped
public class RoomDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("exam", "documents-form:exam", "area", "documents-form:area");

    @EJB
    private SeatAllocator allocator;

    @EJB
    private RoomDocuments documents;

    @EJB
    private org.kaowu.scheduling.documents.DocumentBatches batches;

    private List<SeatAllocator.ExamChoice> exams = List.of();
    private Long exam;
    private String area;
    private List<Row> sites = List.of();

    public record Row(long siteId, String siteCode, String siteName, String day, long rooms, long candidates)
            implements Serializable {
        public long getSiteId() { return siteId; }
        public String getSiteCode() { return siteCode; }
        public String getSiteName() { return siteName; }
        public String getDay() { return day; }
        public long getRooms() { return rooms; }
        public long getCandidates() { return candidates; }
    }

    @PostConstruct
    void load() {
        exams = allocator.exams();
        area = Areas.ALL.get(0);
    }

    public void choose() {
        sites = List.of();
        if (exam == null) {
            return;
        }
        try {
            sites = documents.sites(exam, area).stream().map(s -> new Row(s.siteId(), s.siteCode(), s.siteName(),
                    s.day().toString(), s.rooms(), s.candidates())).toList();
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    /** The latest batch of the chosen exam and area (null: none on this node). */
    public org.kaowu.scheduling.documents.DocumentBatches.Batch getBatch() {
        return exam == null ? null : batches.latest(exam, area).orElse(null);
    }

    public boolean isBatchRunning() {
        var b = getBatch();
        return b != null && b.getState() == org.kaowu.scheduling.documents.DocumentBatches.State.RUNNING;
    }

    public void startBatch() {
        if (exam == null) {
            FacesFeedback.error(FacesContext.getCurrentInstance().getViewRoot().findComponent(FIELDS.get("exam"))
                    .getClientId(), FacesFeedback.text("roomDocuments.exam.required"));
            return;
        }
        try {
            batches.start(exam, area, FacesFeedback.locale(),
                    FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    public void downloadBatch() {
        var b = getBatch();
        byte[] zip;
        try {
            zip = batches.zip(b == null ? "" : b.getId());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
            return;
        }
        send("application/zip", Downloads.attachment(FacesFeedback.text("roomDocuments.zipName", area), ".zip",
                "room-documents.zip"), zip);
    }

    public void download(long siteId, String day) {
        FacesContext faces = FacesContext.getCurrentInstance();
        RoomDocuments.Pdf pdf;
        try {
            pdf = documents.site(exam == null ? -1 : exam, area, siteId, LocalDate.parse(day), FacesFeedback.locale(),
                    faces.getExternalContext().getUserPrincipal().getName());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
            return;
        }
        send("application/pdf", Downloads.attachment(pdf.fileName(), ".pdf", "documents.pdf"), pdf.pdf());
    }

    private static void send(String type, String disposition, byte[] body) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(type);
        ext.setResponseContentLength(body.length);
        ext.setResponseHeader("Content-Disposition", disposition);
        ext.setResponseHeader("Cache-Control", "no-store");
        try {
            ext.getResponseOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public List<SeatAllocator.ExamChoice> getExams() { return exams; }
    public List<String> getAreas() { return Areas.ALL; }
    public Long getExam() { return exam; }
    public void setExam(Long exam) { this.exam = exam; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public List<Row> getSites() { return sites; }
}
