package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An objection (异议) to a listed entry (V28 {@code listing_objection}): the objector's name and contact (personal
 * data: the office's only), the grounds, when; the source address as a digest only; the office's resolution.
 */
@Entity
@Table(name = "listing_objection")
public class ListingObjection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
    @SequenceGenerator(name = "listing_seq", sequenceName = "listing_seq", allocationSize = 50)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "objector_name", nullable = false, length = 50)
    private String objectorName;

    @Column(name = "objector_contact", nullable = false, length = 100)
    private String objectorContact;

    @Column(nullable = false, length = 1000)
    private String grounds;

    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;

    @Column(name = "source_key", nullable = false, length = 64)
    private String sourceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListingRules.ObjectionStatus status;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolution_reason", length = 1000)
    private String resolutionReason;

    @Version
    private long version;

    protected ListingObjection() {
    }

    ListingObjection(long entryId, String name, String contact, String grounds, Instant at, String sourceKey) {
        this.entryId = entryId;
        this.objectorName = name;
        this.objectorContact = contact;
        this.grounds = grounds;
        this.lodgedAt = at;
        this.sourceKey = sourceKey;
        this.status = ListingRules.ObjectionStatus.OPEN;
    }

    void resolve(ListingRules.ObjectionStatus outcome, String reason, Instant at, String by) {
        this.status = outcome;
        this.resolutionReason = reason;
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    ListingRules.ObjectionState state() {
        return new ListingRules.ObjectionState(id, status, resolutionReason);
    }

    public Long getId() { return id; }
    public long getEntryId() { return entryId; }
    public String getObjectorName() { return objectorName; }
    public String getObjectorContact() { return objectorContact; }
    public String getGrounds() { return grounds; }
    public Instant getLodgedAt() { return lodgedAt; }
    public ListingRules.ObjectionStatus getStatus() { return status; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
    public String getResolutionReason() { return resolutionReason; }
}
