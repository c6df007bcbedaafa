package org.kaowu.web.registration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.registration.Eligibility;
import org.kaowu.registration.OfficeRegistrations;
import org.kaowu.registration.Registration;
import org.kaowu.registration.Registrations;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The office's review queue for proof: the one page that shows a candidate's data in full. */
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

    /** The queue, a page at a time (oldest first unless sorted on a column). */
    private final LazyDataModel<Row> rows = new PagedModel<>(
            page -> office.reviewQueue(null, page).map(r -> row(r.registration(), r.candidate())), Row::id);
    private final Map<Long, String> notes = new HashMap<>();

    public record Document(long id, String name) implements Serializable {
        public long getId() { return id; }
        public String getName() { return name; }
    }

    public record Row(long id, String exam, String name, String idNumber, String birth, String mobile, String education,
                      String work, String eligibility, List<Document> documents) implements Serializable {
        public long getId() { return id; }
        public String getExam() { return exam; }
        public String getName() { return name; }
        public String getIdNumber() { return idNumber; }
        public String getBirth() { return birth; }
        public String getMobile() { return mobile; }
        public String getEducation() { return education; }
        public String getWork() { return work; }
        public String getEligibility() { return eligibility; }
        public List<Document> getDocuments() { return documents; }
    }

    private Row row(Registration r, OfficeRegistrations.Candidate p) {
        List<Document> docs = registrations.documentInfo(r.getId()).stream().map(d -> new Document(d.id(), d.fileName())).toList();
        return new Row(r.getId(), r.getPlanYear() + " · " + r.getExamCode() + " " + (r.getLevel() == null ? "" : r.getLevel()) + " · " + r.getArea(),
                p.realName(), p.idNumber(), p.birthDate() + " " + p.sex(), p.mobile(),
                Eligibility.education(p.education(), FacesFeedback.locale()) + " · " + p.school() + " · " + p.major()
                        + " · " + p.graduationDate(),
                p.work().stream().map(w -> w.employer() + "（" + w.field() + "，" + w.from() + "～" + (w.to() == null ? "" : w.to()) + "）")
                        .collect(Collectors.joining("；")),
                r.getEligibility(), docs);
    }

    public void decide(long id, String decision) {
        try {
            office.review(id, OfficeRegistrations.Decision.valueOf(decision), notes.get(id), account.name());
            FacesFeedback.info(FacesFeedback.text("review.done." + decision), "");
            notes.remove(id);
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public LazyDataModel<Row> getRows() { return rows; }
    public Map<Long, String> getNotes() { return notes; }
}
