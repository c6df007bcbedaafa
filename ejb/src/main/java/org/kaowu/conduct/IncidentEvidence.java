package org.kaowu.conduct;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A photo or file attached to a report (JPEG, PNG or PDF, typed by its content; images written again without their
 * metadata). Served only to the office, the reporter and the site head of the report's site.
 */
@Entity
@Table(name = "incident_evidence")
public class IncidentEvidence {

    /** At most this many bytes a file. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** At most this many files a report. */
    public static final int MAX_PER_REPORT = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_seq")
    @SequenceGenerator(name = "conduct_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected IncidentEvidence() {
    }

    IncidentEvidence(long reportId, String fileName, String contentType, byte[] content, String sha256, String addedBy,
                     Instant addedAt) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() { return id; }
    public long getReportId() { return reportId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSize() { return size; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
