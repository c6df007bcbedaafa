package org.kaowu.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * How to pay the registration fee in one exam area (or, for {@link #NATIONAL}, wherever an area has no text of its
 * own), in the exam office's words: Chinese, and English for candidates reading the English pages.
 */
@Entity
@Table(name = "payment_instructions")
@NamedQuery(name = "PaymentInstruction.findAll", query = "select p from PaymentInstruction p order by p.area")
public class PaymentInstruction {

    /** The area key of the national default. */
    public static final String NATIONAL = "*";

    public static final int MAX_TEXT = 2000;

    @Id
    @Column(nullable = false, length = 40)
    private String area;

    @Column(name = "text_zh", nullable = false, length = MAX_TEXT)
    private String textZh;

    @Column(name = "text_en", length = MAX_TEXT)
    private String textEn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected PaymentInstruction() {
    }

    PaymentInstruction(String area) {
        this.area = area;
    }

    void set(String zh, String en, String by, Instant at) {
        this.textZh = zh;
        this.textEn = en;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The text in the reader's language: English when asked for and written, otherwise Chinese. */
    public String text(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && textEn != null && !textEn.isBlank() ? textEn : textZh;
    }

    public boolean national() {
        return NATIONAL.equals(area);
    }

    public String getArea() { return area; }
    public String getTextZh() { return textZh; }
    public String getTextEn() { return textEn; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
