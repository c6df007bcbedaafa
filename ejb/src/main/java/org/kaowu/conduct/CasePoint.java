package org.kaowu.conduct;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One point a defence raises, and the office's re-check of it (Art. 17): no decision while a point is unchecked. */
@Entity
@Table(name = "case_point")
@NamedQuery(name = "CasePoint.findByCase", query = "select p from CasePoint p where p.caseId = :case order by p.defenceId, p.position")
public class CasePoint implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_point_seq")
    @SequenceGenerator(name = "case_point_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "defence_id", nullable = false)
    private long defenceId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2000)
    private String point;

    @Column(length = 4000)
    private String finding;

    @Column(name = "checked_by", length = 100)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    protected CasePoint() {
    }

    CasePoint(long caseId, long defenceId, int position, String point) {
        this.caseId = caseId;
        this.defenceId = defenceId;
        this.position = position;
        this.point = point;
    }

    void check(String finding, String by, Instant at) {
        this.finding = finding;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    public boolean isChecked() { return finding != null; }
    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getDefenceId() { return defenceId; }
    public int getPosition() { return position; }
    public String getPoint() { return point; }
    public String getFinding() { return finding; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getCheckedAt() { return checkedAt; }
}
