package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An exam's public listing (公示, V28 {@code public_listing}): its period (closes excluded), who scheduled it if the
 * office did, and when it was drawn (null: scheduled before publication, not drawn yet).
 */
@Entity
@Table(name = "public_listing")
@NamedQuery(name = "PublicListing.findByExam", query = "select l from PublicListing l where l.examId = :exam")
public class PublicListing {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
    @SequenceGenerator(name = "listing_seq", sequenceName = "listing_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "scheduled_by", length = 100)
    private String scheduledBy;

    @Column(name = "drawn_at")
    private Instant drawnAt;

    @Column(name = "drawn_by", length = 100)
    private String drawnBy;

    @Column(nullable = false)
    private int entries;

    @Version
    private long version;

    protected PublicListing() {
    }

    PublicListing(long examId, Instant opensAt, Instant closesAt) {
        this.examId = examId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    void schedule(Instant opens, Instant closes, String by) {
        this.opensAt = opens;
        this.closesAt = closes;
        this.scheduledBy = by;
    }

    void drawn(Instant at, String by, int count) {
        this.drawnAt = at;
        this.drawnBy = by;
        this.entries = count;
    }

    public ListingRules.Phase phase(Instant now) {
        return drawnAt == null ? ListingRules.Phase.NOT_OPEN : ListingRules.phase(opensAt, closesAt, now);
    }

    public Long getId() { return id; }
    public long getExamId() { return examId; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public String getScheduledBy() { return scheduledBy; }
    public Instant getDrawnAt() { return drawnAt; }
    public String getDrawnBy() { return drawnBy; }
    public int getEntries() { return entries; }
    public boolean isDrawn() { return drawnAt != null; }
}
