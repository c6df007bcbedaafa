package org.kaowu.registration;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The candidate's ID photo: only the candidate, and the office when it needs it, ever see it. */
@Entity
@Table(name = "candidate_photo")
public class CandidatePhoto {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CandidatePhoto() {
    }

    CandidatePhoto(long accountId) {
        this.accountId = accountId;
    }

    void replace(byte[] content, PhotoRules.Checked size, String sha256, Instant at) {
        this.content = content;
        this.width = size.width();
        this.height = size.height();
        this.sha256 = sha256;
        this.uploadedAt = at;
    }

    public byte[] getContent() { return content; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public String getSha256() { return sha256; }
    public Instant getUploadedAt() { return uploadedAt; }
}
