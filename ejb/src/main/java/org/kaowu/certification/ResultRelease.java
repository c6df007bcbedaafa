package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An exam's results made public (V27 {@code result_release}): when, by whom ("system" for the RESULTS edge). */
@Entity
@Table(name = "result_release")
public class ResultRelease {

    @Id
    @Column(name = "exam_id")
    private Long examId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(nullable = false)
    private int scored;

    protected ResultRelease() {
    }

    ResultRelease(long examId, Instant at, String by, int scored) {
        this.examId = examId;
        this.publishedAt = at;
        this.publishedBy = by;
        this.scored = scored;
    }

    public Long getExamId() { return examId; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public int getScored() { return scored; }
}
