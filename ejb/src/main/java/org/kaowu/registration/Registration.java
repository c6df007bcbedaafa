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
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One candidate's registration for one exam of one year (at most one: the database holds to it). */
@Entity
@Table(name = "registration")
@NamedQuery(name = "Registration.ofAccount", query = "select r from Registration r where r.accountId = :account order by r.createdAt desc")
@NamedQuery(name = "Registration.ofAccountAndExam", query = "select r from Registration r where r.accountId = :account and r.examId = :exam")
@NamedQuery(name = "Registration.ofAccountAndKey", query = "select r from Registration r where r.accountId = :account and r.idempotencyKey = :key")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(name = "exam_code", nullable = false, length = 40)
    private String examCode;

    @Column(length = 50)
    private String level;

    @Column(nullable = false, length = 40)
    private String area;

    @Column(nullable = false, length = 400)
    private String subjects;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationPath path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "major_relation", nullable = false, length = 20)
    private MajorRelation majorRelation;

    @Column(name = "field_years", nullable = false, precision = 4, scale = 1)
    private BigDecimal fieldYears;

    @Column(name = "total_years", nullable = false, precision = 4, scale = 1)
    private BigDecimal totalYears;

    @Column(nullable = false, length = 2000)
    private String eligibility;

    @Column(name = "notice_version", length = 40)
    private String noticeVersion;

    @Column(name = "notice_sha256", length = 64)
    private String noticeSha256;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_ip", length = 64)
    private String signedIp;

    @Column(name = "signed_user_agent", length = 300)
    private String signedUserAgent;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Column(name = "identity_pending", nullable = false)
    private boolean identityPending;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(long accountId, long examId, int planYear, String examCode, String level, String area,
                 List<String> subjects, RegistrationPath path, Eligibility.Facts facts, String eligibility,
                 String idempotencyKey, boolean identityPending, Instant now) {
        this.accountId = accountId;
        this.examId = examId;
        this.planYear = planYear;
        this.examCode = examCode;
        this.level = level;
        this.area = area;
        this.subjects = String.join("/", subjects);
        this.path = path;
        this.status = path == RegistrationPath.COMMITMENT ? RegistrationStatus.ACCEPTED : RegistrationStatus.PENDING_REVIEW;
        this.majorRelation = facts.major();
        this.totalYears = BigDecimal.valueOf(facts.totalYears()).setScale(1, RoundingMode.DOWN);
        this.fieldYears = BigDecimal.valueOf(facts.fieldYears()).setScale(1, RoundingMode.DOWN);
        this.eligibility = eligibility.length() > 2000 ? eligibility.substring(0, 2000) : eligibility;
        this.idempotencyKey = idempotencyKey;
        this.identityPending = identityPending;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The signature of the commitment: which text, its digest, when, from where. */
    void sign(CommitmentNotice notice, Instant at, String ip, String userAgent) {
        this.noticeVersion = notice.version();
        this.noticeSha256 = notice.sha256();
        this.signedAt = at;
        this.signedIp = ip == null ? null : ip.length() > 64 ? ip.substring(0, 64) : ip;
        this.signedUserAgent = userAgent == null ? null : userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public long getExamId() { return examId; }
    public int getPlanYear() { return planYear; }
    public String getExamCode() { return examCode; }
    public String getLevel() { return level; }
    public String getArea() { return area; }
    public List<String> getSubjects() { return Arrays.asList(subjects.split("/")); }
    public RegistrationPath getPath() { return path; }
    public RegistrationStatus getStatus() { return status; }
    public MajorRelation getMajorRelation() { return majorRelation; }
    public BigDecimal getFieldYears() { return fieldYears; }
    public BigDecimal getTotalYears() { return totalYears; }
    public String getEligibility() { return eligibility; }
    public String getNoticeVersion() { return noticeVersion; }
    public String getNoticeSha256() { return noticeSha256; }
    public Instant getSignedAt() { return signedAt; }
    public String getSignedIp() { return signedIp; }
    public String getSignedUserAgent() { return signedUserAgent; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public boolean isIdentityPending() { return identityPending; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
