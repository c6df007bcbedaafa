package org.kaowu.scheduling.staff;

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

/**
 * A misconduct decision that bars a person from serving at exams from one day (until another, or for good). The
 * conduct capability records these ({@link StaffPool#bar}); rosters read them through {@link StaffPool#barred}.
 */
@Entity
@Table(name = "staff_bar")
@NamedQuery(name = "StaffBar.findInForce", query = "select b.idNumber from StaffBar b where b.idNumber in :numbers"
        + " and b.barredFrom <= :day and (b.barredUntil is null or b.barredUntil >= :day)"
        + " and (b.liftedOn is null or b.liftedOn > :day)")
@NamedQuery(name = "StaffBar.findByDecision", query = "select b from StaffBar b where b.decision = :decision and b.liftedOn is null")
public class StaffBar {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    private Long id;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(name = "barred_from", nullable = false)
    private LocalDate barredFrom;

    @Column(name = "barred_until")
    private LocalDate barredUntil;

    @Column(nullable = false, length = 100)
    private String decision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    @Column(name = "lifted_reason", length = 1000)
    private String liftedReason;

    protected StaffBar() {
    }

    StaffBar(String idNumber, LocalDate from, LocalDate until, String decision, Instant at) {
        this.idNumber = idNumber;
        this.barredFrom = from;
        this.barredUntil = until;
        this.decision = decision;
        this.createdAt = at;
    }

    void lift(LocalDate on, String reason) {
        this.liftedOn = on;
        this.liftedReason = reason;
    }

    public Long getId() { return id; }
    public LocalDate getLiftedOn() { return liftedOn; }
    public String getLiftedReason() { return liftedReason; }
    public LocalDate getBarredFrom() { return barredFrom; }
    public LocalDate getBarredUntil() { return barredUntil; }
    public String getDecision() { return decision; }
}
