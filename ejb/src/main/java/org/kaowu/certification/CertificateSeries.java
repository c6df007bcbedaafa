package org.kaowu.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last serial given in one number scope (V29 {@code certificate_series}); locked while a number is taken. */
@Entity
@Table(name = "certificate_series")
public class CertificateSeries {

    @Id
    @Column(length = 60)
    private String scope;

    @Column(name = "last_serial", nullable = false)
    private long lastSerial;

    protected CertificateSeries() {
    }

    CertificateSeries(String scope) {
        this.scope = scope;
    }

    /** The next serial of the scope (from 1). */
    long next() {
        return ++lastSerial;
    }

    public String getScope() { return scope; }
    public long getLastSerial() { return lastSerial; }
}
