package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One candidate on a listing (V28 {@code listing_entry}): the sitting that completed the standing, as listed. */
@Entity
@Table(name = "listing_entry")
public class ListingEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_seq")
    @SequenceGenerator(name = "listing_seq", sequenceName = "listing_seq", allocationSize = 50)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(nullable = false, length = 300)
    private String qualification;

    @Column(length = 50)
    private String level;

    @Column(nullable = false, length = 50)
    private String area;

    protected ListingEntry() {
    }

    ListingEntry(long listingId, long registrationId, String qualification, String level, String area) {
        this.listingId = listingId;
        this.registrationId = registrationId;
        this.qualification = qualification;
        this.level = level;
        this.area = area;
    }

    public Long getId() { return id; }
    public long getListingId() { return listingId; }
    public long getRegistrationId() { return registrationId; }
    public String getQualification() { return qualification; }
    public String getLevel() { return level; }
    public String getArea() { return area; }
}
