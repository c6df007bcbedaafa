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

import java.time.Instant;

/** One commitment to verify: drawn, or targeted with a note; assigned to a verifier; decided with evidence. */
@Entity
@Table(name = "verification_task")
@NamedQuery(name = "VerificationTask.findByCampaign", query = "select t from VerificationTask t where t.campaignId = :campaign order by t.id")
@NamedQuery(name = "VerificationTask.findByRegistration", query = "select t from VerificationTask t where t.registrationId = :registration order by t.id")
public class VerificationTask {

    /** EXEMPTION: an exemption claimed under a commitment, put into the targeted check when the candidate registered. */
    public enum Reason { ALL, SAMPLE, FLAGGED, REPORTED, BORDERLINE, EXEMPTION }

    public enum Status { OPEN, DONE }

    /**
     * UNABLE: the candidate did not cooperate with the check by its deadline (decided by a verifier, or by the
     * system when the deadline passes with the task open): treated as giving up the exam, the registration is void,
     * and no integrity record follows (not cooperating is not misconduct). NOT_MET: the conditions are not met
     * (void, fees kept, no record). FRAUD: deliberate false documents or other improper means (void; an Art. 10 case
     * follows with the Art. 17 procedure before any record). FALSE: decided before V24, when the two were one outcome
     * (legacy: never decided now; the office classifies it as NOT_MET or FRAUD).
     */
    public enum Outcome { CONFIRMED, NOT_MET, FRAUD, UNABLE, FALSE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(length = 2000)
    private String note;

    @Column(length = 100)
    private String verifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(length = 2000)
    private String evidence;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "classified_as", length = 20)
    private Outcome classifiedAs;

    @Column(name = "classified_at")
    private Instant classifiedAt;

    @Column(name = "classified_by", length = 100)
    private String classifiedBy;

    @Column(name = "classification_reason", length = 2000)
    private String classificationReason;

    @Version
    private long version;

    protected VerificationTask() {
    }

    VerificationTask(long campaignId, long registrationId, Reason reason, String note, Instant dueAt) {
        this.campaignId = campaignId;
        this.registrationId = registrationId;
        this.reason = reason;
        this.note = note;
        this.status = Status.OPEN;
        this.dueAt = dueAt;
    }

    void assign(String verifier) {
        this.verifier = verifier;
    }

    void decide(Outcome outcome, String evidence, String by, Instant at) {
        this.status = Status.DONE;
        this.outcome = outcome;
        this.evidence = evidence;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void classify(Outcome as, String reason, String by, Instant at) {
        this.classifiedAs = as;
        this.classificationReason = reason;
        this.classifiedBy = by;
        this.classifiedAt = at;
    }

    /** Whether it was decided FALSE before V24 (the two outcomes not told apart). */
    public boolean isLegacy() {
        return outcome == Outcome.FALSE;
    }

    public boolean overdue(Instant now) {
        return status == Status.OPEN && now.isAfter(dueAt);
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public long getRegistrationId() { return registrationId; }
    public Reason getReason() { return reason; }
    public String getNote() { return note; }
    public String getVerifier() { return verifier; }
    public Status getStatus() { return status; }
    public Outcome getOutcome() { return outcome; }
    public String getEvidence() { return evidence; }
    public Instant getDueAt() { return dueAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Outcome getClassifiedAs() { return classifiedAs; }
    public Instant getClassifiedAt() { return classifiedAt; }
    public String getClassifiedBy() { return classifiedBy; }
    public String getClassificationReason() { return classificationReason; }
}
