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

import java.time.Instant;

/** One change of a certificate's status (V29 {@code certificate_status_change}): who, when, why, caused by what. */
@Entity
@Table(name = "certificate_status_change")
@NamedQuery(name = "CertificateStatusChange.findByCertificate",
        query = "select c from CertificateStatusChange c where c.certificateId = :certificate order by c.id")
public class CertificateStatusChange implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Certificate.Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Certificate.Source source;

    @Column
    private Long reference;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false, length = 100)
    private String actor;

    protected CertificateStatusChange() {
    }

    CertificateStatusChange(long certificateId, Instant changedAt, Certificate.Status status, Certificate.Source source,
                            Long reference, String reason, String actor) {
        this.certificateId = certificateId;
        this.changedAt = changedAt;
        this.status = status;
        this.source = source;
        this.reference = reference;
        this.reason = reason;
        this.actor = actor;
    }

    public Long getId() { return id; }
    public long getCertificateId() { return certificateId; }
    public Instant getChangedAt() { return changedAt; }
    public Certificate.Status getStatus() { return status; }
    public Certificate.Source getSource() { return source; }
    public Long getReference() { return reference; }
    public String getReason() { return reason; }
    public String getActor() { return actor; }
}
