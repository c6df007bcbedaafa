package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One annotation (加注) of a certificate (V29 {@code certificate_annotation}): the first at issuance, then renewals. */
@Entity
@Table(name = "certificate_annotation")
@NamedQuery(name = "CertificateAnnotation.findByCertificate",
        query = "select a from CertificateAnnotation a where a.certificateId = :certificate order by a.id")
public class CertificateAnnotation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(name = "annotated_from", nullable = false)
    private LocalDate annotatedFrom;

    @Column(name = "annotated_until", nullable = false)
    private LocalDate annotatedUntil;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "made_by", nullable = false, length = 100)
    private String madeBy;

    protected CertificateAnnotation() {
    }

    CertificateAnnotation(long certificateId, AnnotationRules.Annotation a, LocalDate madeOn, String madeBy) {
        this.certificateId = certificateId;
        this.annotatedFrom = a.from();
        this.annotatedUntil = a.until();
        this.madeOn = madeOn;
        this.madeBy = madeBy;
    }

    public Long getId() { return id; }
    public long getCertificateId() { return certificateId; }
    public LocalDate getAnnotatedFrom() { return annotatedFrom; }
    public LocalDate getAnnotatedUntil() { return annotatedUntil; }
    public LocalDate getMadeOn() { return madeOn; }
    public String getMadeBy() { return madeBy; }
}
