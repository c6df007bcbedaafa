package org.kaowu.web.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.registration.Areas;
import org.kaowu.scheduling.AllocationRun;
import org.kaowu.scheduling.SeatAllocator;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The office's seat allocation (office/seating): choose an exam and area, start a run (optional seed and reserve
 * share), follow its progress (the page polls while it is queued or running), read the outcome (the shortfall in words
 * per site) and the fill of each site and room on each exam day.
 */
@Named
@ViewScoped
public class SeatingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<String, String> FIELDS = Map.of("exam", "seating-form:exam", "area", "seating-form:area",
            "seed", "seating-form:seed", "reserveShare", "seating-form:reserveShare");

    @EJB
    private SeatAllocator allocator;

    @EJB
    private org.kaowu.scheduling.SeatReseater reseater;

    private static final Map<String, String> CLOSE_FIELDS = Map.of("day", "reseat-form:closeDay", "site",
            "reseat-form:closeSite", "rooms", "reseat-form:closeRooms", "reason", "reseat-form:closeReason",
            "area", "reseat-form:closeSite");
    private String closeDay;
    private String closeSite;
    private String closeRooms;
    private String closeReason;
    private List<String> examDays = List.of();
    private List<ReseatingRow> reseatings = List.of();
    private Long reseatingId;
    private List<MoveRow> moves = List.of();

    /** A candidate a re-seating moved (name masked): from which room and seat to which, the ticket number now. */
    public record MoveRow(long registration, String candidate, String day, String from, int fromSeat, String to,
                          int toSeat, String ticket, boolean ticketChanged) implements Serializable {
        static MoveRow of(org.kaowu.scheduling.SeatReseater.Moved m) {
            return new MoveRow(m.registrationId(), m.candidate(), m.day().toString(),
                    m.fromSiteCode() + " " + m.fromRoom(), m.fromSeat(),
                    m.toSiteCode() + " " + m.toSiteName() + " " + m.toRoom(), m.toSeat(),
                    m.newTicket() == null ? "" : m.newTicket(),
                    m.newTicket() != null && !m.newTicket().equals(m.oldTicket()));
        }
        public long getRegistration() { return registration; }
        public String getCandidate() { return candidate; }
        public String getDay() { return day; }
        public String getFrom() { return from; }
        public int getFromSeat() { return fromSeat; }
        public String getTo() { return to; }
        public int getToSeat() { return toSeat; }
        public String getTicket() { return ticket; }
        public boolean isTicketChanged() { return ticketChanged; }
    }

    /** A re-seating as the page lists it. */
    public record ReseatingRow(long id, String day, String reason, int rooms, int moved, String by, String at)
            implements Serializable {
        public long getId() { return id; }
        public String getDay() { return day; }
        public String getReason() { return reason; }
        public int getRooms() { return rooms; }
        public int getMoved() { return moved; }
        public String getBy() { return by; }
        public String getAt() { return at; }
    }

    private List<SeatAllocator.ExamChoice> exams = List.of();
    private Long exam;
    private String area = Areas.ALL.get(0);
    private String seed;
    private String reserveShare;
    private Long runId;
    private RunRow run;
    private List<RunRow> runs = List.of();
    private List<FillRow> fill = List.of();

    /** A run as the page shows it. */
    public record RunRow(long id, String area, String state, int percent, int seated, int toSeat, int candidates,
                         String seed, String reserveShare, String created, String finished, String startedBy,
                         boolean byCalendar, boolean superseded, List<String> shortfall, String failure,
                         int needsAccessible)
            implements Serializable {
        public int getNeedsAccessible() { return needsAccessible; }
        public long getId() { return id; }
        public String getArea() { return area; }
        public String getState() { return state; }
        public int getPercent() { return percent; }
        public int getSeated() { return seated; }
        public int getToSeat() { return toSeat; }
        public int getCandidates() { return candidates; }
        public String getSeed() { return seed; }
        public String getReserveShare() { return reserveShare; }
        public String getCreated() { return created; }
        public String getFinished() { return finished; }
        public String getStartedBy() { return startedBy; }
        public boolean isByCalendar() { return byCalendar; }
        public boolean isSuperseded() { return superseded; }
        public List<String> getShortfall() { return shortfall; }
        public String getFailure() { return failure; }
        public boolean isActive() { return "QUEUED".equals(state) || "RUNNING".equals(state); }
    }

    /** A fill line: a site (room null) or a room on one exam day. */
    public record FillRow(String day, String siteCode, String siteName, String room, boolean spare, boolean accessible,
                          int seats, int used, int reserve, int fillRate) implements Serializable {
        public String getDay() { return day; }
        public String getSiteCode() { return siteCode; }
        public String getSiteName() { return siteName; }
        public String getRoom() { return room; }
        public boolean isSpare() { return spare; }
        public boolean isAccessible() { return accessible; }
        public int getSeats() { return seats; }
        public int getUsed() { return used; }
        public int getReserve() { return reserve; }
        public int getFillRate() { return fillRate; }
        public boolean isSite() { return room == null; }
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

    /** The exam or area changed: show its latest run and its fill. */
    public void choose() {
        runId = null;
        refresh();
    }

    public void start() {
        Long parsedSeed;
        Double share;
        try {
            parsedSeed = seed == null || seed.isBlank() ? null : Long.valueOf(seed.strip());
        } catch (NumberFormatException e) {
            FacesFeedback.refused(DomainException.badInput("invalid-seating", "seed", "seating.bad.seed", seed), FIELDS);
            return;
        }
        try {
            share = reserveShare == null || reserveShare.isBlank() ? null : Double.valueOf(reserveShare.strip());
        } catch (NumberFormatException e) {
            FacesFeedback.refused(DomainException.unprocessable("invalid-seating", "reserveShare",
                    "seating.bad.reserveShare", reserveShare), FIELDS);
            return;
        }
        if (exam == null) {
            FacesFeedback.refused(DomainException.badInput("invalid-seating", "exam", "seating.bad.exam", ""), FIELDS);
            return;
        }
        try {
            AllocationRun r = allocator.start(exam, area, parsedSeed, share,
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            runId = r.getId();
            FacesFeedback.info(FacesFeedback.text("seating.started"), area);
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
        refresh();
    }

    /** The poll: the run's progress, and the fill once it has completed. */
    public void poll() {
        refresh();
    }

    private void refresh() {
        Locale locale = FacesFeedback.locale();
        if (exam == null) {
            runs = List.of();
            run = null;
            fill = List.of();
            return;
        }
        runs = allocator.runs(exam).stream().map(r -> row(r, locale)).toList();
        run = runs.stream().filter(r -> runId != null ? r.id() == runId : r.area().equals(area)).findFirst()
                .orElse(null);
        fill = allocator.fill(exam, area).stream().map(f -> new FillRow(f.day().toString(), f.siteCode(), f.siteName(),
                f.roomNumber(), f.spare(), f.accessible(), f.seats(), f.used(), f.reserve(), f.fillRate())).toList();
        examDays = reseater.examDays(exam).stream().map(java.time.LocalDate::toString).toList();
        if (closeDay == null || !examDays.contains(closeDay)) {
            closeDay = examDays.isEmpty() ? null : examDays.get(0);
        }
        reseatings = reseater.reseatings(area).stream().map(x -> new ReseatingRow(x.getId(), x.getDay().toString(),
                x.getReason(), x.getRooms(), x.getMoved(), x.getDoneBy(), at(x.getDoneAt()))).toList();
    }

    /**
     * Closes the site (or the rooms named, by number, comma-separated) on the chosen exam day and re-seats those
     * seated there; shows who moved. A refusal stands beside its field; nothing is changed then.
     */
    public void close() {
        java.time.LocalDate day;
        try {
            day = closeDay == null || closeDay.isBlank() ? null : java.time.LocalDate.parse(closeDay.strip());
        } catch (java.time.format.DateTimeParseException e) {
            day = null;
        }
        List<String> numbers = closeRooms == null ? List.of() : List.of(closeRooms.split("[,，、\\s]+"));
        try {
            var outcome = reseater.closeByCodes(day, closeSite, numbers, closeReason,
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            reseatingId = outcome.reseating().getId();
            moves = outcome.moved().stream().map(MoveRow::of).toList();
            FacesFeedback.info(FacesFeedback.text("reseat.done"), Integer.toString(moves.size()));
            closeReason = null;
            closeRooms = null;
        } catch (DomainException e) {
            FacesFeedback.refused(e, CLOSE_FIELDS);
        }
        refresh();
    }

    /** Shows who a re-seating moved. */
    public void show(long id) {
        reseatingId = id;
        moves = reseater.moves(id).stream().map(MoveRow::of).toList();
    }

    private static RunRow row(AllocationRun r, Locale locale) {
        return new RunRow(r.getId(), r.getArea(), r.getState().name(), r.percent(), r.getSeated(), r.getToSeat(),
                r.getCandidates(), Long.toString(r.getSeed()), r.getReserveShare().stripTrailingZeros()
                .max(BigDecimal.ZERO).toPlainString(), at(r.getCreatedAt()), at(r.getFinishedAt()),
                AllocationRun.BY_EDGE.equals(r.getStartedBy()) ? null : r.getStartedBy(),
                AllocationRun.BY_EDGE.equals(r.getStartedBy()), r.isSuperseded(),
                r.shortfallLines().stream().map(m -> m.text(locale)).toList(),
                r.getFailure() == null ? null : org.kaowu.shared.Messages.text(locale, r.getFailure()),
                r.getNeedsAccessible());
    }

    private static String at(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    /** Whether the page polls: the run shown is queued or running. */
    public boolean isActive() {
        return run != null && run.isActive();
    }

    public List<SeatAllocator.ExamChoice> getExams() { return exams; }
    public List<String> getAreas() { return Areas.ALL; }
    public Long getExam() { return exam; }
    public void setExam(Long exam) { this.exam = exam; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
    public String getReserveShare() { return reserveShare; }
    public void setReserveShare(String reserveShare) { this.reserveShare = reserveShare; }
    public RunRow getRun() { return run; }
    public List<RunRow> getRuns() { return runs; }
    public List<FillRow> getFill() { return fill; }
    public String getCloseDay() { return closeDay; }
    public void setCloseDay(String closeDay) { this.closeDay = closeDay; }
    public String getCloseSite() { return closeSite; }
    public void setCloseSite(String closeSite) { this.closeSite = closeSite; }
    public String getCloseRooms() { return closeRooms; }
    public void setCloseRooms(String closeRooms) { this.closeRooms = closeRooms; }
    public String getCloseReason() { return closeReason; }
    public void setCloseReason(String closeReason) { this.closeReason = closeReason; }
    public List<String> getExamDays() { return examDays; }
    public List<ReseatingRow> getReseatings() { return reseatings; }
    public Long getReseatingId() { return reseatingId; }
    public List<MoveRow> getMoves() { return moves; }
}
