package org.kaowu.registration;

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
import java.time.LocalDate;

/**
 * An entry in the integrity archive (诚信档案库, Order No. 31 Art. 12): written only by a case's decision (through
 * {@code conduct.IntegrityArchive}), for five years (Art. 7) or long-term with no end (Art. 8), naming its rule,
 * article and case; ended (never deleted) by an appeal or a correction; published where the office chooses. Records
 * the verifiers' one-click FALSE outcome wrote before V24 are kept, ended by that migration (no Art. 17 procedure).
 */
@Entity
@Table(name = "integrity_record")
@NamedQuery(name = "IntegrityRecord.findByIdNumbers", query = "select r from IntegrityRecord r where r.idNumber in :numbers")
@NamedQuery(name = "IntegrityRecord.findByCase", query = "select r from IntegrityRecord r where r.caseId = :case order by r.id")
@NamedQuery(name = "IntegrityRecord.findByIdNumber", query = "select r from IntegrityRecord r where r.idNumber = :number order by r.validFrom desc")
public class IntegrityRecord {

    public enum Kind { FALSE_COMMITMENT, MISCONDUCT }

    public enum Severity { GENERAL, SERIOUS, ESPECIALLY_SERIOUS }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Severity severity;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** The last day of the record; null for a long-term record (Order No. 31 Art. 8), which has no end. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "source_ref", length = 100)
    private String sourceRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "rule_code", length = 20)
    private String ruleCode;

    private Integer article;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "ended_reason", length = 1000)
    private String endedReason;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "publish_reason", length = 1000)
    private String publishReason;

    protected IntegrityRecord() {
    }

    public IntegrityRecord(String idNumber, Long accountId, Kind kind, Severity severity, LocalDate from, LocalDate until,
                           String reason, String sourceRef, Instant createdAt, String createdBy) {
        this.idNumber = idNumber;
        this.accountId = accountId;
        this.kind = kind;
        this.severity = severity;
        this.validFrom = from;
        this.validUntil = until;
        this.reason = reason;
        this.sourceRef = sourceRef;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A record a case's decision writes (Order No. 31): the rule and article it was decided under, and the case. */
    public IntegrityRecord(String idNumber, Long accountId, Kind kind, Severity severity, LocalDate from, LocalDate until,
                           String reason, String ruleCode, int article, long caseId, Instant createdAt, String createdBy) {
        this(idNumber, accountId, kind, severity, from, until, reason, "case " + caseId, createdAt, createdBy);
        this.ruleCode = ruleCode;
        this.article = article;
        this.caseId = caseId;
    }

    /** Whether it is long-term (Art. 8): no end date. */
    public boolean isLongTerm() {
        return validUntil == null;
    }

    /** Whether it has been ended (by an appeal, a correction, or the V24 migration); it is kept all the same. */
    public boolean isEnded() {
        return endedOn != null;
    }

    /**
     * Whether the record holds on {@code day}: begun, not past its last day (a long-term record has none), and not
     * ended on or before that day.
     */
    public boolean inForce(LocalDate day) {
        if (day.isBefore(validFrom)) {
            return false;
        }
        if (endedOn != null && !day.isBefore(endedOn)) {
            return false;
        }
        return validUntil == null || !day.isAfter(validUntil);
    }

    /**
     * Whether it closes the commitment path on {@code day}: never once ended or before it begins; a false commitment
     * (decided under Art. 10) for {@code falseCommitmentBarYears} years from its record (0: for good, as
     * 人社厅发〔2020〕110号 has it); serious and especially serious misconduct while the record is in force (a long-term
     * record has no end).
     */
    public boolean barsCommitment(LocalDate day, int falseCommitmentBarYears) {
        if (day.isBefore(validFrom) || endedOn != null && !day.isBefore(endedOn)) {
            return false;
        }
        if (kind == Kind.FALSE_COMMITMENT) {
            return falseCommitmentBarYears <= 0 || day.isBefore(validFrom.plusYears(falseCommitmentBarYears));
        }
        return severity != Severity.GENERAL && inForce(day);
    }

    /** Ends the record on {@code on} (an appeal quashed or changed the decision, or a correction); kept, not deleted. */
    public void end(LocalDate on, String by, String reason) {
        this.endedOn = on;
        this.endedBy = by;
        this.endedReason = reason;
    }

    /** Publishes or withdraws the record from the public list, with who, when and why. */
    public void publish(boolean published, String by, Instant at, String reason) {
        this.published = published;
        this.publishedBy = by;
        this.publishedAt = at;
        this.publishReason = reason;
    }

    public Long getId() { return id; }
    public String getIdNumber() { return idNumber; }
    public Long getAccountId() { return accountId; }
    public Kind getKind() { return kind; }
    public Severity getSeverity() { return severity; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getReason() { return reason; }
    public String getSourceRef() { return sourceRef; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public String getRuleCode() { return ruleCode; }
    public Integer getArticle() { return article; }
    public Long getCaseId() { return caseId; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndedBy() { return endedBy; }
    public String getEndedReason() { return endedReason; }
    public boolean isPublished() { return published; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public String getPublishReason() { return publishReason; }
}
