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
import org.kaowu.plan.Timeline;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One candidate's registration for one exam of one year (at most one: the database holds to it). */
@Entity
@Table(name = "registration")
@NamedQuery(name = "Registration.findByAccount", query = "select r from Registration r where r.accountId = :account order by r.createdAt desc")
@NamedQuery(name = "Registration.findPriorByAccounts", query = "select new org.kaowu.registration.RegistrationRules$Prior("
        + "r.id, r.accountId, r.examId, r.idempotencyKey, r.planYear, r.examCode, r.holdsPlace, r.status, r.commitmentWithdrawnAt)"
        + " from Registration r where r.accountId in :accounts and (r.examId in :exams or r.idempotencyKey in :keys)")
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

    /** TRUE while this registration is the candidate's one for its exam and year; NULL once it no longer counts. */
    @Column(name = "holds_place")
    private Boolean holdsPlace = Boolean.TRUE;

    @Column(name = "exemption_by_alternative", nullable = false)
    private boolean exemptionByAlternative;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal fee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Payment payment;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_via", length = 200)
    private String paidVia;

    @Column(name = "commitment_withdrawn_at")
    private Instant commitmentWithdrawnAt;

    @Column(name = "review_note", length = 2000)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(length = 20)
    private String exemption;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason", length = 2000)
    private String voidReason;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(long accountId, long examId, int planYear, String examCode, String level, String area,
                 List<String> subjects, RegistrationPath path, Eligibility.Facts facts, String eligibility,
                 String idempotencyKey, boolean identityPending, BigDecimal fee, Instant now) {
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
        this.fee = fee;
        this.payment = fee.signum() == 0 ? Payment.PAID : Payment.UNPAID;
        this.paidAt = fee.signum() == 0 ? now : null;
        this.paidVia = fee.signum() == 0 ? "no fee" : null;
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

    /** The reference the candidate quotes to the bank: KW, the year, the id in ten digits. */
    public String getPaymentRef() {
        if (id == null) {
            return null;
        }
        String digits = Long.toString(id);
        return "KW" + planYear + "0".repeat(Math.max(0, 10 - digits.length())) + digits;
    }

    /** The registration id a payment reference names, or -1 when it is no reference of ours. */
    public static long idOfPaymentRef(String ref) {
        if (ref == null || !ref.matches("KW\\d{14}")) {
            return -1;
        }
        return Long.parseLong(ref.substring(6));
    }

    /** Whether the fee can be paid now: the registration stands (commitment accepted or proof approved) and is unpaid. */
    public boolean payable() {
        return payment == Payment.UNPAID && (status == RegistrationStatus.ACCEPTED || status == RegistrationStatus.APPROVED);
    }

    /**
     * Proof the office has not finished with: waiting for review, or for the more the office asked for. Documents are
     * added only then, and only then does a reviewer see the candidate's data unmasked.
     */
    public boolean underReview() {
        return path == RegistrationPath.PROOF
                && (status == RegistrationStatus.PENDING_REVIEW || status == RegistrationStatus.MORE_REQUESTED);
    }

    /** Whether the registration is the office's to decide now: proof waiting for review (not for the candidate). */
    public boolean awaitingReview() {
        return path == RegistrationPath.PROOF && status == RegistrationStatus.PENDING_REVIEW;
    }

    /** The fee is paid; only a registration that can be paid now ({@link #payable()}). */
    void markPaid(Instant at, String via) {
        if (!payable()) {
            throw notPayable();
        }
        payment = Payment.PAID;
        paidAt = at;
        paidVia = via;
        updatedAt = at;
    }

    private DomainException notPayable() {
        return DomainException.conflict("not-payable", "id", "registration.payment.notPayable",
                org.kaowu.shared.Localized.of("registration.statusName." + status.name()),
                org.kaowu.shared.Localized.of("registration.paymentName." + payment.name()));
    }

    /**
     * The commitment is withdrawn: proof instead, and the commitment path closed for this exam this year. Only a
     * standing commitment, not paid for (unless there is no fee), before the withdrawal deadline and the close of
     * registration in its area ({@code window}).
     */
    void withdrawCommitment(Instant at, Timeline window) {
        if (path != RegistrationPath.COMMITMENT || status != RegistrationStatus.ACCEPTED) {
            throw DomainException.conflict("withdrawal-refused", "path", "registration.withdraw.notCommitment");
        }
        if (payment == Payment.PAID && fee.signum() > 0) {
            throw DomainException.conflict("withdrawal-refused", "payment", "registration.withdraw.paid");
        }
        if (!at.isBefore(window.withdrawalDeadline()) || !at.isBefore(window.registrationCloses())) {
            throw DomainException.conflict("withdrawal-refused", "path", "registration.withdraw.late",
                    org.kaowu.plan.WindowFormat.argument("withdrawalDeadline", window.withdrawalDeadline()));
        }
        path = RegistrationPath.PROOF;
        status = RegistrationStatus.PENDING_REVIEW;
        commitmentWithdrawnAt = at;
        updatedAt = at;
    }

    /**
     * The office's decision on proof waiting for review: APPROVED, REJECTED or MORE_REQUESTED, the last two with
     * their reason (at most 2000 characters, no invisible characters); the note is kept stripped.
     */
    void reviewed(RegistrationStatus outcome, String note, String by, Instant at) {
        if (outcome != RegistrationStatus.APPROVED && outcome != RegistrationStatus.REJECTED
                && outcome != RegistrationStatus.MORE_REQUESTED) {
            throw new IllegalArgumentException("not a review outcome: " + outcome);
        }
        if (!awaitingReview()) {
            throw DomainException.conflict("not-under-review", "id", "registration.review.notPending");
        }
        String why = note == null ? null : note.strip();
        if (outcome != RegistrationStatus.APPROVED && (why == null || why.isEmpty())) {
            throw DomainException.badInput("invalid-review", "note", "registration.review.noteRequired");
        }
        if (Texts.hiddenMultiline(why)) {
            throw DomainException.badInput("invalid-review", "note", "text.hidden");
        }
        if (why != null && why.length() > 2000) {
            throw DomainException.badInput("invalid-review", "note", "registration.review.noteTooLong");
        }
        status = outcome;
        reviewNote = why;
        reviewedBy = by;
        reviewedAt = at;
        updatedAt = at;
    }

    /** Refuses a document unless the registration is {@link #underReview()}. */
    void checkOpenForDocuments() {
        if (!underReview()) {
            throw DomainException.conflict("documents-closed", "document", "registration.document.closed");
        }
    }

    /** More proof arrived: after the office asked for it, back to the queue. */
    void resubmitted(Instant at) {
        checkOpenForDocuments();
        if (status == RegistrationStatus.MORE_REQUESTED) {
            status = RegistrationStatus.PENDING_REVIEW;
            updatedAt = at;
        }
    }

    /** Unpaid at the payment deadline: only a registration that could have been paid ({@link #payable()}). */
    void lapse(Instant at) {
        if (!payable()) {
            throw notPayable();
        }
        status = RegistrationStatus.LAPSED;
        updatedAt = at;
    }

    void voided(String reason, Instant at) {
        status = RegistrationStatus.VOIDED;
        voidedAt = at;
        voidReason = reason;
        updatedAt = at;
    }

    void exempt(String code, boolean byAlternative) {
        exemption = code;
        exemptionByAlternative = code != null && byAlternative;
    }

    void identityDecided() {
        identityPending = false;
    }

    /** Voided because the identity number was another person's: the candidate's place for this exam is free again. */
    void releasePlace() {
        holdsPlace = null;
    }

    /** Whether this is this account's registration (another's is as good as absent to a candidate). */
    public boolean ownedBy(long account) {
        return accountId == account;
    }

    /** Whether this is the candidate's one registration for its exam and year. */
    public boolean holdsPlace() {
        return Boolean.TRUE.equals(holdsPlace);
    }

    public boolean isExemptionByAlternative() { return exemptionByAlternative; }

    public String getExemption() { return exemption; }
    public BigDecimal getFee() { return fee; }
    public Payment getPayment() { return payment; }
    public Instant getPaidAt() { return paidAt; }
    public String getPaidVia() { return paidVia; }
    public Instant getCommitmentWithdrawnAt() { return commitmentWithdrawnAt; }
    public String getReviewNote() { return reviewNote; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Instant getVoidedAt() { return voidedAt; }
    public String getVoidReason() { return voidReason; }
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
