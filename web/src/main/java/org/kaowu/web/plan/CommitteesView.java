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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The office's register of title-review committees and their planned annual sessions, a year at a time (last year,
 * this year, next year and any year that has sessions): committees registered, corrected and deleted (unless they
 * have sessions), sessions planned, moved and deleted; late sessions flagged. Every change is audited by the core.
 */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @EJB
    private ReviewCommittees committees;

    private int year;
    private List<Integer> years = List.of();
    private List<Row> rows = List.of();
    private List<ReviewCommittee> all = List.of();

    /** The committee being corrected (null: a new one is registered). */
    private Long editingCommittee;
    private String name;
    private String series;
    private ReviewCommittee.Grade grade = ReviewCommittee.Grade.SENIOR;
    private String organiser;
    private ReviewCommittee.Jurisdiction jurisdiction = ReviewCommittee.Jurisdiction.CITY;

    /** The session being moved (null: a session is planned). */
    private Long editingSession;
    private Long committeeId;
    private LocalDate plannedFrom;
    private LocalDate plannedTo;
    private String note;

    public record Row(long id, long committeeId, String committee, String grade, String jurisdiction, String from,
                      String to, boolean late, String note) implements Serializable {
        public long getId() { return id; }
        public long getCommitteeId() { return committeeId; }
        public String getCommittee() { return committee; }
        public String getGrade() { return grade; }
        public String getJurisdiction() { return jurisdiction; }
        public String getFrom() { return from; }
        public String getTo() { return to; }
        public boolean isLate() { return late; }
        public String getNote() { return note; }
    }

    @PostConstruct
    void init() {
        year = clock.today().getYear();
        load();
    }

    /** The register and the chosen year's sessions, read again. */
    public void load() {
        int thisYear = clock.today().getYear();
        TreeSet<Integer> offered = new TreeSet<>(committees.sessionYears());
        offered.add(thisYear - 1);
        offered.add(thisYear);
        offered.add(thisYear + 1);
        offered.add(year);
        years = List.copyOf(offered.descendingSet());
        all = committees.all();
        rows = committees.sessions(year).stream().map((AnnualSession s) -> new Row(s.getId(), s.getCommittee().getId(),
                s.getCommittee().getName(), s.getCommittee().getGrade().name(), s.getCommittee().getJurisdiction().name(),
                date(s.getPlannedFrom()), date(s.getPlannedTo()), s.late(), s.getNote() == null ? "" : s.getNote())).toList();
    }

    /** Another year chosen: its sessions, and the session form starts afresh for it. */
    public void yearChanged() {
        clearSession();
        load();
    }

    static String date(LocalDate d) {
        Locale locale = FacesFeedback.locale();
        return "en".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(d)
                : DateTimeFormatter.ISO_LOCAL_DATE.format(d);
    }

    public void saveCommittee() {
        try {
            if (editingCommittee == null) {
                committees.register(name, series, grade, organiser, jurisdiction, actor());
                FacesFeedback.info(FacesFeedback.text("committees.registered"), name);
            } else {
                committees.update(editingCommittee, name, series, grade, organiser, jurisdiction, actor());
                FacesFeedback.info(FacesFeedback.text("committees.updated"), name);
            }
            clearCommittee();
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("name", "committee-form:name", "series", "committee-form:series",
                    "organiser", "committee-form:organiser", "grade", "committee-form:grade",
                    "jurisdiction", "committee-form:jurisdiction"));
        }
    }

    public void editCommittee(long id) {
        try {
            ReviewCommittee c = committees.committee(id);
            editingCommittee = c.getId();
            name = c.getName();
            series = c.getSeries();
            grade = c.getGrade();
            organiser = c.getOrganiser();
            jurisdiction = c.getJurisdiction();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
            load();
        }
    }

    public void clearCommittee() {
        editingCommittee = null;
        name = null;
        series = null;
        organiser = null;
        grade = ReviewCommittee.Grade.SENIOR;
        jurisdiction = ReviewCommittee.Jurisdiction.CITY;
    }

    public void deleteCommittee(long id) {
        try {
            String deleted = committees.committee(id).getName();
            committees.delete(id, actor());
            FacesFeedback.info(FacesFeedback.text("committees.deleted"), deleted);
            if (Long.valueOf(id).equals(editingCommittee)) {
                clearCommittee();
            }
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
        load();
    }

    public void saveSession() {
        try {
            AnnualSession s = editingSession == null
                    ? committees.planSession(committeeId == null ? -1 : committeeId, year, plannedFrom, plannedTo, note, actor())
                    : committees.updateSession(editingSession, plannedFrom, plannedTo, note, actor());
            if (s.late()) {
                FacesFeedback.warn(FacesFeedback.core("committee.late"));
            } else {
                FacesFeedback.info(FacesFeedback.text("committees.planned"), s.getCommittee().getName());
            }
            clearSession();
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("committee", "meeting-form:committee", "plannedFrom", "meeting-form:from",
                    "plannedTo", "meeting-form:to", "note", "meeting-form:note", "year", "meeting-form:from"));
        }
    }

    public void editSession(long id) {
        try {
            AnnualSession s = committees.session(id);
            editingSession = s.getId();
            committeeId = s.getCommittee().getId();
            plannedFrom = s.getPlannedFrom();
            plannedTo = s.getPlannedTo();
            note = s.getNote();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
            load();
        }
    }

    public void clearSession() {
        editingSession = null;
        committeeId = null;
        plannedFrom = null;
        plannedTo = null;
        note = null;
    }

    public void deleteSession(long id) {
        try {
            AnnualSession s = committees.session(id);
            String what = s.getCommittee().getName();
            committees.deleteSession(id, actor());
            FacesFeedback.info(FacesFeedback.text("committees.sessionDeleted"), what);
            if (Long.valueOf(id).equals(editingSession)) {
                clearSession();
            }
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
        load();
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    /** A message of the page about the chosen year ("2027年度例会计划"). */
    public String yearText(String key) {
        return FacesFeedback.text(key, year);
    }

    /** The date picker's first month: the chosen year's (so next year's sessions are a click away). */
    public LocalDate getYearStart() {
        return LocalDate.of(year, 1, 1);
    }

    public ReviewCommittee.Grade[] getGrades() { return ReviewCommittee.Grade.values(); }
    public ReviewCommittee.Jurisdiction[] getJurisdictions() { return ReviewCommittee.Jurisdiction.values(); }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public List<Row> getRows() { return rows; }
    public List<ReviewCommittee> getAll() { return all; }
    public Long getEditingCommittee() { return editingCommittee; }
    public Long getEditingSession() { return editingSession; }
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
