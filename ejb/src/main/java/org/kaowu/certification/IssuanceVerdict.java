package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The gate's last answer for one sitting (V29 {@code issuance_verdict}): the decision and its reasons' codes. */
@Entity
@Table(name = "issuance_verdict")
public class IssuanceVerdict implements Serializable {

    private static final long serialVersionUID = 1L;

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "exam_id", nullable = false)
        private long examId;

        @Column(name = "registration_id", nullable = false)
        private long registrationId;

        protected Key() {
        }

        Key(long examId, long registrationId) {
            this.examId = examId;
            this.registrationId = registrationId;
        }

        public long getExamId() { return examId; }
        public long getRegistrationId() { return registrationId; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.examId == examId && k.registrationId == registrationId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(examId) * 31 + Long.hashCode(registrationId);
        }
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private IssuanceRules.Decision decision;

    @Column(nullable = false, length = 400)
    private String codes;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "run_id", nullable = false)
    private long runId;

    protected IssuanceVerdict() {
    }

    IssuanceVerdict(long examId, long registrationId) {
        this.key = new Key(examId, registrationId);
    }

    void decided(IssuanceRules.Verdict v, Instant at, long runId) {
        this.decision = v.decision();
        String c = String.join(",", v.codes().stream().map(Enum::name).toList());
        this.codes = c.length() > 400 ? c.substring(0, 400) : c;
        this.decidedAt = at;
        this.runId = runId;
    }

    public Key getKey() { return key; }
    public long getRegistrationId() { return key.getRegistrationId(); }
    public IssuanceRules.Decision getDecision() { return decision; }
    public String getCodes() { return codes; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getRunId() { return runId; }
}
