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

import java.time.LocalDate;

/** An appeal against a decision (Arts. 18, 19), filed within its limit, and its outcome. */
@Entity
@Table(name = "case_appeal")
@NamedQuery(name = "CaseAppeal.findByCase", query = "select a from CaseAppeal a where a.caseId = :case order by a.id")
public class CaseAppeal implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_appeal_seq")
    @SequenceGenerator(name = "case_appeal_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppealKind kind;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "limit_on", nullable = false)
    private LocalDate limitOn;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    @Column(nullable = false, length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private AppealOutcome outcome;

    @Column(name = "outcome_rule_id")
    private Long outcomeRuleId;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "outcome_reason", length = 2000)
    private String outcomeReason;

    @Column(name = "outcome_by", length = 100)
    private String outcomeBy;

    protected CaseAppeal() {
    }

    CaseAppeal(long caseId, AppealKind kind, LocalDate filedOn, LocalDate limitOn, String by, String note) {
        this.caseId = caseId;
        this.kind = kind;
        this.filedOn = filedOn;
        this.limitOn = limitOn;
        this.filedBy = by;
        this.note = note;
    }

    void settle(AppealOutcome outcome, Long ruleId, LocalDate on, String reason, String by) {
        this.outcome = outcome;
        this.outcomeRuleId = ruleId;
        this.outcomeOn = on;
        this.outcomeReason = reason;
        this.outcomeBy = by;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public AppealKind getKind() { return kind; }
    public LocalDate getFiledOn() { return filedOn; }
    public LocalDate getLimitOn() { return limitOn; }
    public String getFiledBy() { return filedBy; }
    public String getNote() { return note; }
    public AppealOutcome getOutcome() { return outcome; }
    public Long getOutcomeRuleId() { return outcomeRuleId; }
    public LocalDate getOutcomeOn() { return outcomeOn; }
    public String getOutcomeReason() { return outcomeReason; }
    public String getOutcomeBy() { return outcomeBy; }
}
