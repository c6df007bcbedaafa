package org.kaowu.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An edition of the catalogue as imported: never changed afterwards. It is in force from {@code effectiveFrom}. */
@Entity
@Table(name = "catalogue_edition")
@NamedQuery(name = "CatalogueEdition.findAll",
        query = "select e from CatalogueEdition e order by e.effectiveFrom desc, e.id desc")
@NamedQuery(name = "CatalogueEdition.findByCode", query = "select e from CatalogueEdition e where e.code = :code")
public class CatalogueEdition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", length = 200)
    private String titleEn;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "source_name", length = 200)
    private String sourceName;

    @Column(name = "source_sha256", nullable = false, length = 64)
    private String sourceSha256;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(length = 2000)
    private String note;

    protected CatalogueEdition() {
    }

    public CatalogueEdition(String code, String titleZh, String titleEn, LocalDate effectiveFrom, String sourceName,
                            String sourceSha256, int entryCount, Instant importedAt, String importedBy, String note) {
        this.code = Objects.requireNonNull(code);
        this.titleZh = Objects.requireNonNull(titleZh);
        this.titleEn = titleEn;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.sourceName = sourceName;
        this.sourceSha256 = Objects.requireNonNull(sourceSha256);
        this.entryCount = entryCount;
        this.importedAt = Objects.requireNonNull(importedAt);
        this.importedBy = Objects.requireNonNull(importedBy);
        this.note = note;
    }

    public CatalogueSnapshot.EditionInfo info() {
        return new CatalogueSnapshot.EditionInfo(id, code, titleZh, titleEn, effectiveFrom);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitleZh() { return titleZh; }
    public String getTitleEn() { return titleEn; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getSourceName() { return sourceName; }
    public String getSourceSha256() { return sourceSha256; }
    public int getEntryCount() { return entryCount; }
    public Instant getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
    public String getNote() { return note; }
}
