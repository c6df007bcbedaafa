package org.kaowu.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One candidate moved by a {@link Reseating} on one exam day: from which room and seat, to which, and the tickets. */
@Entity
@Table(name = "seat_move")
public class SeatMove {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reseating_seq")
    @SequenceGenerator(name = "reseating_seq", sequenceName = "reseating_seq", allocationSize = 50)
    private Long id;

    @Column(name = "reseating_id", nullable = false)
    private long reseatingId;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "exam_day", nullable = false)
    private LocalDate day;

    @Column(name = "from_room_id", nullable = false)
    private long fromRoomId;

    @Column(name = "from_seat", nullable = false)
    private int fromSeat;

    @Column(name = "to_room_id", nullable = false)
    private long toRoomId;

    @Column(name = "to_site_id", nullable = false)
    private long toSiteId;

    @Column(name = "to_seat", nullable = false)
    private int toSeat;

    @Column(name = "old_ticket", length = 60)
    private String oldTicket;

    @Column(name = "new_ticket", length = 60)
    private String newTicket;

    protected SeatMove() {
    }

    SeatMove(long reseatingId, long runId, long registrationId, LocalDate day, long fromRoomId, int fromSeat,
             long toRoomId, long toSiteId, int toSeat, String oldTicket, String newTicket) {
        this.reseatingId = reseatingId;
        this.runId = runId;
        this.registrationId = registrationId;
        this.day = day;
        this.fromRoomId = fromRoomId;
        this.fromSeat = fromSeat;
        this.toRoomId = toRoomId;
        this.toSiteId = toSiteId;
        this.toSeat = toSeat;
        this.oldTicket = oldTicket;
        this.newTicket = newTicket;
    }

    public Long getId() { return id; }
    public long getReseatingId() { return reseatingId; }
    public long getRunId() { return runId; }
    public long getRegistrationId() { return registrationId; }
    public LocalDate getDay() { return day; }
    public long getFromRoomId() { return fromRoomId; }
    public int getFromSeat() { return fromSeat; }
    public long getToRoomId() { return toRoomId; }
    public long getToSiteId() { return toSiteId; }
    public int getToSeat() { return toSeat; }
    public String getOldTicket() { return oldTicket; }
    public String getNewTicket() { return newTicket; }
}
