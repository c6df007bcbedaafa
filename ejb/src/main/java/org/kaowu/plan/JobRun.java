package org.kaowu.plan;

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

import java.time.Instant;

/** One run of the job at one edge of an exam's calendar: when it was due, when it ran, and what came of it. */
@Entity
@Table(name = "job_run")
@NamedQuery(name = "JobRun.findByYear", query = "select r from JobRun r, Exam e where e.id = r.examId and e.plan.year = :year order by r.firedAt desc, r.id desc")
@NamedQuery(name = "JobRun.findByExam", query = "select r from JobRun r where r.examId = :exam order by r.firedAt, r.id")
public class JobRun {

    public enum Outcome { DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(nullable = false, length = 40)
    private String edge;

    @Column(name = "scheduled_for", nullable = false)
    private Instant scheduledFor;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_after", length = 30)
    private ExamPhase phaseAfter;

    @Column(length = 1000)
    private String detail;

    @Column(length = 100)
    private String node;

    protected JobRun() {
    }

    public JobRun(long examId, String edge, Instant scheduledFor, Instant firedAt, Outcome outcome,
                  ExamPhase phaseAfter, String detail, String node) {
        this.examId = examId;
        this.edge = edge;
        this.scheduledFor = scheduledFor;
        this.firedAt = firedAt;
        this.outcome = outcome;
        this.phaseAfter = phaseAfter;
        this.detail = detail;
        this.node = node;
    }

    public Long getId() { return id; }
    public long getExamId() { return examId; }
    public String getEdge() { return edge; }
    public Instant getScheduledFor() { return scheduledFor; }
    public Instant getFiredAt() { return firedAt; }
    public Outcome getOutcome() { return outcome; }
    public ExamPhase getPhaseAfter() { return phaseAfter; }
    public String getDetail() { return detail; }
    public String getNode() { return node; }
}
