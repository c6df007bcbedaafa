package org.kaowu.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Who may skip which subjects of a catalogue entry's level, as data (seeded in V10 from the published rules, corrected
 * in V12). A rule found to have no source is withdrawn ({@code withdrawn} says why), not deleted: registrations that
 * claimed it keep its code, but it is no longer offered.
 */
@Entity
@Table(name = "exemption_rule")
@NamedQuery(name = "ExemptionRule.findByCatalogueCodeAndLevel",
        query = "select r from ExemptionRule r where r.catalogueCode = :code and r.level = :level and r.withdrawn is null"
                + " order by r.id")
public class ExemptionRule {

    /** The rule as registration uses it: the subjects it waives are named, as plans give codes of their own. */
    public record Exemption(String code, String conditionZh, String conditionEn, int minTotalYears,
                            List<String> exemptSubjects, String source, String alternativeZh, String alternativeEn,
                            int minFieldYears)
            implements Serializable {

        /** An exemption that needs no years in the exam's field. */
        public Exemption(String code, String conditionZh, String conditionEn, int minTotalYears, List<String> exemptSubjects,
                         String source, String alternativeZh, String alternativeEn) {
            this(code, conditionZh, conditionEn, minTotalYears, exemptSubjects, source, alternativeZh, alternativeEn, 0);
        }

        /**
         * Whether the candidate has the years the exemption's own condition needs: in all and in the exam's field,
         * counted as the level's rule met counts them ({@code rule} null: all work counts).
         */
        public boolean yearsMet(Eligibility.Facts facts, Eligibility.Rule rule) {
            return facts.total(rule) >= minTotalYears && facts.field(rule) >= minFieldYears;
        }

        /** Whether the exemption may also be claimed on its alternative condition (which needs no years of work). */
        public boolean hasAlternative() {
            return alternativeZh != null;
        }

        /** The condition the candidate claims to meet, in the language asked. */
        public String condition(boolean alternative, boolean english) {
            if (alternative && hasAlternative()) {
                return english ? alternativeEn : alternativeZh;
            }
            return english ? conditionEn : conditionZh;
        }
    }

    @Id
    private Long id;

    @Column(name = "catalogue_code", nullable = false, length = 20)
    private String catalogueCode;

    @Column(nullable = false, length = 50)
    private String level;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "condition_zh", nullable = false, length = 500)
    private String conditionZh;

    @Column(name = "condition_en", nullable = false, length = 500)
    private String conditionEn;

    @Column(name = "min_total_years", nullable = false)
    private int minTotalYears;

    @Column(name = "exempt_subjects", nullable = false, length = 300)
    private String exemptSubjects;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "alternative_zh", length = 300)
    private String alternativeZh;

    @Column(name = "alternative_en", length = 300)
    private String alternativeEn;

    @Column(name = "min_field_years", nullable = false)
    private int minFieldYears;

    @Column(length = 300)
    private String withdrawn;

    protected ExemptionRule() {
    }

    public Exemption exemption() {
        return new Exemption(code, conditionZh, conditionEn, minTotalYears, Arrays.asList(exemptSubjects.split("/")), source,
                alternativeZh, alternativeEn, minFieldYears);
    }
}
