package org.kaowu.web.certification;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.kaowu.certification.Listings;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * public/passed: the lists of those who passed (公示) open now, for anyone: choose an exam, read its entries (name and
 * ID number masked), and lodge an objection against one (name, contact, grounds). A listing not open says so and shows
 * nobody.
 */
@Named
@ViewScoped
public class PublicListingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "objection-form:objector-name",
            "contact", "objection-form:objector-contact", "grounds", "objection-form:grounds");

    @EJB
    private Listings listings;

    private Long exam;
    private Long entry;
    private String notOpen;
    private List<Listings.ListingSummary> open;
    private String name;
    private String contact;
    private String grounds;
    private Listings.Lodged lodged;

    private final LazyDataModel<Listings.PublicEntry> entries = new PagedModel<>(this::page, Listings.PublicEntry::id);

    private Page<Listings.PublicEntry> page(org.kaowu.shared.PageRequest request) {
        if (getExam() == null || notOpen != null) {
            return new Page<>(List.of(), 0);
        }
        try {
            return listings.publicEntries(exam, request);
        } catch (DomainException e) {
            notOpen = e.message(FacesFeedback.locale());
            return new Page<>(List.of(), 0);
        }
    }

    /** On load: the open listings; the chosen exam's state (a listing not open is named as such). */
    public void load() {
        open = listings.open();
        if (exam == null && open.size() == 1) {
            exam = open.get(0).examId();
        }
        if (exam != null) {
            try {
                listings.publicEntries(exam, org.kaowu.shared.PageRequest.of(0, 1));
            } catch (DomainException e) {
                notOpen = e.message(FacesFeedback.locale());
            }
        }
    }

    public void lodge() {
        if (getEntry() == null) {
            return;
        }
        HttpServletRequest http = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            lodged = listings.lodge(entry, name, contact, grounds, http.getRemoteAddr());
            name = null;
            contact = null;
            grounds = null;
            FacesFeedback.info(FacesFeedback.text("listing.objection.lodged", lodged.id()), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    public String examTitle() {
        return getExam() == null ? "" : getOpen().stream().filter(s -> s.examId() == exam).findFirst()
                .map(Listings.ListingSummary::exam).orElse("");
    }

    public String lastDay() {
        return getExam() == null ? "" : getOpen().stream().filter(s -> s.examId() == exam).findFirst()
                .map(s -> s.lastDay().toString()).orElse("");
    }

    /**
     * The exam and the entry come from the address (view parameters) and, on the objection form's postback, from the
     * form's own hidden fields: the form is found again even when the postback does not carry the view's parameters.
     */
    private static Long param(String name) {
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public LazyDataModel<Listings.PublicEntry> getEntries() { return entries; }
    public List<Listings.ListingSummary> getOpen() {
        if (open == null) {
            open = listings.open();
        }
        return open;
    }
    public Long getExam() {
        if (exam == null) {
            exam = param("exam");
        }
        return exam;
    }
    public void setExam(Long exam) { this.exam = exam; }
    public Long getEntry() {
        if (entry == null) {
            entry = param("entry");
        }
        return entry;
    }
    public void setEntry(Long entry) { this.entry = entry; }
    public String getNotOpen() { return notOpen; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public Listings.Lodged getLodged() { return lodged; }
}
