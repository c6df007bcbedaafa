package org.kaowu.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.MonthDay;

/** 年度例会: a committee's planned annual session, which the notice wants over by the end of November. */
@Entity
@Table(name = "annual_session")
@NamedQuery(name = "AnnualSession.findByYear",
        query = "select s from AnnualSession s join fetch s.committee where s.year = :year order by s.plannedFrom")
@NamedQuery(name = "AnnualSession.findById",
        query = "select s from AnnualSession s join fetch s.committee where s.id = :id")
@NamedQuery(name = "AnnualSession.countByCommittee",
        query = "select count(s) from AnnualSession s where s.committee.id = :committee")
@NamedQuery(name = "AnnualSession.findByCommitteeAndYear",
        query = "select s from AnnualSession s where s.committee.id = :committee and s.year = :year")
public class AnnualSession {

    /** 各评委会年度例会一般应于11月底前完成. */
    public static final MonthDay DEADLINE = MonthDay.of(11, 30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    private ReviewCommittee committee;

    @Column(name = "session_year", nullable = false)
    private int year;

    @Column(name = "planned_from", nullable = false)
    private LocalDate plannedFrom;

    @Column(name = "planned_to", nullable = false)
    private LocalDate plannedTo;

    @Column(length = 1000)
    private String note;

    protected AnnualSession() {
    }

    public AnnualSession(ReviewCommittee committee, int year, LocalDate plannedFrom, LocalDate plannedTo, String note) {
        this.committee = committee;
        this.year = year;
        replan(plannedFrom, plannedTo, note);
    }

    final void replan(LocalDate from, LocalDate to, String note) {
        this.plannedFrom = from;
        this.plannedTo = to;
        this.note = note;
    }

    /** Ends after 30 November of its year: allowed, but the office is warned. */
    public boolean late() {
        return plannedTo.isAfter(DEADLINE.atYear(year));
    }

    public Long getId() { return id; }
    public ReviewCommittee getCommittee() { return committee; }
    public int getYear() { return year; }
    public LocalDate getPlannedFrom() { return plannedFrom; }
    public LocalDate getPlannedTo() { return plannedTo; }
    public String getNote() { return note; }
}
