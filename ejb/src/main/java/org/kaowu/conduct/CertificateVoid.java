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

/** A certificate or score proof declared void by a decision (Art. 10), until an appeal withdraws the declaration. */
@Entity
@Table(name = "certificate_void")
@NamedQuery(name = "CertificateVoid.findByCase", query = "select v from CertificateVoid v where v.caseId = :case order by v.id")
public class CertificateVoid implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_void_seq")
    @SequenceGenerator(name = "certificate_void_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "declared_on", nullable = false)
    private LocalDate declaredOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_reason", length = 1000)
    private String withdrawnReason;

    protected CertificateVoid() {
    }

    CertificateVoid(long registrationId, long caseId, LocalDate on) {
        this.registrationId = registrationId;
        this.caseId = caseId;
        this.declaredOn = on;
    }

    void withdraw(LocalDate on, String reason) {
        this.withdrawnOn = on;
        this.withdrawnReason = reason;
    }

    public Long getId() { return id; }
    public long getRegistrationId() { return registrationId; }
    public long getCaseId() { return caseId; }
    public LocalDate getDeclaredOn() { return declaredOn; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public String getWithdrawnReason() { return withdrawnReason; }
}
