package org.kaowu.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One registration's seat on one exam day in one {@link AllocationRun}: room (and its site), grid cell and seat
 * number. The ticket number stands on the row of the candidate's first exam day only (unique per run).
 */
@Entity
@Table(name = "seat_assignment")
public class SeatAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_seq")
    @SequenceGenerator(name = "allocation_seq", sequenceName = "allocation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "exam_day", nullable = false)
    private LocalDate day;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(name = "site_id", nullable = false)
    private long siteId;

    @Column(name = "seat_row", nullable = false)
    private int row;

    @Column(name = "seat_column", nullable = false)
    private int column;

    @Column(name = "seat_number", nullable = false)
    private int seatNumber;

    @Column(name = "ticket_number", length = 60)
    private String ticketNumber;

    protected SeatAssignment() {
    }

    SeatAssignment(long runId, LocalDate day, long siteId, SeatPlacement p, String ticketNumber) {
        this.runId = runId;
        this.registrationId = p.registrationId();
        this.day = day;
        this.roomId = p.roomId();
        this.siteId = siteId;
        this.row = p.row();
        this.column = p.column();
        this.seatNumber = p.seatNumber();
        this.ticketNumber = ticketNumber;
    }

    /** Re-seating: the same registration and day, another room (and site) and seat; the ticket number as given. */
    void moveTo(long siteId, SeatPlacement p, String ticketNumber) {
        if (p.registrationId() != registrationId) {
            throw new IllegalArgumentException("placement of registration " + p.registrationId());
        }
        this.roomId = p.roomId();
        this.siteId = siteId;
        this.row = p.row();
        this.column = p.column();
        this.seatNumber = p.seatNumber();
        this.ticketNumber = ticketNumber;
    }

    public Long getId() { return id; }
    public long getRunId() { return runId; }
    public long getRegistrationId() { return registrationId; }
    public LocalDate getDay() { return day; }
    public long getRoomId() { return roomId; }
    public long getSiteId() { return siteId; }
    public int getRow() { return row; }
    public int getColumn() { return column; }
    public int getSeatNumber() { return seatNumber; }
    public String getTicketNumber() { return ticketNumber; }
}
