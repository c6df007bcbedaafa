package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The pass mark (合格标准) of one subject of an exam as the office set it, or as publication fixed it (V27). */
@Entity
@Table(name = "pass_mark")
@NamedQuery(name = "PassMark.findByExam", query = "select m from PassMark m where m.key.examId = :exam")
public class PassMark {

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "exam_id", nullable = false)
        private long examId;

        @Column(name = "subject_code", nullable = false, length = 20)
        private String subjectCode;

        protected Key() {
        }

        Key(long examId, String subjectCode) {
            this.examId = examId;
            this.subjectCode = subjectCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.examId == examId && k.subjectCode.equals(subjectCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(examId, subjectCode);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal mark;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    protected PassMark() {
    }

    PassMark(long examId, String subjectCode, BigDecimal mark, Instant at, String by) {
        this.key = new Key(examId, subjectCode);
        this.mark = mark;
        this.setAt = at;
        this.setBy = by;
    }

    void set(BigDecimal mark, Instant at, String by) {
        this.mark = mark;
        this.setAt = at;
        this.setBy = by;
    }

    public long getExamId() { return key.examId; }
    public String getSubjectCode() { return key.subjectCode; }
    public BigDecimal getMark() { return mark; }
    public Instant getSetAt() { return setAt; }
    public String getSetBy() { return setBy; }
}
