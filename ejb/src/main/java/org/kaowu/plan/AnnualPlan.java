package org.kaowu.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** 年度专业技术人员职业资格考试工作计划: one per year. */
@Entity
@Table(name = "annual_plan")
@NamedQuery(name = "AnnualPlan.findByYear", query = "select p from AnnualPlan p where p.year = :year")
@NamedQuery(name = "AnnualPlan.findAll", query = "select p from AnnualPlan p order by p.year desc")
public class AnnualPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_year", nullable = false, unique = true)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String authority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by", length = 100)
    private String archivedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Exam> exams = new ArrayList<>();

    protected AnnualPlan() {
    }

    public AnnualPlan(int year, String title, String authority, Instant createdAt, String createdBy) {
        this.year = year;
        this.title = Objects.requireNonNull(title);
        this.authority = Objects.requireNonNull(authority);
        this.status = PlanStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /** A draft's exams are replaced wholesale by a new import. */
    void replaceExams(List<Exam> replacement) {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("only a draft's exams are replaced");
        }
        exams.clear();
        exams.addAll(replacement);
    }

    void addExam(Exam exam) {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("exams are added to a draft");
        }
        exams.add(exam);
    }

    void removeExam(Exam exam) {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("exams are removed from a draft");
        }
        exams.remove(exam);
    }

    void archive(Instant at, String by) {
        if (status != PlanStatus.PUBLISHED) {
            throw new IllegalStateException("only a published plan is archived");
        }
        status = PlanStatus.ARCHIVED;
        archivedAt = at;
        archivedBy = by;
    }

    void publish(Instant at, String by) {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("only a draft is published");
        }
        status = PlanStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
    }

    void retitle(String title, String authority) {
        this.title = Objects.requireNonNull(title);
        this.authority = Objects.requireNonNull(authority);
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public String getAuthority() { return authority; }
    public PlanStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getArchivedAt() { return archivedAt; }
    public String getArchivedBy() { return archivedBy; }
    public List<Exam> getExams() { return exams; }
}
