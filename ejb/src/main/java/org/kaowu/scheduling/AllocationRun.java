package org.kaowu.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * 考场编排 run: seats one exam's candidates of one area from a recorded seed. QUEUED until its Quartz job takes it,
 * RUNNING while the seats are written in chunks ({@link #getSeated()} of {@link #getToSeat()}), then COMPLETED (its
 * seats are the exam's seats for the area, superseding the previous completed run) or FAILED (the shortfall, or the
 * failure's message key, and no seat).
 */
@Entity
@Table(name = "allocation_run")
@NamedQuery(name = "AllocationRun.findByExam",
        query = "select r from AllocationRun r where r.examId = :exam order by r.createdAt desc, r.id desc")
@NamedQuery(name = "AllocationRun.findActiveByExamAndArea", query = "select r from AllocationRun r where r.examId = :exam"
        + " and r.area = :area and r.state in (org.kaowu.scheduling.AllocationRun.State.QUEUED,"
        + " org.kaowu.scheduling.AllocationRun.State.RUNNING)")
@NamedQuery(name = "AllocationRun.findCurrentByExamAndArea", query = "select r from AllocationRun r where r.examId = :exam"
        + " and r.area = :area and r.state = org.kaowu.scheduling.AllocationRun.State.COMPLETED and r.superseded = false")
@NamedQuery(name = "AllocationRun.findCurrentByArea", query = "select r from AllocationRun r where r.area = :area"
        + " and r.state = org.kaowu.scheduling.AllocationRun.State.COMPLETED and r.superseded = false order by r.id")
@NamedQuery(name = "AllocationRun.countByExamAndArea",
        query = "select count(r) from AllocationRun r where r.examId = :exam and r.area = :area")
public class AllocationRun {

    /** Who started a run when no person did: the calendar's REGISTRATION_CLOSED edge. */
    public static final String BY_EDGE = "edge:registrationCloses";

    public enum State { QUEUED, RUNNING, FAILED, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_seq")
    @SequenceGenerator(name = "allocation_seq", sequenceName = "allocation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(nullable = false, length = 40)
    private String area;

    @Column(nullable = false)
    private long seed;

    @Column(name = "reserve_share", nullable = false, precision = 4, scale = 3)
    private BigDecimal reserveShare;

    @Column(name = "ticket_template", nullable = false, length = 200)
    private String ticketTemplate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "to_seat", nullable = false)
    private int toSeat;

    @Column(nullable = false)
    private int seated;

    @Column(nullable = false)
    private int candidates;

    /** Of the candidates, those whose profile asks for an accessible room (V21). */
    @Column(name = "needs_accessible", nullable = false)
    private int needsAccessible;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(length = 8000)
    private String shortfall;

    @Column(length = 100)
    private String failure;

    @Column(nullable = false)
    private boolean superseded;

    @Version
    private long version;

    protected AllocationRun() {
    }

    AllocationRun(long examId, String area, long seed, double reserveShare, String ticketTemplate, String startedBy,
                  Instant now) {
        this.examId = examId;
        this.area = Objects.requireNonNull(area);
        this.seed = seed;
        this.reserveShare = BigDecimal.valueOf(reserveShare).setScale(3, RoundingMode.HALF_UP);
        this.ticketTemplate = Objects.requireNonNull(ticketTemplate);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.state = State.QUEUED;
        this.createdAt = now;
    }

    /** The job took the run (again, after a crash: the counters stay, the rows written are kept). */
    void running(int candidates, int toSeat, Instant now) {
        if (state != State.QUEUED && state != State.RUNNING) {
            throw new IllegalStateException("run " + id + " is " + state);
        }
        if (startedAt == null) {
            startedAt = now;
        }
        this.candidates = candidates;
        this.toSeat = toSeat;
        this.state = State.RUNNING;
    }

    void needingAccessible(int count) {
        this.needsAccessible = count;
    }

    void progress(int seated) {
        this.seated = Math.min(seated, toSeat);
    }

    void completed(Instant now) {
        state = State.COMPLETED;
        seated = toSeat;
        finishedAt = now;
    }

    void failed(String shortfall, String failure, Instant now) {
        state = State.FAILED;
        this.shortfall = shortfall;
        this.failure = failure;
        this.seated = 0;
        finishedAt = now;
    }

    void supersede() {
        superseded = true;
    }

    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    /** Progress in percent (0 to 100); a completed run is 100, a failed one 0. */
    public int percent() {
        if (state == State.COMPLETED) {
            return 100;
        }
        return toSeat == 0 ? 0 : (int) Math.min(99, (long) seated * 100 / toSeat);
    }

    /** A failed run's shortfall, line by line: area or site, group, kind and seats missing (empty otherwise). */
    public java.util.List<SeatAllocator.Missing> shortfallLines() {
        return Shortfalls.decode(shortfall);
    }

    public SeatingPolicy policy() {
        return new SeatingPolicy(reserveShare.doubleValue());
    }

    public Long getId() { return id; }
    public long getExamId() { return examId; }
    public String getArea() { return area; }
    public long getSeed() { return seed; }
    public BigDecimal getReserveShare() { return reserveShare; }
    public String getTicketTemplate() { return ticketTemplate; }
    public State getState() { return state; }
    public int getToSeat() { return toSeat; }
    public int getSeated() { return seated; }
    public int getCandidates() { return candidates; }
    public int getNeedsAccessible() { return needsAccessible; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getStartedBy() { return startedBy; }
    public String getShortfall() { return shortfall; }
    public String getFailure() { return failure; }
    public boolean isSuperseded() { return superseded; }
    public long getVersion() { return version; }
}
