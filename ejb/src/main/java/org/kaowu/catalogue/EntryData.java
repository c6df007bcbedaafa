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
                        String note) implements java.io.Serializable {

    public EntryData {
        Objects.requireNonNull(code);
        Objects.requireNonNull(nameZh);
        subItems = List.copyOf(subItems);
        levels = List.copyOf(levels);
        aliases = List.copyOf(aliases);
    }

    /** A sub-item (e.g. 注册结构工程师 of 勘察设计注册工程师), with levels when only it is graded. */
    public record SubItemData(String name, List<String> levels) implements java.io.Serializable {
        public SubItemData {
            Objects.requireNonNull(name);
            levels = List.copyOf(levels);
        }
    }

    /** A common name (一建) and what it implies: optionally a sub-item and a level. */
    public record AliasData(String alias, String subItem, String level) implements java.io.Serializable {
        public AliasData {
            Objects.requireNonNull(alias);
        }
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
