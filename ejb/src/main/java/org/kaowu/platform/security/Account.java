package org.kaowu.platform.security;

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

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Someone who signs in. Guards its own sign-in throttle: five failures in a row lock it for fifteen minutes. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "select a from Account a where a.username = :username")
@NamedQuery(name = "Account.findStaff", query = "select a from Account a where a.role <> :candidate order by a.username")
public class Account {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(length = 20)
    private String mobile;

    @Column(length = 200)
    private String email;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, Role role, String passwordHash, String mobile, String email,
                   Instant createdAt, String createdBy) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mobile = mobile;
        this.email = email;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; every fifth in a row locks the account. */
    void failedSignIn(Instant now) {
        failedSignIns++;
        if (failedSignIns % FAILURES_BEFORE_LOCK == 0) {
            lockedUntil = now.plus(LOCK);
        }
    }

    void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    String getPasswordHash() { return passwordHash; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
    public int getFailedSignIns() { return failedSignIns; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
