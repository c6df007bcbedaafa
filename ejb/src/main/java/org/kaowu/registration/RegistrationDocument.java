package org.kaowu.registration;

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

/** A proof document of a PROOF registration: only the candidate and the office's reviewers see it. */
@Entity
@Table(name = "registration_document")
@NamedQuery(name = "RegistrationDocument.countByRegistration",
        query = "select count(d) from RegistrationDocument d where d.registrationId = :registration")
public class RegistrationDocument {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_PER_REGISTRATION = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected RegistrationDocument() {
    }

    RegistrationDocument(long registrationId, String fileName, String contentType, byte[] content, String sha256, Instant at) {
        this.registrationId = registrationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.uploadedAt = at;
    }

    /** What the bytes are (not what the name says): PDF or JPEG, else null. */
    static String type(byte[] b) {
        if (b == null || b.length < 5) {
            return null;
        }
        if (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    /** A file name safe to show and to send back: no path, no markup, no control characters, bounded. */
    static String safeName(String name, String type) {
        String n = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[<>\"'\\p{Cntrl}]", "").strip();
        if (n.length() > 100) {
            n = n.substring(n.length() - 100);
        }
        return n.isEmpty() ? (type.equals("application/pdf") ? "document.pdf" : "document.jpg") : n;
    }

    public Long getId() { return id; }
    public long getRegistrationId() { return registrationId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content; }
    public int getSize() { return size; }
    public String getSha256() { return sha256; }
    public Instant getUploadedAt() { return uploadedAt; }
}
