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

import java.time.Instant;
import java.util.Objects;

/**
 * Someone who signs in. The sign-in throttle is not kept here but by name and source ({@link SignInThrottleEntry}).
 * A disabled account cannot sign in and its sessions end at their next request.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "select a from Account a where a.username = :username")
@NamedQuery(name = "Account.findStaff", query = "select a from Account a where a.role <> :candidate order by a.username")
public class Account {

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

    /** Set by an ADMIN's reset: the temporary password must be replaced before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

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

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    String getPasswordHash() { return passwordHash; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }

    /** A new password hash; {@code temporary} when an ADMIN set it and the holder must choose their own. */
    void changePassword(String hash, boolean temporary) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = temporary;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
