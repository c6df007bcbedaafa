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

/** A statement and defence (陈述和申辩): by the person online, or recorded by the office from a written one. */
@Entity
@Table(name = "case_defence")
@NamedQuery(name = "CaseDefence.findByCase", query = "select d from CaseDefence d where d.caseId = :case order by d.submittedAt, d.id")
public class CaseDefence implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_defence_seq")
    @SequenceGenerator(name = "case_defence_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false, length = 8000)
    private String text;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "by_office", nullable = false)
    private boolean byOffice;

    protected CaseDefence() {
    }

    CaseDefence(long caseId, String text, Instant at, String by, boolean byOffice) {
        this.caseId = caseId;
        this.text = text;
        this.submittedAt = at;
        this.submittedBy = by;
        this.byOffice = byOffice;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getText() { return text; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public boolean isByOffice() { return byOffice; }
}
