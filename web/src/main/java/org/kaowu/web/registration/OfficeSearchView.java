package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.registration.Eligibility;
import org.kaowu.registration.OfficeRegistrations;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.registration.Registrations;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The office's search over registrations and their candidates: by name, identity number (shown masked), payment
 * reference or registration number, narrowed by year, exam and status; a page at a time from the database, sortable,
 * each registration opening its details (the candidate masked unless the proof is under review).
 */
@Named
@ViewScoped
public class OfficeSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficeRegistrations office;

    @EJB
    private Registrations registrations;

    private String text;
    private Integer year;
    private String exam;
    private String status;
    /** The criteria of the last search (the table pages and sorts on these, not on what is typed since). */
    private OfficeRegistrations.SearchCriteria criteria = new OfficeRegistrations.SearchCriteria(null, null, null, null);
    private final LazyDataModel<Found> results = new PagedModel<>(page -> office.search(criteria, page).map(Found::of), Found::id);
    private List<SelectItem> exams = List.of();
    private Details details;

    /** A registration as the results list it: the candidate masked, dates and codes in the page's language. */
    public record Found(long id, int year, String examCode, String level, String area, String name, String idNumber,
                        String paymentRef, String path, String status, String payment, String createdAt) implements Serializable {
        static Found of(OfficeRegistrations.Found f) {
            return new Found(f.id(), f.year(), f.examCode(), f.level() == null ? "" : f.level(), f.area(), f.name(),
                    f.idNumber(), f.paymentRef(), f.getPath(), f.getStatus(), f.getPayment(), OfficeFormat.moment(f.createdAt()));
        }
        public long getId() { return id; }
        public int getYear() { return year; }
        public String getExamCode() { return examCode; }
        public String getLevel() { return level; }
        public String getArea() { return area; }
        public String getName() { return name; }
        public String getIdNumber() { return idNumber; }
        public String getPaymentRef() { return paymentRef; }
        public String getPath() { return path; }
        public String getStatus() { return status; }
        public String getPayment() { return payment; }
        public String getCreatedAt() { return createdAt; }
    }

    /** One label and value of a registration's details. */
    public record Detail(String label, String value) implements Serializable {
        public String getLabel() { return label; }
        public String getValue() { return value; }
    }

    public record Details(long id, String title, String status, List<Detail> registration, List<Detail> candidate,
                          boolean masked) implements Serializable {
        public long getId() { return id; }
        public String getTitle() { return title; }
        public String getStatus() { return status; }
        public List<Detail> getRegistration() { return registration; }
        public List<Detail> getCandidate() { return candidate; }
        public boolean isMasked() { return masked; }
    }

    @PostConstruct
    void init() {
        Set<String> seen = new LinkedHashSet<>();
        List<SelectItem> items = new ArrayList<>();
        registrations.publishedExams().forEach(e -> {
            String value = e.getPlan().getYear() + ":" + e.getCode();
            if (seen.add(value)) {
                items.add(new SelectItem(value, e.getPlan().getYear() + " · " + e.getCode() + " · " + e.getCatalogueName()));
            }
        });
        exams = items;
    }

    public void search() {
        Integer y = year;
        String code = null;
        if (exam != null && exam.contains(":")) {
            y = Integer.valueOf(exam.substring(0, exam.indexOf(':')));
            code = exam.substring(exam.indexOf(':') + 1);
            if (year != null && !year.equals(y)) {
                FacesFeedback.error("search-form:year", FacesFeedback.text("officeSearch.yearMismatch", year, y));
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        criteria = new OfficeRegistrations.SearchCriteria(text == null || text.isBlank() ? null : text.strip(), y, code,
                status == null || status.isBlank() ? null : RegistrationStatus.valueOf(status));
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("results-form:results");
        if (table instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public void clear() {
        text = null;
        year = null;
        exam = null;
        status = null;
        search();
    }

    /** Opens a registration's details. */
    public void open(long id) {
        try {
            OfficeRegistrations.Row row = office.registrationRow(id);
            Registration r = row.registration();
            OfficeRegistrations.Candidate c = row.candidate();
            var locale = FacesFeedback.locale();
            List<Detail> reg = new ArrayList<>();
            reg.add(new Detail(FacesFeedback.text("plans.exam"), r.getPlanYear() + " · " + r.getExamCode() + " "
                    + (r.getLevel() == null ? "" : r.getLevel())));
            reg.add(new Detail(FacesFeedback.text("register.area"), r.getArea()));
            reg.add(new Detail(FacesFeedback.text("officeSearch.subjects"), String.join(" / ", r.getSubjects())));
            reg.add(new Detail(FacesFeedback.text("register.path"), FacesFeedback.text("officeSearch.path." + r.getPath().name())));
            reg.add(new Detail(FacesFeedback.text("myRegistrations.status"), FacesFeedback.text("registration.status." + r.getStatus().name())));
            reg.add(new Detail(FacesFeedback.text("myRegistrations.fee"), r.getFee().toPlainString()));
            reg.add(new Detail(FacesFeedback.text("officeSearch.paymentColumn"), FacesFeedback.text("officeSearch.payment." + r.getPayment().name())
                    + (r.getPaidAt() == null ? "" : " · " + OfficeFormat.moment(r.getPaidAt()))));
            reg.add(new Detail(FacesFeedback.text("myRegistrations.paymentRef"), r.getPaymentRef()));
            reg.add(new Detail(FacesFeedback.text("officeSearch.created"), OfficeFormat.moment(r.getCreatedAt())));
            if (r.getSignedAt() != null) {
                reg.add(new Detail(FacesFeedback.text("verification.facts.signed"), OfficeFormat.moment(r.getSignedAt())));
            }
            reg.add(new Detail(FacesFeedback.text("verification.facts.major"), Eligibility.major(r.getMajorRelation(), locale)));
            reg.add(new Detail(FacesFeedback.text("verification.facts.years"), FacesFeedback.text("verification.facts.yearsValue",
                    r.getTotalYears().toPlainString(), r.getFieldYears().toPlainString())));
            if (r.getExemption() != null) {
                reg.add(new Detail(FacesFeedback.text("verification.facts.exemption"), r.getExemption()));
            }
            if (r.getReviewedAt() != null) {
                reg.add(new Detail(FacesFeedback.text("officeSearch.reviewed"), OfficeFormat.moment(r.getReviewedAt())
                        + (r.getReviewNote() == null ? "" : " · " + r.getReviewNote())));
            }
            if (r.getVoidedAt() != null) {
                reg.add(new Detail(FacesFeedback.text("officeSearch.voided"), OfficeFormat.moment(r.getVoidedAt())));
            }
            List<Detail> cand = new ArrayList<>();
            cand.add(new Detail(FacesFeedback.text("profile.realName"), c.realName()));
            cand.add(new Detail(FacesFeedback.text("profile.idNumber"), c.idNumber()));
            cand.add(new Detail(FacesFeedback.text("profile.mobile"), c.mobile() == null ? "" : c.mobile()));
            cand.add(new Detail(FacesFeedback.text("profile.education"), Eligibility.education(c.education(), locale)
                    + " · " + c.school() + " · " + c.major() + " · " + OfficeFormat.day(c.graduationDate())));
            cand.add(new Detail(FacesFeedback.text("profile.work"), OfficeFormat.work(c.work())));
            details = new Details(r.getId(), FacesFeedback.text("officeSearch.details.title", r.getId()), r.getStatus().name(),
                    reg, cand, c.masked());
        } catch (DomainException e) {
            details = null;
            FacesFeedback.error(null, e.message(FacesFeedback.locale()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public RegistrationStatus[] getStatuses() { return RegistrationStatus.values(); }
    public List<SelectItem> getExams() { return exams; }
    public LazyDataModel<Found> getResults() { return results; }
    public Details getDetails() { return details; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getExam() { return exam; }
    public void setExam(String exam) { this.exam = exam; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
