package org.kaowu.conduct;

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
import java.time.LocalDate;

/**
 * A misconduct case (V26): the reports about one person and sitting ({@link CaseReport}), the sanction proposed and
 * the rule version chosen (a change with its reason), the notice of the proposed decision and its service, the
 * defence deadline, the written decision and its service. The procedure's guards live in {@link Cases}.
 */
@Entity
@Table(name = "misconduct_case")
@NamedQuery(name = "MisconductCase.findByKey", query = "select c from MisconductCase c where c.caseKey = :key")
@NamedQuery(name = "MisconductCase.findByRegistrations",
        query = "select c from MisconductCase c where c.registrationId in :registrations order by c.createdAt desc, c.id desc")
public class MisconductCase implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_case_seq")
    @SequenceGenerator(name = "conduct_case_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_key", nullable = false, length = 120)
    private String caseKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Party party;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "staff_member_id")
    private Long staffMemberId;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(nullable = false, length = 40)
    private String area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "proposed_rule_id", nullable = false)
    private long proposedRuleId;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(name = "rule_reason", length = 1000)
    private String ruleReason;

    @Column(length = 50)
    private String subject;

    @Column(name = "notice_facts", length = 4000)
    private String noticeFacts;

    @Column(name = "notice_at")
    private Instant noticeAt;

    @Column(name = "notice_by", length = 100)
    private String noticeBy;

    @Column(name = "defence_deadline")
    private Instant defenceDeadline;

    @Column(name = "notice_method", length = 20)
    private String noticeMethod;

    @Column(name = "notice_address", length = 300)
    private String noticeAddress;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_reasons", length = 4000)
    private String decisionReasons;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "decision_method", length = 20)
    private String decisionMethod;

    @Column(name = "decision_address", length = 300)
    private String decisionAddress;

    @Column(name = "decision_served_at")
    private Instant decisionServedAt;

    @Column(name = "integrity_record_id")
    private Long integrityRecordId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MisconductCase() {
    }

    MisconductCase(String key, Party party, Long registrationId, Long staffMemberId, long examId, int year, String area,
                   MisconductRule rule, String subject, Instant at) {
        this.caseKey = key;
        this.party = party;
        this.registrationId = registrationId;
        this.staffMemberId = staffMemberId;
        this.examId = examId;
        this.planYear = year;
        this.area = area;
        this.status = CaseStatus.OPEN;
        this.proposedRuleId = rule.getId();
        this.ruleId = rule.getId();
        this.subject = subject;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The reports now name another most severe rule: it is proposed (and chosen, unless the office chose another). */
    void proposed(MisconductRule rule, String subject, Instant at) {
        boolean chosenByOffice = ruleReason != null;
        this.proposedRuleId = rule.getId();
        if (!chosenByOffice) {
            this.ruleId = rule.getId();
        }
        if (subject != null && this.subject == null) {
            this.subject = subject;
        }
        this.updatedAt = at;
    }

    /** New facts after the notice: the notice must be served again. */
    void reopen(Instant at) {
        this.status = CaseStatus.OPEN;
        this.noticeAt = null;
        this.defenceDeadline = null;
        this.updatedAt = at;
    }

    void choose(MisconductRule rule, String reason, Instant at) {
        this.ruleId = rule.getId();
        this.ruleReason = reason;
        this.updatedAt = at;
    }

    void notified(String facts, Instant at, String by, Instant deadline, String method, String address) {
        this.noticeFacts = facts;
        this.noticeAt = at;
        this.noticeBy = by;
        this.defenceDeadline = deadline;
        this.noticeMethod = method;
        this.noticeAddress = address;
        this.status = CaseStatus.NOTIFIED;
        this.updatedAt = at;
    }

    void decided(String reasons, Instant at, String by, LocalDate effective) {
        this.decisionReasons = reasons;
        this.decidedAt = at;
        this.decidedBy = by;
        this.effectiveOn = effective;
        this.status = CaseStatus.DECIDED;
        this.updatedAt = at;
    }

    void served(String method, String address, Instant at) {
        this.decisionMethod = method;
        this.decisionAddress = address;
        this.decisionServedAt = at;
        this.updatedAt = at;
    }

    void recorded(Long integrityRecord) {
        this.integrityRecordId = integrityRecord;
    }

    void quashed(Instant at) {
        this.status = CaseStatus.QUASHED;
        this.updatedAt = at;
    }

    void changedOnAppeal(MisconductRule rule, String reason, Instant at) {
        this.ruleId = rule.getId();
        this.ruleReason = reason;
        this.updatedAt = at;
    }

    /** The case's decision number as the written decision carries it. */
    public String getNumber() {
        return "KW-CF-" + planYear + "-" + id;
    }

    public Long getId() { return id; }
    public String getCaseKey() { return caseKey; }
    public Party getParty() { return party; }
    public Long getRegistrationId() { return registrationId; }
    public Long getStaffMemberId() { return staffMemberId; }
    public long getExamId() { return examId; }
    public int getPlanYear() { return planYear; }
    public String getArea() { return area; }
    public CaseStatus getStatus() { return status; }
    public long getProposedRuleId() { return proposedRuleId; }
    public long getRuleId() { return ruleId; }
    public String getRuleReason() { return ruleReason; }
    public String getSubject() { return subject; }
    public String getNoticeFacts() { return noticeFacts; }
    public Instant getNoticeAt() { return noticeAt; }
    public String getNoticeBy() { return noticeBy; }
    public Instant getDefenceDeadline() { return defenceDeadline; }
    public String getNoticeMethod() { return noticeMethod; }
    public String getNoticeAddress() { return noticeAddress; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionReasons() { return decisionReasons; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public String getDecisionMethod() { return decisionMethod; }
    public String getDecisionAddress() { return decisionAddress; }
    public Instant getDecisionServedAt() { return decisionServedAt; }
    public Long getIntegrityRecordId() { return integrityRecordId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
