package org.kaowu.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message to a candidate about a decision on their registration, shown on their pages. */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.findByAccount", query = "select n from Notification n where n.accountId = :account order by n.createdAt desc")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long accountId, String title, String body, Instant at) {
        this.accountId = accountId;
        this.title = title;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getReadAt() { return readAt; }
}
