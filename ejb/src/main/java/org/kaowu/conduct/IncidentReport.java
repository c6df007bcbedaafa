package org.kaowu.conduct;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 考场记录 (V25): what a supervisor writes down on the exam day about a candidate seated in a room they serve, a staff
 * member of the session, or nobody (an incident, rules N1–N4). Stored once per client idempotency key. The site head
 * (or chief examiner) of the site confirms it ({@link Status#CONFIRMED}); from then on it is immutable and corrections
 * are {@link IncidentAddendum addenda}.
 */
@Entity
@Table(name = "incident_report")
public class IncidentReport {

    /** SUBMITTED by the supervisor, CONFIRMED by the site head and sent on. */
    public enum Status { SUBMITTED, CONFIRMED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_seq")
    @SequenceGenerator(name = "conduct_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(nullable = false, length = 100)
    private String reporter;

    @Column(name = "reporter_staff_id", nullable = false)
    private long reporterStaffId;

    @Column(name = "roster_id", nullable = false)
    private long rosterId;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 40)
    private String area;

    @Column(name = "site_id", nullable = false)
    private long siteId;

    @Column(name = "site_name", nullable = false, length = 200)
    private String siteName;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "room_number", length = 40)
    private String roomNumber;

    @Column(name = "session_key", nullable = false, length = 40)
    private String session;

    @Column(name = "exam_day", nullable = false)
    private LocalDate day;

    @Column(length = 40)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Party party;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "staff_member_id")
    private Long staffMemberId;

    @Column(name = "person_name", length = 100)
    private String personName;

    @Column(name = "ticket_number", length = 60)
    private String ticketNumber;

    @Column(name = "seat_number")
    private Integer seatNumber;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(name = "rule_code", nullable = false, length = 20)
    private String ruleCode;

    @Column(nullable = false)
    private int article;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false)
    private boolean reminded;

    @Basic(fetch = FetchType.LAZY)
    private byte[] signature;

    @Column(name = "refused_to_sign", nullable = false)
    private boolean refusedToSign;

    @Column(name = "evidence_destroyed", nullable = false)
    private boolean evidenceDestroyed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected IncidentReport() {
    }

    /** The place and people of a report, as the service found them from the reporter's duty. */
    record Where(long rosterId, long examId, int year, String area, long siteId, String siteName, Long roomId,
                 String roomNumber, String session, LocalDate day) {
    }

    /** Who the report is about (all null for an incident without a person). */
    record Who(Party party, Long registrationId, Long staffMemberId, String name, String ticketNumber,
               Integer seatNumber, String subject) {
    }

    IncidentReport(String key, String reporter, long reporterStaffId, Where where, Who who, MisconductRule rule,
                   Instant occurredAt, String place, String description, boolean reminded, byte[] signature,
                   boolean refusedToSign, boolean evidenceDestroyed, Instant now) {
        this.idempotencyKey = key;
        this.reporter = reporter;
        this.reporterStaffId = reporterStaffId;
        this.rosterId = where.rosterId();
        this.examId = where.examId();
        this.year = where.year();
        this.area = where.area();
        this.siteId = where.siteId();
        this.siteName = where.siteName();
        this.roomId = where.roomId();
        this.roomNumber = where.roomNumber();
        this.session = where.session();
        this.day = where.day();
        this.party = who.party();
        this.registrationId = who.registrationId();
        this.staffMemberId = who.staffMemberId();
        this.personName = who.name();
        this.ticketNumber = who.ticketNumber();
        this.seatNumber = who.seatNumber();
        this.subject = who.subject();
        this.ruleId = rule.getId();
        this.ruleCode = rule.getCode();
        this.article = rule.getArticle();
        this.occurredAt = occurredAt;
        this.place = place;
        this.description = description;
        this.reminded = reminded;
        this.signature = signature;
        this.refusedToSign = refusedToSign;
        this.evidenceDestroyed = evidenceDestroyed;
        this.status = Status.SUBMITTED;
        this.createdAt = now;
    }

    /** Refuses any change once confirmed: 409, corrections are addenda. */
    void checkOpen() {
        if (status == Status.CONFIRMED) {
            throw DomainException.conflict("report-confirmed", "report", "conduct.report.confirmed");
        }
    }

    void edit(String place, String description) {
        checkOpen();
        this.place = place;
        this.description = description;
    }

    void confirm(String by, Instant at) {
        checkOpen();
        this.status = Status.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public Long getId() { return id; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getReporter() { return reporter; }
    public long getReporterStaffId() { return reporterStaffId; }
    public long getRosterId() { return rosterId; }
    public long getExamId() { return examId; }
    public int getYear() { return year; }
    public String getArea() { return area; }
    public long getSiteId() { return siteId; }
    public String getSiteName() { return siteName; }
    public Long getRoomId() { return roomId; }
    public String getRoomNumber() { return roomNumber; }
    public String getSession() { return session; }
    public LocalDate getDay() { return day; }
    public String getSubject() { return subject; }
    public Party getParty() { return party; }
    public Long getRegistrationId() { return registrationId; }
    public Long getStaffMemberId() { return staffMemberId; }
    public String getPersonName() { return personName; }
    public String getTicketNumber() { return ticketNumber; }
    public Integer getSeatNumber() { return seatNumber; }
    public long getRuleId() { return ruleId; }
    public String getRuleCode() { return ruleCode; }
    public int getArticle() { return article; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getPlace() { return place; }
    public String getDescription() { return description; }
    public boolean isReminded() { return reminded; }
    public byte[] getSignature() { return signature; }
    public boolean isSigned() { return signature != null; }
    public boolean isRefusedToSign() { return refusedToSign; }
    public boolean isEvidenceDestroyed() { return evidenceDestroyed; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
