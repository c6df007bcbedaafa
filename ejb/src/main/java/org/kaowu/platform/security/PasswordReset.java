package org.kaowu.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One outstanding password reset: the SHA-256 digest of what was sent (a link's random token, or a six-digit SMS
 * code salted with the account), never the token itself. Used once: a completed reset removes it and every other of
 * the account's.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.findByDigest", query = "select r from PasswordReset r join fetch r.account"
        + " where r.tokenDigest = :digest and r.channel = :channel")
@NamedQuery(name = "PasswordReset.findByAccount", query = "select r from PasswordReset r where r.account = :account")
public class PasswordReset {

    public enum Channel { EMAIL, SMS }

    /** Wrong codes an SMS reset takes before it is void. */
    static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "token_digest", nullable = false, length = 64)
    private String tokenDigest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    protected PasswordReset() {
    }

    PasswordReset(Account account, Channel channel, String tokenDigest, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.channel = Objects.requireNonNull(channel);
        this.tokenDigest = Objects.requireNonNull(tokenDigest);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Counts a wrong code; answers true when the reset is spent. */
    boolean wrongCode() {
        failedAttempts++;
        return failedAttempts >= MAX_ATTEMPTS;
    }

    Account getAccount() { return account; }
    Channel getChannel() { return channel; }
    Instant getExpiresAt() { return expiresAt; }
    String tokenDigest() { return tokenDigest; }
}
