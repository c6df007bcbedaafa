package org.kaowu.web.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.registration.Areas;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.scheduling.staff.Roster;
import org.kaowu.scheduling.staff.Rosters;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The office's invigilator rosters (office/roster): choose an exam and area, start (or re-solve) a roster with its
 * time limit, invigilators per room and rooms per inspector, follow its progress (the page polls while it is queued
 * or running), read the totals per soft constraint and the posts nobody could fill, and the duties a page at a time,
 * each with its soft costs in words; pin a duty so that a re-solve keeps it.
 */
@Named
@ViewScoped
public class RostersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<String, String> FIELDS = Map.of("exam", "roster-form:exam", "area", "roster-form:area",
            "timeLimit", "roster-form:timeLimit", "perRoom", "roster-form:perRoom",
            "perInspector", "roster-form:perInspector", "reason", "roster-form:reason", "seed", "roster-form:seed");

    @EJB
    private SeatAllocator allocator;

    @EJB
    private Rosters rosters;

    private List<SeatAllocator.ExamChoice> exams = List.of();
    private Long exam;
    private String area = "北京市";
    private Integer timeLimit = Rosters.DEFAULT_LIMIT_SECONDS;
    private Integer perRoom = 2;
    private Integer perInspector = 10;
    private String seed;
    private String reason;
    private RosterRow roster;
    private List<RosterRow> history = List.of();

    private final LazyDataModel<Rosters.DutyView> duties = new PagedModel<>(page -> roster == null
            || !"COMPLETED".equals(roster.state()) ? new org.kaowu.shared.Page<Rosters.DutyView>(List.of(), 0)
            : rosters.duties(roster.id(), this.site, page, FacesFeedback.locale()), Rosters.DutyView::id);
    private Long site;
    private List<Rosters.SiteChoice> sites = List.of();

    /** A roster as the page shows it. */
    public record RosterRow(long id, String area, String state, int percent, int sitesDone, int sites, int posts,
                            int filled, int moved, long softCost, List<String> costs, List<String> unfilled,
                            String failure, String created, String startedBy, boolean superseded, String seed,
                            String reason) implements Serializable {
        public long getId() { return id; }
        public String getArea() { return area; }
        public String getState() { return state; }
        public int getPercent() { return percent; }
        public int getSitesDone() { return sitesDone; }
        public int getSites() { return sites; }
        public int getPosts() { return posts; }
        public int getFilled() { return filled; }
        public int getMoved() { return moved; }
        public long getSoftCost() { return softCost; }
        public List<String> getCosts() { return costs; }
        public List<String> getUnfilled() { return unfilled; }
        public String getFailure() { return failure; }
        public String getCreated() { return created; }
        public String getStartedBy() { return startedBy; }
        public boolean isSuperseded() { return superseded; }
        public String getSeed() { return seed; }
        public String getReason() { return reason; }
        public boolean isActive() { return "QUEUED".equals(state) || "RUNNING".equals(state); }
        public boolean isCompleted() { return "COMPLETED".equals(state); }
    }

    @PostConstruct
    void load() {
        exams = allocator.exams();
        if (!exams.isEmpty()) {
            exam = exams.stream().filter(e -> e.phase().ordinal() >= org.kaowu.plan.ExamPhase.REGISTRATION_CLOSED.ordinal())
                    .findFirst().orElse(exams.get(0)).id();
        }
        refresh();
    }

    public void choose() {
        refresh();
    }

    public void start() {
        if (exam == null) {
            FacesFeedback.refused(DomainException.badInput("invalid-roster", "exam", "seating.bad.exam", ""), FIELDS);
            return;
        }
        Long s;
        try {
            s = seed == null || seed.isBlank() ? null : Long.valueOf(seed.strip());
        } catch (NumberFormatException e) {
            FacesFeedback.refused(DomainException.badInput("invalid-roster", "seed", "rosters.bad.number", "seed",
                    seed.length() > 40 ? seed.substring(0, 40) : seed), FIELDS);
            return;
        }
        try {
            rosters.start(exam, area, timeLimit, s, perRoom, perInspector, reason,
                    FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            FacesFeedback.info(FacesFeedback.text("rosters.started"), area);
            reason = null;
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
        refresh();
    }

    public void poll() {
        refresh();
    }

    public void pin(long dutyId, boolean pinned) {
        try {
            rosters.pin(dutyId, pinned, FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            FacesFeedback.info(FacesFeedback.text(pinned ? "rosters.pinned" : "rosters.unpinned"), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    private void refresh() {
        Locale locale = FacesFeedback.locale();
        if (exam == null) {
            history = List.of();
            roster = null;
            return;
        }
        history = rosters.rosters(exam).stream().filter(r -> r.getArea().equals(area)).map(r -> row(r, locale)).toList();
        roster = history.stream().filter(r -> r.isActive()).findFirst()
                .or(() -> history.stream().filter(r -> r.isCompleted() && !r.superseded()).findFirst())
                .or(() -> history.stream().findFirst()).orElse(null);
        sites = roster == null || !roster.isCompleted() ? List.of() : rosters.sites(roster.id());
        if (site != null && sites.stream().noneMatch(x -> x.id() == site)) {
            site = null;
        }
    }

    private RosterRow row(Roster r, Locale locale) {
        List<String> costs = org.kaowu.scheduling.staff.RosterTexts.costs(r).entrySet().stream()
                .map(e -> Messages.text(locale, "rosters.constraint." + e.getKey(), e.getValue())).toList();
        return new RosterRow(r.getId(), r.getArea(), r.getState().name(), r.percent(), r.getPartsDone(),
                r.getPartsTotal(), r.getPosts(), r.getFilled(), r.getMoved(), r.getSoftCost(), costs,
                rosters.unfilled(r, locale), r.getFailure() == null ? null : Messages.text(locale, r.getFailure()),
                moment(r.getCreatedAt()), r.getStartedBy(), r.isSuperseded(), Long.toString(r.getSeed()),
                r.getReason());
    }

    private static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    public String roleLabel(Object role) {
        return role == null ? "" : FacesFeedback.core("rosters.role." + role);
    }

    public boolean isActive() {
        return roster != null && roster.isActive();
    }

    public List<String> getAreas() { return Areas.ALL; }
    public Long getSite() { return site; }
    public void setSite(Long site) { this.site = site; }
    public List<Rosters.SiteChoice> getSites() { return sites; }
    public List<SeatAllocator.ExamChoice> getExams() { return exams; }
    public Long getExam() { return exam; }
    public void setExam(Long exam) { this.exam = exam; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public Integer getTimeLimit() { return timeLimit; }
    public void setTimeLimit(Integer timeLimit) { this.timeLimit = timeLimit; }
    public Integer getPerRoom() { return perRoom; }
    public void setPerRoom(Integer perRoom) { this.perRoom = perRoom; }
    public Integer getPerInspector() { return perInspector; }
    public void setPerInspector(Integer perInspector) { this.perInspector = perInspector; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public RosterRow getRoster() { return roster; }
    public List<RosterRow> getHistory() { return history; }
    public LazyDataModel<Rosters.DutyView> getDuties() { return duties; }
}
