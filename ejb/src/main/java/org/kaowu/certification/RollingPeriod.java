package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A rolling period (滚动管理) as data (V27): for a catalogue entry's level and a candidate category (how many of the
 * level's subjects the candidate is exempt from), the consecutive exam years in which the rest must be passed, with
 * the document and clause that say so.
 */
@Entity
@Table(name = "rolling_period")
@NamedQuery(name = "RollingPeriod.findByLevel",
        query = "select p from RollingPeriod p where p.catalogueCode = :code and p.level = :level order by p.exemptSubjects")
@NamedQuery(name = "RollingPeriod.findAll", query = "select p from RollingPeriod p order by p.catalogueCode, p.level, p.exemptSubjects")
public class RollingPeriod {

    @Id
    private Long id;

    @Column(name = "catalogue_code", nullable = false, length = 20)
    private String catalogueCode;

    @Column(nullable = false, length = 50)
    private String level;

    @Column(name = "exempt_subjects", nullable = false)
    private int exemptSubjects;

    @Column(nullable = false)
    private int years;

    @Column(nullable = false, length = 400)
    private String source;

    protected RollingPeriod() {
    }

    public ResultRules.Period period() {
        return new ResultRules.Period(years, source);
    }

    public Long getId() { return id; }
    public String getCatalogueCode() { return catalogueCode; }
    public String getLevel() { return level; }
    public int getExemptSubjects() { return exemptSubjects; }
    public int getYears() { return years; }
    public String getSource() { return source; }
}
