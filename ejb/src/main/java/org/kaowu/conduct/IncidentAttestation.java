package org.kaowu.conduct;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One of the two staff attesting a refusal to sign or evidence destroyed (Art. 16), each by their own password. */
@Entity
@Table(name = "incident_attestation")
public class IncidentAttestation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_seq")
    @SequenceGenerator(name = "conduct_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "staff_member_id", nullable = false)
    private long staffMemberId;

    @Column(nullable = false, length = 100)
    private String account;

    @Column(name = "staff_name", nullable = false, length = 100)
    private String staffName;

    @Column(name = "attested_at", nullable = false)
    private Instant attestedAt;

    protected IncidentAttestation() {
    }

    IncidentAttestation(long reportId, long staffMemberId, String account, String staffName, Instant at) {
        this.reportId = reportId;
        this.staffMemberId = staffMemberId;
        this.account = account;
        this.staffName = staffName;
        this.attestedAt = at;
    }

    public Long getId() { return id; }
    public long getReportId() { return reportId; }
    public long getStaffMemberId() { return staffMemberId; }
    public String getAccount() { return account; }
    public String getStaffName() { return staffName; }
    public Instant getAttestedAt() { return attestedAt; }
}
