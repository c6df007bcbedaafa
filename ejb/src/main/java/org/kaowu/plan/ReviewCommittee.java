package org.kaowu.plan;

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

import java.time.Instant;
import java.util.Objects;

/** 职称评审委员会: reviews professional titles of one series at one grade, within a jurisdiction. */
@Entity
@Table(name = "review_committee")
@NamedQuery(name = "ReviewCommittee.findAll", query = "select c from ReviewCommittee c order by c.jurisdiction, c.grade, c.name")
@NamedQuery(name = "ReviewCommittee.findByName", query = "select c from ReviewCommittee c where c.name = :name")
public class ReviewCommittee {

    public enum Grade { SENIOR, INTERMEDIATE }

    /** 省直 (provincial) or 市 (city) committees: the notice's attachments 1, 2 and 3. */
    public enum Jurisdiction { PROVINCE, CITY }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String series;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Grade grade;

    @Column(nullable = false, length = 200)
    private String organiser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Jurisdiction jurisdiction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected ReviewCommittee() {
    }

    public ReviewCommittee(String name, String series, Grade grade, String organiser, Jurisdiction jurisdiction,
                           Instant createdAt, String createdBy) {
        this.name = Objects.requireNonNull(name);
        this.series = Objects.requireNonNull(series);
        this.grade = Objects.requireNonNull(grade);
        this.organiser = Objects.requireNonNull(organiser);
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /** Corrected particulars, checked by the caller. */
    void change(String name, String series, Grade grade, String organiser, Jurisdiction jurisdiction) {
        this.name = Objects.requireNonNull(name);
        this.series = Objects.requireNonNull(series);
        this.grade = Objects.requireNonNull(grade);
        this.organiser = Objects.requireNonNull(organiser);
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSeries() { return series; }
    public Grade getGrade() { return grade; }
    public String getOrganiser() { return organiser; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
}
