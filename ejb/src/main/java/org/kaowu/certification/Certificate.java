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
import jakarta.persistence.Version;
import org.kaowu.certification.documents.CertificateContent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One certificate (V29 {@code certificate}): what was issued to whom for which qualification, its numbers, its
 * verification code, its place in a status list, its annotation (加注) period and whether it is in force. The holder's
 * name and ID number are personal data: the holder's and the office's only; the public sees them masked.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.findByAccount", query = "select c from Certificate c where c.accountId = :account order by c.id desc")
@NamedQuery(name = "Certificate.findByRegistration", query = "select c from Certificate c where c.registrationId = :registration")
@NamedQuery(name = "Certificate.findByCode", query = "select c from Certificate c where c.verificationCode = :code")
@NamedQuery(name = "Certificate.findByNumber", query = "select c from Certificate c where c.number = :number")
public class Certificate implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the certificate is in force. */
    public enum Status { VALID, REVOKED }

    /** What changed a certificate's status: the office, a misconduct decision, the post-exam check, an appeal. */
    public enum Source { OFFICE, CASE, CHECK, APPEAL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "catalogue_code", nullable = false, length = 20)
    private String catalogueCode;

    @Column(nullable = false, length = 100)
    private String qualification;

    @Column(name = "sub_item", length = 100)
    private String subItem;

    @Column(length = 40)
    private String level;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(name = "number_scope", nullable = false, length = 60)
    private String numberScope;

    @Column(nullable = false)
    private long serial;

    @Column(name = "management_number", nullable = false, length = 40)
    private String managementNumber;

    @Column(name = "management_scope", nullable = false, length = 60)
    private String managementScope;

    @Column(name = "management_serial", nullable = false)
    private long managementSerial;

    @Column(name = "verification_code", nullable = false, length = 16)
    private String verificationCode;

    @Column(name = "holder_name", nullable = false, length = 64)
    private String holderName;

    @Column(name = "id_number", nullable = false, length = 18)
    private String idNumber;

    @Column(name = "approval_date", nullable = false)
    private LocalDate approvalDate;

    @Column(name = "issuing_authority", nullable = false, length = 100)
    private String issuingAuthority;

    @Column(name = "annotation_from", nullable = false)
    private LocalDate annotationFrom;

    @Column(name = "annotation_until", nullable = false)
    private LocalDate annotationUntil;

    @Column(name = "status_list_id", nullable = false)
    private long statusListId;

    @Column(name = "status_index", nullable = false)
    private int statusIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 1000)
    private String revokedReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_source", length = 16)
    private Source revocationSource;

    @Column(name = "revocation_ref")
    private Long revocationRef;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Version
    private long version;

    protected Certificate() {
    }

    /** A new certificate, VALID, from its checked content. */
    Certificate(long accountId, long registrationId, long examId, Long runId, String catalogueCode,
                CertificateContent c, String numberScope, long serial, String managementScope, long managementSerial,
                long statusListId, Instant issuedAt, String issuedBy) {
        this.accountId = accountId;
        this.registrationId = registrationId;
        this.examId = examId;
        this.runId = runId;
        this.catalogueCode = catalogueCode;
        this.qualification = c.qualification().entryName();
        this.subItem = c.qualification().subItem();
        this.level = c.qualification().level();
        this.editionId = c.qualification().editionId();
        this.number = c.number();
        this.numberScope = numberScope;
        this.serial = serial;
        this.managementNumber = c.managementNumber();
        this.managementScope = managementScope;
        this.managementSerial = managementSerial;
        this.verificationCode = c.verificationCode();
        this.holderName = c.holderName();
        this.idNumber = c.idNumber();
        this.approvalDate = c.approvalDate();
        this.issuingAuthority = c.issuingAuthority();
        this.annotationFrom = c.annotationFrom();
        this.annotationUntil = c.annotationUntil();
        this.statusListId = statusListId;
        this.statusIndex = c.statusListIndex();
        this.status = Status.VALID;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    void revoke(Instant at, String reason, Source source, Long reference) {
        this.status = Status.REVOKED;
        this.revokedAt = at;
        this.revokedReason = reason;
        this.revocationSource = source;
        this.revocationRef = reference;
    }

    void reinstate() {
        this.status = Status.VALID;
        this.revokedAt = null;
        this.revokedReason = null;
        this.revocationSource = null;
        this.revocationRef = null;
    }

    void annotate(LocalDate from, LocalDate until) {
        this.annotationFrom = from;
        this.annotationUntil = until;
    }

    public boolean valid() {
        return status == Status.VALID;
    }

    public AnnotationRules.Annotation annotation() {
        return new AnnotationRules.Annotation(annotationFrom, annotationUntil);
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public long getRegistrationId() { return registrationId; }
    public long getExamId() { return examId; }
    public Long getRunId() { return runId; }
    public String getCatalogueCode() { return catalogueCode; }
    public String getQualification() { return qualification; }
    public String getSubItem() { return subItem; }
    public String getLevel() { return level; }
    public long getEditionId() { return editionId; }
    public String getNumber() { return number; }
    public String getNumberScope() { return numberScope; }
    public long getSerial() { return serial; }
    public String getManagementNumber() { return managementNumber; }
    public long getManagementSerial() { return managementSerial; }
    public String getVerificationCode() { return verificationCode; }
    public String getHolderName() { return holderName; }
    public String getIdNumber() { return idNumber; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public String getIssuingAuthority() { return issuingAuthority; }
    public LocalDate getAnnotationFrom() { return annotationFrom; }
    public LocalDate getAnnotationUntil() { return annotationUntil; }
    public long getStatusListId() { return statusListId; }
    public int getStatusIndex() { return statusIndex; }
    public Status getStatus() { return status; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedReason() { return revokedReason; }
    public Source getRevocationSource() { return revocationSource; }
    public Long getRevocationRef() { return revocationRef; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }

    /** The qualification as one line: entry · sub-item · level. */
    public String qualificationLine() {
        return qualificationLine(qualification, subItem, level);
    }

    /** Entry · sub-item · level, either of the last two left out when absent. */
    static String qualificationLine(String qualification, String subItem, String level) {
        StringBuilder b = new StringBuilder(qualification);
        if (subItem != null) {
            b.append(" · ").append(subItem);
        }
        if (level != null) {
            b.append(" · ").append(level);
        }
        return b.toString();
    }
}
