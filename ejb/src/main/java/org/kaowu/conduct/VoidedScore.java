package org.kaowu.conduct;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A score voided by a decision (V26 voided_score): one subject of a registration, or every subject (subject null);
 * in force until restored. What the certification capability reads.
 */
@Entity
@Table(name = "voided_score")
@NamedQuery(name = "VoidedScore.findByCase", query = "select v from VoidedScore v where v.caseId = :case order by v.id")
@NamedQuery(name = "VoidedScore.findInForce",
        query = "select v from VoidedScore v where v.registrationId = :registration and v.restoredOn is null order by v.id")
public class VoidedScore implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voided_score_seq")
    @SequenceGenerator(name = "voided_score_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(length = 50)
    private String subject;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "voided_from", nullable = false)
    private LocalDate voidedFrom;

    @Column(name = "restored_on")
    private LocalDate restoredOn;

    @Column(name = "restored_reason", length = 1000)
    private String restoredReason;

    protected VoidedScore() {
    }

    VoidedScore(long registrationId, String subject, long caseId, LocalDate from) {
        this.registrationId = registrationId;
        this.subject = subject;
        this.caseId = caseId;
        this.voidedFrom = from;
    }

    void restore(LocalDate on, String reason) {
        this.restoredOn = on;
        this.restoredReason = reason;
    }

    public Long getId() { return id; }
    public long getRegistrationId() { return registrationId; }
    public String getSubject() { return subject; }
    public long getCaseId() { return caseId; }
    public LocalDate getVoidedFrom() { return voidedFrom; }
    public LocalDate getRestoredOn() { return restoredOn; }
    public String getRestoredReason() { return restoredReason; }
}
