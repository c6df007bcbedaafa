package org.kaowu.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One decision that affects a person or the rules: who took it, when, about what, and why. Never updated. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.findBySubject",
        query = "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id order by e.occurredAt desc")
@NamedQuery(name = "AuditEvent.findRecent", query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 100)
    private String subjectId;

    @Column(length = 2000)
    private String reason;

    @Column(length = 4000)
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                      String reason, String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.reason = reason;
        this.details = details;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public String getReason() { return reason; }
    public String getDetails() { return details; }
}
