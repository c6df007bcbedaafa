package org.kaowu.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One catalogue row as plain data: what an edition file holds and what {@link CatalogueSnapshot} reasons about.
 *
 * @param levels the entry's own levels (一级/二级); a sub-item may carry levels of its own instead
 */
public record EntryData(String code, QualificationCategory category, QualificationType type, String nameZh,
                        String nameEn, String authority, List<SubItemData> subItems, List<String> levels,
                        List<AliasData> aliases, EntryStatus status, Confidence confidence, String source,
                        String note, List<RemovedSubItemData> removedSubItems) implements java.io.Serializable {

    public EntryData {
        Objects.requireNonNull(code);
        Objects.requireNonNull(nameZh);
        subItems = List.copyOf(subItems);
        levels = List.copyOf(levels);
        aliases = List.copyOf(aliases);
        removedSubItems = removedSubItems == null ? List.of() : List.copyOf(removedSubItems);
    }

    /** An entry without removed sub-items. */
    public EntryData(String code, QualificationCategory category, QualificationType type, String nameZh, String nameEn,
                     String authority, List<SubItemData> subItems, List<String> levels, List<AliasData> aliases,
                     EntryStatus status, Confidence confidence, String source, String note) {
        this(code, category, type, nameZh, nameEn, authority, subItems, levels, aliases, status, confidence, source,
                note, List.of());
    }

    /** A sub-item (e.g. 注册结构工程师 of 勘察设计注册工程师), with levels when only it is graded. */
    public record SubItemData(String name, List<String> levels) implements java.io.Serializable {
        public SubItemData {
            Objects.requireNonNull(name);
            levels = List.copyOf(levels);
        }
    }

    /**
     * A sub-item an earlier edition had and this one no longer has (注册机械工程师 of 勘察设计注册工程师, removed in 2021),
     * kept so that a check of it can say so; {@code note} says when and why (may be null).
     */
    public record RemovedSubItemData(String name, String note) implements java.io.Serializable {
        public RemovedSubItemData {
            Objects.requireNonNull(name);
        }
    }

    /** A common name (一建) and what it implies: optionally a sub-item and a level. */
    public record AliasData(String alias, String subItem, String level) implements java.io.Serializable {
        public AliasData {
            Objects.requireNonNull(alias);
        }
    }

    /** The removed sub-item called {@code name} (exactly, after normalizing), if the entry lists one. */
    public java.util.Optional<RemovedSubItemData> removedSubItem(String name) {
        String n = NameSimilarity.normalize(name);
        return removedSubItems.stream().filter(r -> NameSimilarity.normalize(r.name()).equals(n)).findFirst();
    }

    public boolean inForce() {
        return status == EntryStatus.IN_FORCE;
    }

    /** Every level anywhere in the entry: its own and its sub-items'. */
    public List<String> allLevels() {
        if (subItems.stream().allMatch(s -> s.levels().isEmpty())) {
            return levels;
        }
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(levels);
        subItems.forEach(s -> all.addAll(s.levels()));
        return List.copyOf(all);
    }
}
