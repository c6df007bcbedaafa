package org.kaowu.conduct;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One behaviour of Order No. 31 as data (V23): its code (C6.1 … C11.2 for candidates, S13.1 … S14.14 for staff, N1 … N4
 * for incidents without a person), article and item, tier, the behaviour in both languages, what it does to the person
 * ({@link #sanction()}), whether it applies only "经提醒仍不改正" (Art. 6 items 1, 2, 4, 9), and its source. A revision is
 * a new row with the next version ({@link RuleBook#revise}); this row then gets {@code validUntil}.
 */
@Entity
@Table(name = "misconduct_rule")
@NamedQuery(name = "MisconductRule.findCurrent",
        query = "select r from MisconductRule r where r.validUntil is null order by r.party, r.article, r.item")
@NamedQuery(name = "MisconductRule.findCurrentByCode",
        query = "select r from MisconductRule r where r.code = :code and r.validUntil is null")
@NamedQuery(name = "MisconductRule.findByCode",
        query = "select r from MisconductRule r where r.code = :code order by r.version desc")
public class MisconductRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_seq")
    @SequenceGenerator(name = "conduct_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Party party;

    @Column(nullable = false)
    private int article;

    private Integer item;

    @Column(nullable = false, length = 30)
    private String tier;

    @Column(name = "behaviour_zh", nullable = false, length = 500)
    private String behaviourZh;

    @Column(name = "behaviour_en", nullable = false, length = 500)
    private String behaviourEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_void", nullable = false, length = 10)
    private ScoreVoid scoreVoid;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_period", nullable = false, length = 20)
    private RecordPeriod recordPeriod;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_bar", nullable = false, length = 20)
    private StaffBarPeriod staffBar;

    @Column(nullable = false)
    private boolean removal;

    @Column(name = "certificate_void", nullable = false)
    private boolean certificateVoid;

    @Column(name = "reminder_required", nullable = false)
    private boolean reminderRequired;

    @Column(name = "police_referral", nullable = false)
    private boolean policeReferral;

    @Column(name = "escalates_to", length = 20)
    private String escalatesTo;

    @Column(nullable = false)
    private boolean provincial;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "change_reason", nullable = false, length = 1000)
    private String changeReason;

    protected MisconductRule() {
    }

    /** The next version of {@code previous}: its fields, then the revision's changes applied by the caller. */
    MisconductRule(MisconductRule previous, LocalDate from, Instant at, String by, String reason) {
        this.code = previous.code;
        this.version = previous.version + 1;
        this.party = previous.party;
        this.article = previous.article;
        this.item = previous.item;
        this.tier = previous.tier;
        this.behaviourZh = previous.behaviourZh;
        this.behaviourEn = previous.behaviourEn;
        this.scoreVoid = previous.scoreVoid;
        this.recordPeriod = previous.recordPeriod;
        this.staffBar = previous.staffBar;
        this.removal = previous.removal;
        this.certificateVoid = previous.certificateVoid;
        this.reminderRequired = previous.reminderRequired;
        this.policeReferral = previous.policeReferral;
        this.escalatesTo = previous.escalatesTo;
        this.provincial = previous.provincial;
        this.source = previous.source;
        this.validFrom = from;
        this.changedAt = at;
        this.changedBy = by;
        this.changeReason = reason;
    }

    /** What this rule does to the person. */
    public Sanction sanction() {
        List<Integer> escalation = escalatesTo == null || escalatesTo.isBlank() ? List.of()
                : Arrays.stream(escalatesTo.split(",")).map(String::trim).map(Integer::valueOf).toList();
        return new Sanction(scoreVoid, recordPeriod, staffBar, removal, certificateVoid, policeReferral, escalation);
    }

    /** The behaviour in the reader's language (Chinese unless English is asked for). */
    public String behaviour(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? behaviourEn : behaviourZh;
    }

    void supersede(LocalDate until) {
        this.validUntil = until;
    }

    void revise(String behaviourZh, String behaviourEn, ScoreVoid scoreVoid, RecordPeriod recordPeriod,
                StaffBarPeriod staffBar, boolean reminderRequired, boolean provincial, String source) {
        this.behaviourZh = behaviourZh;
        this.behaviourEn = behaviourEn;
        this.scoreVoid = scoreVoid;
        this.recordPeriod = recordPeriod;
        this.staffBar = staffBar;
        this.reminderRequired = reminderRequired;
        this.provincial = provincial;
        this.source = source;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getVersion() { return version; }
    public Party getParty() { return party; }
    public int getArticle() { return article; }
    public Integer getItem() { return item; }
    public String getTier() { return tier; }
    public String getBehaviourZh() { return behaviourZh; }
    public String getBehaviourEn() { return behaviourEn; }
    public ScoreVoid getScoreVoid() { return scoreVoid; }
    public RecordPeriod getRecordPeriod() { return recordPeriod; }
    public StaffBarPeriod getStaffBar() { return staffBar; }
    public boolean isRemoval() { return removal; }
    public boolean isCertificateVoid() { return certificateVoid; }
    public boolean isReminderRequired() { return reminderRequired; }
    public boolean isPoliceReferral() { return policeReferral; }
    public String getEscalatesTo() { return escalatesTo; }
    public boolean isProvincial() { return provincial; }
    public String getSource() { return source; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getChangeReason() { return changeReason; }
}
