package org.kaowu.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A room the office closed on an exam day (by a {@link Reseating}): it is no longer lent that day. */
@Entity
@Table(name = "room_closure")
public class RoomClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reseating_seq")
    @SequenceGenerator(name = "reseating_seq", sequenceName = "reseating_seq", allocationSize = 50)
    private Long id;

    @Column(name = "reseating_id", nullable = false)
    private long reseatingId;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(name = "closed_on", nullable = false)
    private LocalDate day;

    protected RoomClosure() {
    }

    RoomClosure(long reseatingId, long roomId, LocalDate day) {
        this.reseatingId = reseatingId;
        this.roomId = roomId;
        this.day = day;
    }

    public Long getId() { return id; }
    public long getReseatingId() { return reseatingId; }
    public long getRoomId() { return roomId; }
    public LocalDate getDay() { return day; }
}
