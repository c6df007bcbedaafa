package org.kaowu.conduct;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file attached to a defence: JPEG (re-encoded) or PDF, typed by its content, within the size limit. */
@Entity
@Table(name = "case_defence_file")
@NamedQuery(name = "CaseDefenceFile.findByCase", query = "select new org.kaowu.conduct.Cases$FileRow(f.id, f.defenceId,"
        + " f.fileName, f.contentType, f.size, f.uploadedAt) from CaseDefenceFile f, CaseDefence d"
        + " where f.defenceId = d.id and d.caseId = :case order by f.id")
public class CaseDefenceFile implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    @SequenceGenerator(name = "case_file_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(name = "defence_id", nullable = false)
    private long defenceId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CaseDefenceFile() {
    }

    CaseDefenceFile(long defenceId, String fileName, String contentType, byte[] content, Instant at) {
        this.defenceId = defenceId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.uploadedAt = at;
    }

    public Long getId() { return id; }
    public long getDefenceId() { return defenceId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content; }
    public int getSize() { return size; }
    public Instant getUploadedAt() { return uploadedAt; }
}
