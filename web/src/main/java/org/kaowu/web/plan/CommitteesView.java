package org.kaowu.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.plan.AnnualSession;
import org.kaowu.plan.ReviewCommittee;
import org.kaowu.plan.ReviewCommittees;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The office's register of title-review committees and this year's planned sessions, late ones flagged. */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewCommittees committees;

    private int year;
    private List<Row> rows = List.of();
    private List<ReviewCommittee> all = List.of();

    private String name;
    private String series;
    private ReviewCommittee.Grade grade = ReviewCommittee.Grade.SENIOR;
    private String organiser;
    private ReviewCommittee.Jurisdiction jurisdiction = ReviewCommittee.Jurisdiction.CITY;

    private Long committeeId;
    private LocalDate plannedFrom;
    private LocalDate plannedTo;
    private String note;

    public record Row(String committee, String grade, String jurisdiction, String from, String to, boolean late, String note)
            implements Serializable {
        public String getCommittee() { return committee; }
        public String getGrade() { return grade; }
        public String getJurisdiction() { return jurisdiction; }
        public String getFrom() { return from; }
        public String getTo() { return to; }
        public boolean isLate() { return late; }
        public String getNote() { return note; }
    }

    @PostConstruct
    void load() {
        year = clock.today().getYear();
        all = committees.all();
        rows = committees.sessions(year).stream().map((AnnualSession s) -> new Row(s.getCommittee().getName(),
                s.getCommittee().getGrade().name(), s.getCommittee().getJurisdiction().name(), s.getPlannedFrom().toString(),
                s.getPlannedTo().toString(), s.late(), s.getNote() == null ? "" : s.getNote())).toList();
    }

    public void register() {
        try {
            committees.register(name, series, grade, organiser, jurisdiction, actor());
            FacesFeedback.info(FacesFeedback.text("committees.registered"), name);
            name = null;
            series = null;
            organiser = null;
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("name", "committee-form:name", "series", "committee-form:series",
                    "organiser", "committee-form:organiser"));
        }
    }

    public void plan() {
        try {
            AnnualSession s = committees.planSession(committeeId == null ? -1 : committeeId, year, plannedFrom, plannedTo,
                    note, actor());
            if (s.late()) {
                FacesFeedback.warn(FacesFeedback.core("committee.late"));
            } else {
                FacesFeedback.info(FacesFeedback.text("committees.planned"), s.getCommittee().getName());
            }
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("committee", "meeting-form:committee", "plannedFrom", "meeting-form:from",
                    "plannedTo", "meeting-form:to", "note", "meeting-form:note"));
        }
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public ReviewCommittee.Grade[] getGrades() { return ReviewCommittee.Grade.values(); }
    public ReviewCommittee.Jurisdiction[] getJurisdictions() { return ReviewCommittee.Jurisdiction.values(); }
    public int getYear() { return year; }
    public List<Row> getRows() { return rows; }
    public List<ReviewCommittee> getAll() { return all; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSeries() { return series; }
    public void setSeries(String series) { this.series = series; }
    public ReviewCommittee.Grade getGrade() { return grade; }
    public void setGrade(ReviewCommittee.Grade grade) { this.grade = grade; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String organiser) { this.organiser = organiser; }
    public ReviewCommittee.Jurisdiction getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(ReviewCommittee.Jurisdiction jurisdiction) { this.jurisdiction = jurisdiction; }
    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public LocalDate getPlannedFrom() { return plannedFrom; }
    public void setPlannedFrom(LocalDate plannedFrom) { this.plannedFrom = plannedFrom; }
    public LocalDate getPlannedTo() { return plannedTo; }
    public void setPlannedTo(LocalDate plannedTo) { this.plannedTo = plannedTo; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
