package org.kaowu.scheduling.staff;

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

import java.time.Instant;
import java.util.Objects;

/**
 * 监考编排: the roster of one exam's area, built from the area's current seats (its allocation run) and the staff
 * pool. QUEUED until its Quartz job takes it, RUNNING while the solver works (parts = sites solved), then COMPLETED
 * (its duties are the exam's roster for the area, superseding the previous one) or FAILED (a failure key, no duty).
 * The seed and time limit are recorded; the soft costs per constraint are kept as "CONSTRAINT=cost" lines.
 */
@Entity
@Table(name = "roster")
@NamedQuery(name = "Roster.findByExam",
        query = "select r from Roster r where r.examId = :exam order by r.createdAt desc, r.id desc")
@NamedQuery(name = "Roster.findActiveByExamAndArea", query = "select r from Roster r where r.examId = :exam"
        + " and r.area = :area and r.state in (org.kaowu.scheduling.staff.Roster.State.QUEUED,"
        + " org.kaowu.scheduling.staff.Roster.State.RUNNING)")
@NamedQuery(name = "Roster.findCurrentByExamAndArea", query = "select r from Roster r where r.examId = :exam"
        + " and r.area = :area and r.state = org.kaowu.scheduling.staff.Roster.State.COMPLETED and r.superseded = false")
public class Roster {

    public enum State { QUEUED, RUNNING, FAILED, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(nullable = false, length = 40)
    private String area;

    @Column(name = "allocation_run")
    private Long allocationRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(nullable = false)
    private long seed;

    @Column(name = "time_limit", nullable = false)
    private int timeLimit;

    @Column(name = "per_room", nullable = false)
    private int perRoom;

    @Column(name = "per_inspector", nullable = false)
    private int perInspector;

    @Column(name = "parts_done", nullable = false)
    private int partsDone;

    @Column(name = "parts_total", nullable = false)
    private int partsTotal;

    @Column(nullable = false)
    private int posts;

    @Column(nullable = false)
    private int filled;

    @Column(nullable = false)
    private int moved;

    @Column(name = "hard_violations", nullable = false)
    private int hardViolations;

    @Column(name = "soft_cost", nullable = false)
    private long softCost;

    @Column(length = 2000)
    private String costs;

    @Column(length = 8000)
    private String unfilled;

    @Column(length = 100)
    private String failure;

    @Column(length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(nullable = false)
    private boolean superseded;

    @Version
    private long version;

    protected Roster() {
    }

    Roster(long examId, String area, long seed, int timeLimit, int perRoom, int perInspector, String reason, String by,
           Instant at) {
        this.examId = examId;
        this.perRoom = perRoom;
        this.perInspector = perInspector;
        this.area = Objects.requireNonNull(area);
        this.seed = seed;
        this.timeLimit = timeLimit;
        this.reason = reason;
        this.startedBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
        this.state = State.QUEUED;
    }

    boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    void running(Long run, int posts, int parts, Instant at) {
        this.allocationRun = run;
        this.posts = posts;
        this.partsTotal = parts;
        this.partsDone = 0;
        this.state = State.RUNNING;
        this.startedAt = at;
    }

    void progress(int done, int total) {
        this.partsDone = Math.min(done, total);
        this.partsTotal = total;
    }

    void completed(int filled, int moved, int hard, long soft, String costs, String unfilled, Instant at) {
        this.filled = filled;
        this.moved = moved;
        this.hardViolations = hard;
        this.softCost = soft;
        this.costs = costs;
        this.unfilled = unfilled;
        this.partsDone = partsTotal;
        this.state = State.COMPLETED;
        this.finishedAt = at;
    }

    void rescored(int hard, long soft, String costs) {
        this.hardViolations = hard;
        this.softCost = soft;
        this.costs = costs;
    }

    void failed(String failure, Instant at) {
        this.failure = failure;
        this.state = State.FAILED;
        this.finishedAt = at;
    }

    void supersede() {
        this.superseded = true;
    }

    /** Progress in percent: sites solved of all (a queued roster 0, a finished one 100). */
    public int percent() {
        if (state == State.COMPLETED || state == State.FAILED) {
            return 100;
        }
        return partsTotal == 0 ? 0 : (int) (partsDone * 100L / partsTotal);
    }

    public Long getId() { return id; }
    public long getExamId() { return examId; }
    public String getArea() { return area; }
    public Long getAllocationRun() { return allocationRun; }
    public State getState() { return state; }
    public long getSeed() { return seed; }
    public int getTimeLimit() { return timeLimit; }
    public int getPerRoom() { return perRoom; }
    public int getPerInspector() { return perInspector; }
    public int getPartsDone() { return partsDone; }
    public int getPartsTotal() { return partsTotal; }
    public int getPosts() { return posts; }
    public int getFilled() { return filled; }
    public int getMoved() { return moved; }
    public int getHardViolations() { return hardViolations; }
    public long getSoftCost() { return softCost; }
    public String getCosts() { return costs; }
    public String getUnfilled() { return unfilled; }
    public String getFailure() { return failure; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getStartedBy() { return startedBy; }
    public boolean isSuperseded() { return superseded; }
}
