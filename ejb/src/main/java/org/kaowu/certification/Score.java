package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One subject of one sitting as the marking centre scored it (V27 {@code score}): a score, or absent (缺考). */
@Entity
@Table(name = "score")
@NamedQuery(name = "Score.findByExam", query = "select s from Score s where s.examId = :exam")
@NamedQuery(name = "Score.findByRegistrations",
        query = "select s from Score s where s.registrationId in :registrations order by s.registrationId, s.subjectCode")
public class Score {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "results_seq")
    @SequenceGenerator(name = "results_seq", sequenceName = "results_seq", allocationSize = 50)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(name = "subject_code", nullable = false, length = 20)
    private String subjectCode;

    @Column(precision = 6, scale = 1)
    private BigDecimal score;

    @Column(nullable = false)
    private boolean absent;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "changed_reason", length = 1000)
    private String changedReason;

    @Version
    private long version;

    protected Score() {
    }

    Score(long registrationId, long examId, String subjectCode, BigDecimal score, boolean absent, Instant at, String by) {
        this.registrationId = registrationId;
        this.examId = examId;
        this.subjectCode = subjectCode;
        this.score = score;
        this.absent = absent;
        this.importedAt = at;
        this.importedBy = by;
    }

    /** Whether the row would change this score. */
    boolean differs(BigDecimal newScore, boolean newAbsent) {
        return absent != newAbsent || (score == null ? newScore != null : newScore == null || score.compareTo(newScore) != 0);
    }

    /** The score as a later file gives it; {@code reason} null before publication. */
    void replace(BigDecimal newScore, boolean newAbsent, Instant at, String by, String reason) {
        this.score = newScore;
        this.absent = newAbsent;
        this.importedAt = at;
        this.importedBy = by;
        this.changedReason = reason == null ? changedReason : reason;
    }

    /** "72.5" or "缺考"-free text for the audit: the score as written, or "absent". */
    String written() {
        return absent ? "absent" : Objects.toString(score == null ? null : score.stripTrailingZeros().toPlainString());
    }

    public Long getId() { return id; }
    public long getRegistrationId() { return registrationId; }
    public long getExamId() { return examId; }
    public String getSubjectCode() { return subjectCode; }
    public BigDecimal getScore() { return score; }
    public boolean isAbsent() { return absent; }
    public Instant getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
    public String getChangedReason() { return changedReason; }
}
