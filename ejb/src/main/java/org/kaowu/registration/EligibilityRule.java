package org.kaowu.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One way to qualify for a catalogue entry's level, as data (seeded from the published conditions in V7, corrected in
 * V12): a qualification the candidate must already hold, and whether a full-time graduate's years count from graduation
 * only (with the source of that rule), are data too.
 */
@Entity
@Table(name = "eligibility_rule")
@NamedQuery(name = "EligibilityRule.findByCatalogueCodeAndLevel",
        query = "select r from EligibilityRule r where r.catalogueCode = :code and r.level = :level order by r.id")
public class EligibilityRule {

    @Id
    private Long id;

    @Column(name = "catalogue_code", nullable = false, length = 20)
    private String catalogueCode;

    @Column(nullable = false, length = 50)
    private String level;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", nullable = false, length = 20)
    private EducationLevel educationLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "major_relation", nullable = false, length = 20)
    private MajorRelation majorRelation;

    @Column(name = "total_years", nullable = false)
    private int totalYears;

    @Column(name = "field_years", nullable = false)
    private int fieldYears;

    @Column(name = "field_zh", nullable = false, length = 100)
    private String field;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "prerequisite_zh", length = 300)
    private String prerequisiteZh;

    @Column(name = "prerequisite_en", length = 300)
    private String prerequisiteEn;

    @Column(name = "full_time_from_graduation", nullable = false)
    private boolean fullTimeFromGraduation;

    @Column(name = "counting_source", length = 300)
    private String countingSource;

    protected EligibilityRule() {
    }

    public Eligibility.Rule rule() {
        return new Eligibility.Rule(educationLevel, majorRelation, totalYears, fieldYears, field, source, prerequisiteZh,
                prerequisiteEn, fullTimeFromGraduation, countingSource);
    }

    public String getCatalogueCode() { return catalogueCode; }
    public String getLevel() { return level; }
}
