package org.kaowu.certification;

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

/**
 * One issuance batch of an exam (V29 {@code issuance_run}): queued, running with its progress and cursor, completed
 * with its counts, or failed. A run cut off by a crash is RUNNING with the cursor of its last committed chunk.
 */
@Entity
@Table(name = "issuance_run")
@NamedQuery(name = "IssuanceRun.findByExam", query = "select r from IssuanceRun r where r.examId = :exam order by r.id desc")
@NamedQuery(name = "IssuanceRun.findActiveByExam",
        query = "select r from IssuanceRun r where r.examId = :exam and r.state in ('QUEUED', 'RUNNING')")
public class IssuanceRun implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Started by the calendar's CERTIFICATES edge rather than by a person. */
    public static final String BY_EDGE = "system";

    public enum State { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int candidates;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int issued;

    @Column(nullable = false)
    private int waiting;

    @Column(nullable = false)
    private int refused;

    @Column(name = "last_registration", nullable = false)
    private long lastRegistration;

    @Column(length = 200)
    private String failure;

    @Version
    private long version;

    protected IssuanceRun() {
    }

    IssuanceRun(long examId, String startedBy, Instant createdAt) {
        this.examId = examId;
        this.startedBy = startedBy;
        this.createdAt = createdAt;
        this.state = State.QUEUED;
    }

    void running(int candidates) {
        if (state == State.QUEUED) {
            this.candidates = candidates;
        }
        this.state = State.RUNNING;
    }

    void chunk(long lastRegistration, int issued, int waiting, int refused) {
        this.lastRegistration = lastRegistration;
        this.issued += issued;
        this.waiting += waiting;
        this.refused += refused;
        this.done += issued + waiting + refused;
    }

    void completed(Instant at) {
        this.state = State.COMPLETED;
        this.finishedAt = at;
    }

    void failed(String failure, Instant at) {
        this.state = State.FAILED;
        this.failure = failure;
        this.finishedAt = at;
    }

    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    /** Progress in percent (0 … 100). */
    public int percent() {
        if (state == State.COMPLETED) {
            return 100;
        }
        return candidates == 0 ? 0 : Math.min(100, done * 100 / candidates);
    }

    public Long getId() { return id; }
    public long getExamId() { return examId; }
    public State getState() { return state; }
    public String getStartedBy() { return startedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getCandidates() { return candidates; }
    public int getDone() { return done; }
    public int getIssued() { return issued; }
    public int getWaiting() { return waiting; }
    public int getRefused() { return refused; }
    public long getLastRegistration() { return lastRegistration; }
    public String getFailure() { return failure; }
    public int getPercent() { return percent(); }
}
