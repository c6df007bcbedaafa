package org.kaowu.web.certification;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.certification.ListingRules;
import org.kaowu.certification.Listings;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.kaowu.web.registration.CurrentAccount;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * office/listing: the exam's public listing (公示): its period (set before it opens), the entries (masked) with each
 * one's clearance, and the objections (the objector's name and contact: this page only), each resolved UPHELD or
 * DISMISSED with a reason (audited).
 */
@Named
@ViewScoped
public class OfficeListingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> PERIOD = Map.of("first", "period-form:first", "last", "period-form:last");
    private static final Map<String, String> RESOLUTION = Map.of("outcome", "resolve-form:outcome",
            "reason", "resolve-form:reason", "objection", "resolve-form:objection");

    @EJB
    private Listings listings;

    @Inject
    private CurrentAccount account;

    private List<Listings.ListingSummary> all;
    private Long exam;
    private Listings.ListingSummary summary;
    private List<Listings.ObjectionRow> objections = List.of();
    private LocalDate first;
    private LocalDate last;
    private Long objection;
    private ListingRules.ObjectionStatus outcome;
    private String reason;

    private final LazyDataModel<Listings.OfficeEntry> entries = new PagedModel<>(
            page -> exam == null ? new Page<>(List.of(), 0) : listings.officeEntries(exam, page), Listings.OfficeEntry::id);

    public void load() {
        all = listings.all();
        if (exam == null && !all.isEmpty()) {
            exam = all.get(0).examId();
        }
        choose();
    }

    public void choose() {
        summary = null;
        objections = List.of();
        if (exam == null) {
            return;
        }
        try {
            summary = listings.summary(exam);
            objections = listings.objections(exam);
            first = LocalDate.ofInstant(summary.opensAt(), org.kaowu.shared.AuthorityClock.ZONE);
            last = summary.lastDay();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public void schedule() {
        try {
            summary = listings.schedule(exam, first, last, account.name());
            FacesFeedback.info(FacesFeedback.text("officeListing.scheduled"), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, PERIOD);
        }
    }

    public void resolve() {
        try {
            if (objection == null) {
                throw DomainException.unprocessable("invalid-resolution", "objection", "listing.noSuchObjection");
            }
            listings.resolve(objection, outcome, reason, account.name());
            FacesFeedback.info(FacesFeedback.text("officeListing.resolved." + outcome.name()), "");
            objection = null;
            outcome = null;
            reason = null;
            choose();
        } catch (DomainException e) {
            FacesFeedback.refused(e, RESOLUTION);
        }
    }

    public List<Listings.ObjectionRow> getOpenObjections() {
        return objections.stream().filter(o -> o.status() == ListingRules.ObjectionStatus.OPEN).toList();
    }

    public String clearance(Listings.OfficeEntry e) {
        return e.clearance().explain(FacesFeedback.locale());
    }

    public boolean isSchedulable() {
        return summary != null && summary.phase() == ListingRules.Phase.NOT_OPEN;
    }

    public String phase() {
        return summary == null ? "" : FacesFeedback.text("officeListing.phase." + summary.phase().name());
    }

    public ListingRules.ObjectionStatus[] getOutcomes() {
        return new ListingRules.ObjectionStatus[]{ListingRules.ObjectionStatus.UPHELD, ListingRules.ObjectionStatus.DISMISSED};
    }

    public String status(ListingRules.ObjectionStatus s) {
        return FacesFeedback.text("officeListing.status." + s.name());
    }

    public List<Listings.ListingSummary> getAll() { return all; }
    public Long getExam() { return exam; }
    public void setExam(Long exam) { this.exam = exam; }
    public Listings.ListingSummary getSummary() { return summary; }
    public List<Listings.ObjectionRow> getObjections() { return objections; }
    public LazyDataModel<Listings.OfficeEntry> getEntries() { return entries; }
    public LocalDate getFirst() { return first; }
    public void setFirst(LocalDate first) { this.first = first; }
    public LocalDate getLast() { return last; }
    public void setLast(LocalDate last) { this.last = last; }
    public Long getObjection() { return objection; }
    public void setObjection(Long objection) { this.objection = objection; }
    public ListingRules.ObjectionStatus getOutcome() { return outcome; }
    public void setOutcome(ListingRules.ObjectionStatus outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
