package org.kaowu.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One row of an edition. Later records (exams, certificates) point at the entry of the edition they were checked against. */
@Entity
@Table(name = "catalogue_entry")
@NamedQuery(name = "CatalogueEntry.findByEditionWithSubItems",
        query = "select distinct e from CatalogueEntry e left join fetch e.subItems where e.edition.id = :edition order by e.position")
@NamedQuery(name = "CatalogueEntry.findByEditionWithAliases",
        query = "select distinct e from CatalogueEntry e left join fetch e.aliases where e.edition.id = :edition order by e.position")
@NamedQuery(name = "CatalogueEntry.findByEditionWithRemovedSubItems",
        query = "select distinct e from CatalogueEntry e left join fetch e.removedSubItems where e.edition.id = :edition order by e.position")
public class CatalogueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id")
    private CatalogueEdition edition;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QualificationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_type", nullable = false, length = 20)
    private QualificationType type;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(length = 500)
    private String authority;

    /** The entry's own levels, "/"-separated in the order the catalogue lists them. */
    @Column(length = 500)
    private String levels;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Confidence confidence;

    @Column(length = 500)
    private String source;

    @Column(length = 1000)
    private String note;

    @ElementCollection
    @CollectionTable(name = "catalogue_sub_item", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<SubItem> subItems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "catalogue_alias", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<Alias> aliases = new ArrayList<>();

    /** Sub-items an earlier edition had (V13). */
    @ElementCollection
    @CollectionTable(name = "catalogue_removed_sub_item", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<RemovedSubItem> removedSubItems = new ArrayList<>();

    @Embeddable
    public static class RemovedSubItem {
        @Column(nullable = false, length = 200)
        private String name;
        @Column(length = 500)
        private String note;

        protected RemovedSubItem() {
        }

        RemovedSubItem(String name, String note) {
            this.name = name;
            this.note = note;
        }
    }

    @Embeddable
    public static class SubItem {
        @Column(nullable = false, length = 200)
        private String name;
        @Column(length = 500)
        private String levels;

        protected SubItem() {
        }

        SubItem(String name, String levels) {
            this.name = name;
            this.levels = levels;
        }
    }

    @Embeddable
    public static class Alias {
        @Column(nullable = false, length = 200)
        private String alias;
        @Column(name = "sub_item", length = 200)
        private String subItem;
        @Column(length = 50)
        private String level;

        protected Alias() {
        }

        Alias(String alias, String subItem, String level) {
            this.alias = alias;
            this.subItem = subItem;
            this.level = level;
        }
    }

    protected CatalogueEntry() {
    }

    public CatalogueEntry(CatalogueEdition edition, int position, EntryData data) {
        this.edition = edition;
        this.position = position;
        this.code = data.code();
        this.category = data.category();
        this.type = data.type();
        this.nameZh = data.nameZh();
        this.nameEn = data.nameEn();
        this.authority = data.authority();
        this.levels = join(data.levels());
        this.status = data.status();
        this.confidence = data.confidence();
        this.source = data.source();
        this.note = data.note();
        data.subItems().forEach(s -> subItems.add(new SubItem(s.name(), join(s.levels()))));
        data.aliases().forEach(a -> aliases.add(new Alias(a.alias(), a.subItem(), a.level())));
        data.removedSubItems().forEach(r -> removedSubItems.add(new RemovedSubItem(r.name(), r.note())));
    }

    public EntryData toData() {
        return new EntryData(code, category, type, nameZh, nameEn, authority,
                subItems.stream().map(s -> new EntryData.SubItemData(s.name, split(s.levels))).toList(),
                split(levels),
                aliases.stream().map(a -> new EntryData.AliasData(a.alias, a.subItem, a.level)).toList(),
                status, confidence, source, note,
                removedSubItems.stream().map(r -> new EntryData.RemovedSubItemData(r.name, r.note)).toList());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("/", values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("/"));
    }

    public Long getId() { return id; }
    public CatalogueEdition getEdition() { return edition; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
}
