package org.kaowu.web.registration;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.registration.Eligibility;
import org.kaowu.registration.OfficeRegistrations;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.registration.Registrations;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office's review queue for proof: the one page that shows a candidate's data in full. Proof the office asked more
 * for stays in the list, marked as waiting for the candidate, until the candidate adds documents. A decision refused
 * for its note is said beside that row's note, and the row is marked.
 */
@Named
@ViewScoped
public class OfficeReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficeRegistrations office;

    @EJB
    private Registrations registrations;

    @Inject
    private CurrentAccount account;

    /** One registration to show alone (the search's link), or null for the whole queue. */
    private Long only;
    /** The queue, a page at a time (oldest first unless sorted on a column), with what waits for the candidate. */
    private final LazyDataModel<Row> rows = new PagedModel<>(
            page -> office.reviewQueue(null, only, true, page).map(r -> row(r.registration(), r.candidate())), Row::id);
    private final Map<Long, String> notes = new HashMap<>();
    /** Rows whose last decision was refused: marked until a decision on them is taken. */
    private final Set<Long> refused = new HashSet<>();

    public record Document(long id, String name) implements Serializable {
        public long getId() { return id; }
        public String getName() { return name; }
    }

    public record Row(long id, String exam, String name, String idNumber, String birth, String mobile, String education,
                      String work, String declared, String eligibility, String status, String requested,
                      List<Document> documents) implements Serializable {
        public long getId() { return id; }
        public String getExam() { return exam; }
        public String getName() { return name; }
        public String getIdNumber() { return idNumber; }
        public String getBirth() { return birth; }
        public String getMobile() { return mobile; }
        public String getEducation() { return education; }
        public String getWork() { return work; }
        public String getDeclared() { return declared; }
        public String getEligibility() { return eligibility; }
        public String getStatus() { return status; }
        /** What the office asked for, while waiting for the candidate. */
        public String getRequested() { return requested; }
        public boolean isWaiting() { return RegistrationStatus.MORE_REQUESTED.name().equals(status); }
        public List<Document> getDocuments() { return documents; }
    }

    private Row row(Registration r, OfficeRegistrations.Candidate p) {
        List<Document> docs = registrations.documentInfo(r.getId()).stream().map(d -> new Document(d.id(), d.fileName())).toList();
        var locale = FacesFeedback.locale();
        String sex = p.sex() == null ? "" : FacesFeedback.text("office.sex." + p.sex());
        return new Row(r.getId(), r.getPlanYear() + " · " + r.getExamCode() + " " + (r.getLevel() == null ? "" : r.getLevel()) + " · " + r.getArea(),
                p.realName(), p.idNumber(), OfficeFormat.day(p.birthDate()) + " " + sex, p.mobile(),
                Eligibility.education(p.education(), locale) + " · " + p.school() + " · " + p.major()
                        + " · " + OfficeFormat.day(p.graduationDate()),
                OfficeFormat.work(p.work()),
                FacesFeedback.text("office.declared", Eligibility.major(r.getMajorRelation(), locale),
                        r.getTotalYears().toPlainString(), r.getFieldYears().toPlainString()),
                OfficeFormat.english() ? "" : r.getEligibility(), r.getStatus().name(),
                r.getStatus() == RegistrationStatus.MORE_REQUESTED && r.getReviewNote() != null ? r.getReviewNote() : "", docs);
    }

    public void decide(long id, String decision) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // The action runs inside the row it was clicked in: that row's note is where a refusal about the note goes.
        UIData table = (UIData) faces.getViewRoot().findComponent("review-form:queue");
        String noteId = table == null || table.getRowIndex() < 0 ? null
                : table.getClientId(faces) + ":" + table.getRowIndex() + ":note";
        try {
            office.review(id, OfficeRegistrations.Decision.valueOf(decision), notes.get(id), account.name());
            FacesFeedback.info(FacesFeedback.text("review.done." + decision), "");
            notes.remove(id);
            refused.remove(id);
        } catch (DomainException e) {
            refused.add(id);
            var locale = FacesFeedback.locale();
            String clientId = "note".equals(e.field()) ? noteId : null;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale), e.message(locale)));
            faces.validationFailed();
        }
    }

    public boolean refused(long id) {
        return refused.contains(id);
    }

    public LazyDataModel<Row> getRows() { return rows; }
    public Long getOnly() { return only; }
    public String getOnlyText() { return only == null ? "" : only.toString(); }
    public void setOnly(Long only) { this.only = only; }
    public Map<Long, String> getNotes() { return notes; }
}
