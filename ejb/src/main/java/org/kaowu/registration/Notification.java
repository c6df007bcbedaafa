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

    /** The message the notice was made from (null for notices made before V15): shown again in the reader's language. */
    @Column(name = "message_key", length = 100)
    private String messageKey;

    @Column(length = 300)
    private String exam;

    @Column(length = 2000)
    private String reason;

    protected Notification() {
    }

    Notification(long accountId, String title, String body, Instant at) {
        this.accountId = accountId;
        this.title = title;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.createdAt = at;
    }

    /** Keeps the message this notice was made from, so that it can be shown in another language. */
    Notification about(String key, String exam, String reason) {
        this.messageKey = key;
        this.exam = exam == null ? null : exam.length() > 300 ? exam.substring(0, 300) : exam;
        this.reason = reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        return this;
    }

    /** The title in the reader's language (as written, for a notice that does not know its message). */
    public String title(java.util.Locale locale) {
        return messageKey == null ? title : org.kaowu.shared.Messages.text(locale, messageKey + ".title", exam);
    }

    /** The text in the reader's language; the exam's name and the office's reason stay as they were written. */
    public String body(java.util.Locale locale) {
        if (messageKey == null) {
            return body;
        }
        return Notifications.sentences(org.kaowu.shared.Messages.text(locale, messageKey + ".body",
                Notifications.arguments(exam, reason)));
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getReadAt() { return readAt; }
}
