package org.kaowu.conduct;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A snapshot of one report a case gathers: an incident, a verifier's fraud finding, or the panel's identical answers. */
@Entity
@Table(name = "case_report")
@NamedQuery(name = "CaseReport.findByCase", query = "select r from CaseReport r where r.caseId = :case order by r.gatheredAt, r.id")
@NamedQuery(name = "CaseReport.countBySource",
        query = "select count(r) from CaseReport r where r.caseId = :case and r.source = :source and r.sourceRef = :ref")
public class CaseReport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a report comes from. */
    public enum Source { INCIDENT, FRAUD, IDENTICAL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_report_seq")
    @SequenceGenerator(name = "case_report_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(name = "source_ref", nullable = false, length = 100)
    private String sourceRef;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(name = "rule_code", nullable = false, length = 20)
    private String ruleCode;

    @Column(length = 50)
    private String subject;

    @Column(name = "site_name", length = 200)
    private String siteName;

    @Column(name = "room_number", length = 40)
    private String roomNumber;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "reported_by", nullable = false, length = 100)
    private String reportedBy;

    @Column(name = "gathered_at", nullable = false)
    private Instant gatheredAt;

    protected CaseReport() {
    }

    CaseReport(long caseId, Source source, String ref, MisconductRule rule, String subject, String site, String room,
               Instant occurredAt, String description, String reportedBy, Instant at) {
        this.caseId = caseId;
        this.source = source;
        this.sourceRef = ref;
        this.ruleId = rule.getId();
        this.ruleCode = rule.getCode();
        this.subject = subject;
        this.siteName = site;
        this.roomNumber = room;
        this.occurredAt = occurredAt;
        this.description = description == null || description.isBlank() ? "-" : cut(description, 4000);
        this.reportedBy = cut(reportedBy == null ? "-" : reportedBy, 100);
        this.gatheredAt = at;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public Source getSource() { return source; }
    public String getSourceRef() { return sourceRef; }
    public long getRuleId() { return ruleId; }
    public String getRuleCode() { return ruleCode; }
    public String getSubject() { return subject; }
    public String getSiteName() { return siteName; }
    public String getRoomNumber() { return roomNumber; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getDescription() { return description; }
    public String getReportedBy() { return reportedBy; }
    public Instant getGatheredAt() { return gatheredAt; }
}
