package org.kaowu.registration;

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

/**
 * Two accounts claim one identity number: neither is locked out, both go to the office, which decides who the number
 * belongs to.
 */
@Entity
@Table(name = "identity_case")
@NamedQuery(name = "IdentityCase.findBetween",
        query = "select c from IdentityCase c where c.firstAccount = :first and c.secondAccount = :second")
@NamedQuery(name = "IdentityCase.findOpenByAccount", query = "select c from IdentityCase c where c.status = org.kaowu.registration.IdentityCase.Status.OPEN"
        + " and (c.firstAccount = :account or c.secondAccount = :account)")
@NamedQuery(name = "IdentityCase.findOpen", query = "select c from IdentityCase c where c.status = org.kaowu.registration.IdentityCase.Status.OPEN order by c.openedAt")
public class IdentityCase {

    /** WITHDRAWN: one side changed to another number before the office decided; nothing left to decide. */
    public enum Status { OPEN, RESOLVED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(name = "first_account", nullable = false)
    private long firstAccount;

    @Column(name = "second_account", nullable = false)
    private long secondAccount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "owner_account")
    private Long ownerAccount;

    @Column(length = 2000)
    private String resolution;

    @Version
    private long version;

    protected IdentityCase() {
    }

    IdentityCase(String idNumber, long a, long b, Instant at) {
        this.idNumber = idNumber;
        this.firstAccount = Math.min(a, b);
        this.secondAccount = Math.max(a, b);
        this.status = Status.OPEN;
        this.openedAt = at;
    }

    void reopen(String idNumber, Instant at) {
        this.idNumber = idNumber;
        this.status = Status.OPEN;
        this.openedAt = at;
        this.resolvedAt = null;
        this.resolvedBy = null;
        this.ownerAccount = null;
        this.resolution = null;
    }

    void resolve(long owner, String why, String by, Instant at) {
        status = Status.RESOLVED;
        ownerAccount = owner;
        resolution = why;
        resolvedBy = by;
        resolvedAt = at;
    }

    /** One side entered another number: the case closes without an owner. */
    void withdrawn(long by, String actor, Instant at) {
        status = Status.WITHDRAWN;
        ownerAccount = null;
        resolution = "account " + by + " changed to another identity number";
        resolvedBy = actor;
        resolvedAt = at;
    }

    /** The other side of the case. */
    public long other(long account) {
        return account == firstAccount ? secondAccount : firstAccount;
    }

    public Long getId() { return id; }
    public String getIdNumber() { return idNumber; }
    public long getFirstAccount() { return firstAccount; }
    public long getSecondAccount() { return secondAccount; }
    public Status getStatus() { return status; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
    public Long getOwnerAccount() { return ownerAccount; }
    public String getResolution() { return resolution; }
}
