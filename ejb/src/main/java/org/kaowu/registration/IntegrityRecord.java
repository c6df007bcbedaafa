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
 * An entry in the integrity archive (诚信档案库): a false commitment, or misconduct decided under Order No. 31, kept
 * for its period (five years for a false commitment). Filled by verification here and by misconduct decisions later.
 */
@Entity
@Table(name = "integrity_record")
@NamedQuery(name = "IntegrityRecord.findByIdNumbers", query = "select r from IntegrityRecord r where r.idNumber in :numbers")
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

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "source_ref", length = 100)
    private String sourceRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

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

    /**
     * Whether it closes the commitment path on {@code day}: a false commitment for {@code falseCommitmentBarYears}
     * years from its record (0: for good); serious misconduct in its period.
     */
    public boolean barsCommitment(LocalDate day, int falseCommitmentBarYears) {
        if (kind == Kind.FALSE_COMMITMENT) {
            return falseCommitmentBarYears <= 0 || day.isBefore(validFrom.plusYears(falseCommitmentBarYears));
        }
        return severity != Severity.GENERAL && !day.isBefore(validFrom) && !day.isAfter(validUntil);
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
}
