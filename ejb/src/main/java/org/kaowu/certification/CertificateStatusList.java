package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A revocation status list (V29 {@code certificate_status_list}): its size and a version that counts its changes, so
 * that the signed list published for it is made again only when a certificate on it changed status.
 */
@Entity
@Table(name = "certificate_status_list")
public class CertificateStatusList {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int size;

    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CertificateStatusList() {
    }

    CertificateStatusList(int size, Instant createdAt) {
        this.size = size;
        this.createdAt = createdAt;
    }

    void changed() {
        version++;
    }

    public Long getId() { return id; }
    public int getSize() { return size; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
