package org.kaowu.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One re-seating (调整考场): the office closed rooms of an area (a whole site, or chosen rooms) on an exam day, for a
 * reason; the candidates the current allocation runs had seated there were moved ({@link SeatMove}), from a recorded
 * seed. Everyone else kept seat and ticket number.
 */
@Entity
@Table(name = "reseating")
@NamedQuery(name = "Reseating.findByArea",
        query = "select r from Reseating r where r.area = :area order by r.doneAt desc, r.id desc")
public class Reseating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reseating_seq")
    @SequenceGenerator(name = "reseating_seq", sequenceName = "reseating_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40)
    private String area;

    @Column(name = "exam_day", nullable = false)
    private LocalDate day;

    /** The site closed as a whole; null when chosen rooms were closed. */
    @Column(name = "site_id")
    private Long siteId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false)
    private int rooms;

    @Column(nullable = false)
    private int moved;

    @Column(name = "done_by", nullable = false, length = 100)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected Reseating() {
    }

    Reseating(String area, LocalDate day, Long siteId, String reason, long seed, int rooms, String doneBy, Instant now) {
        this.area = Objects.requireNonNull(area);
        this.day = Objects.requireNonNull(day);
        this.siteId = siteId;
        this.reason = Objects.requireNonNull(reason);
        this.seed = seed;
        this.rooms = rooms;
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = now;
    }

    void moved(int count) {
        this.moved = count;
    }

    public Long getId() { return id; }
    public String getArea() { return area; }
    public LocalDate getDay() { return day; }
    public Long getSiteId() { return siteId; }
    public String getReason() { return reason; }
    public long getSeed() { return seed; }
    public int getRooms() { return rooms; }
    public int getMoved() { return moved; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
}
