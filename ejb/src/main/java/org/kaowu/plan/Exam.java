package org.kaowu.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One qualification's sitting in the plan's year. It names the catalogue entry (and edition) it was checked against
 * when it was stored, so a later catalogue edition does not change what this exam is.
 */
@Entity
@Table(name = "exam")
@NamedQuery(name = "Exam.findByPlanYear", query = "select e from Exam e where e.plan.year = :year order by e.position")
@NamedQuery(name = "Exam.findPublished",
        query = "select e from Exam e where e.plan.status = org.kaowu.plan.PlanStatus.PUBLISHED order by e.plan.year, e.position")
public class Exam {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private AnnualPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String qualification;

    @Column(name = "catalogue_edition", nullable = false, length = 40)
    private String catalogueEdition;

    @Column(name = "catalogue_code", nullable = false, length = 20)
    private String catalogueCode;

    @Column(name = "catalogue_name", nullable = false, length = 200)
    private String catalogueName;

    @Column(name = "sub_item", length = 200)
    private String subItem;

    @Column(length = 200)
    private String levels;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ExamPhase phase;

    @Column(name = "phase_since", nullable = false)
    private Instant phaseSince;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "exam_subject", joinColumns = @JoinColumn(name = "exam_id"))
    @OrderColumn(name = "position")
    private List<Subject> subjects = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exam_session", joinColumns = @JoinColumn(name = "exam_id"))
    @OrderColumn(name = "position")
    private List<Session> sessions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exam_window", joinColumns = @JoinColumn(name = "exam_id"))
    private Set<Window> windows = new HashSet<>();

    @Embeddable
    public static class Subject {
        @Column(length = 50)
        private String level;
        @Column(nullable = false, length = 20)
        private String code;
        @Column(nullable = false, length = 100)
        private String name;
        @Column(name = "duration_minutes", nullable = false)
        private int durationMinutes;
        @Column(name = "full_marks", precision = 6, scale = 1)
        private BigDecimal fullMarks;
        @Column(name = "pass_mark", precision = 6, scale = 1)
        private BigDecimal passMark;
        @Column(name = "rolling_years")
        private Integer rollingYears;
        @Column(precision = 8, scale = 2)
        private BigDecimal fee;

        protected Subject() {
        }

        Subject(PlanData.SubjectData d) {
            level = d.level();
            code = d.code();
            name = d.name();
            durationMinutes = d.durationMinutes();
            fullMarks = d.fullMarks();
            passMark = d.passMark();
            rollingYears = d.rollingYears();
            fee = d.fee();
        }

        PlanData.SubjectData data() {
            return new PlanData.SubjectData(level, code, name, durationMinutes, fullMarks, passMark, rollingYears, fee);
        }
    }

    @Embeddable
    public static class Session {
        @Column(length = 50)
        private String level;
        @Column(name = "subject_code", nullable = false, length = 20)
        private String subjectCode;
        @Column(name = "session_date", nullable = false)
        private LocalDate date;
        @Column(name = "start_time", nullable = false)
        private LocalTime start;
        @Column(name = "end_time", nullable = false)
        private LocalTime end;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private SessionMode mode;

        protected Session() {
        }

        Session(PlanData.SessionData d) {
            level = d.level();
            subjectCode = d.subjectCode();
            date = d.date();
            start = d.start();
            end = d.end();
            mode = d.mode();
        }

        PlanData.SessionData data() {
            return new PlanData.SessionData(0, level, subjectCode, date, start, end, mode);
        }
    }

    /** The windows of one area ('' for the national calendar). */
    @Embeddable
    public static class Window {
        @Column(nullable = false, length = 40)
        private String area;
        @Column(name = "registration_opens", nullable = false)
        private Instant registrationOpens;
        @Column(name = "registration_closes", nullable = false)
        private Instant registrationCloses;
        @Column(name = "withdrawal_deadline", nullable = false)
        private Instant withdrawalDeadline;
        @Column(name = "verification_deadline", nullable = false)
        private Instant verificationDeadline;
        @Column(name = "tickets_open", nullable = false)
        private Instant ticketsOpen;
        @Column(name = "tickets_close", nullable = false)
        private Instant ticketsClose;
        @Column(name = "exam_start", nullable = false)
        private Instant examStart;
        @Column(name = "exam_end", nullable = false)
        private Instant examEnd;
        @Column(name = "score_release", nullable = false)
        private Instant scoreRelease;
        @Column(name = "certificates_from", nullable = false)
        private Instant certificatesFrom;

        protected Window() {
        }

        Window(String area, Timeline t) {
            this.area = area;
            registrationOpens = t.registrationOpens();
            registrationCloses = t.registrationCloses();
            withdrawalDeadline = t.withdrawalDeadline();
            verificationDeadline = t.verificationDeadline();
            ticketsOpen = t.ticketsOpen();
            ticketsClose = t.ticketsClose();
            examStart = t.examStart();
            examEnd = t.examEnd();
            scoreRelease = t.scoreRelease();
            certificatesFrom = t.certificatesFrom();
        }

        Timeline timeline() {
            return new Timeline(registrationOpens, registrationCloses, withdrawalDeadline, verificationDeadline,
                    ticketsOpen, ticketsClose, examStart, examEnd, scoreRelease, certificatesFrom);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Window w && Objects.equals(area, w.area);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(area);
        }
    }

    protected Exam() {
    }

    Exam(AnnualPlan plan, int position, PlanData.ExamData data, String catalogueEdition, String catalogueCode,
         String catalogueName, Instant now) {
        this.plan = plan;
        this.position = position;
        this.code = data.code();
        this.qualification = data.qualification();
        this.catalogueEdition = catalogueEdition;
        this.catalogueCode = catalogueCode;
        this.catalogueName = catalogueName;
        this.subItem = data.subItem();
        this.levels = data.levels().isEmpty() ? null : String.join("/", data.levels());
        data.subjects().forEach(s -> subjects.add(new Subject(s)));
        data.sessions().forEach(s -> sessions.add(new Session(s)));
        windows.add(new Window("", data.timeline()));
        data.areaTimelines().forEach((area, t) -> windows.add(new Window(area, t)));
        this.phase = data.timeline().phaseAt(now);
        this.phaseSince = now;
    }

    public Timeline timeline() {
        return timeline("");
    }

    /** The area's own windows where it has them, else the national ones. */
    public Timeline timeline(String area) {
        Timeline national = null;
        for (Window w : windows) {
            if (w.area.equals(area)) {
                return w.timeline();
            }
            if (w.area.isEmpty()) {
                national = w.timeline();
            }
        }
        return national;
    }

    public Map<String, Timeline> areaTimelines() {
        Map<String, Timeline> m = new LinkedHashMap<>();
        windows.stream().filter(w -> !w.area.isEmpty()).sorted(java.util.Comparator.comparing(w -> w.area))
                .forEach(w -> m.put(w.area, w.timeline()));
        return m;
    }

    /** A draft's exam takes everything from the editor: validated and checked against the catalogue by the caller. */
    void redefine(PlanData.ExamData data, String catalogueEdition, String catalogueCode, String catalogueName, Instant now) {
        this.code = data.code();
        this.qualification = data.qualification();
        this.catalogueEdition = catalogueEdition;
        this.catalogueCode = catalogueCode;
        this.catalogueName = catalogueName;
        this.subItem = data.subItem();
        this.levels = data.levels().isEmpty() ? null : String.join("/", data.levels());
        windows.clear();
        windows.add(new Window("", data.timeline()));
        data.areaTimelines().forEach((area, t) -> windows.add(new Window(area, t)));
        replaceSittings(data);
        settlePhase(now);
    }

    /** Subjects and sessions change (a published exam's with a reason, recorded by the caller). */
    void replaceSittings(PlanData.ExamData data) {
        subjects.clear();
        data.subjects().forEach(s -> subjects.add(new Subject(s)));
        sessions.clear();
        data.sessions().forEach(s -> sessions.add(new Session(s)));
    }

    /** The windows of one area ('' for national) change: validated by the caller. */
    void reschedule(String area, Timeline timeline) {
        windows.removeIf(w -> w.area.equals(area));
        windows.add(new Window(area, timeline));
    }

    /**
     * Brings the stored phase in line with the windows and the clock. Idempotent: a repeated or late call changes
     * nothing that is already right. Returns whether the phase changed.
     */
    boolean settlePhase(Instant now) {
        ExamPhase due = timeline().phaseAt(now);
        if (due == phase) {
            return false;
        }
        phase = due;
        phaseSince = now;
        return true;
    }

    public List<PlanData.SessionData> sessionData() {
        return sessions.stream().map(Session::data).toList();
    }

    public List<PlanData.SubjectData> subjectData() {
        return subjects.stream().map(Subject::data).toList();
    }

    /**
     * The exam as people name it: the qualification (with its sub-item) and the level, "经济专业技术资格 中级" or
     * "勘察设计注册工程师（注册土木工程师（岩土）） 一级"; {@code level} null names the exam with all its levels.
     */
    public String title(String level) {
        String levelPart = level != null && !level.isBlank() ? level : String.join("/", getLevels());
        return catalogueName + (subItem == null ? "" : "（" + subItem + "）") + (levelPart.isEmpty() ? "" : " " + levelPart);
    }

    public Long getId() { return id; }
    public AnnualPlan getPlan() { return plan; }
    public int getPosition() { return position; }
    public String getCode() { return code; }
    public String getQualification() { return qualification; }
    public String getCatalogueEdition() { return catalogueEdition; }
    public String getCatalogueCode() { return catalogueCode; }
    public String getCatalogueName() { return catalogueName; }
    public String getSubItem() { return subItem; }
    public List<String> getLevels() { return levels == null ? List.of() : Arrays.asList(levels.split("/")); }
    public ExamPhase getPhase() { return phase; }
    public Instant getPhaseSince() { return phaseSince; }
}
