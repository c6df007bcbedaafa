package org.kaowu.catalogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a new edition changes against the one it follows, entry by entry (matched on code). */
public record EditionDiff(List<EntryData> added, List<EntryData> removed, List<Change> changed, int unchanged)
        implements Serializable {

    /** One entry whose fields differ: field name → old and new value. */
    public record Change(String code, String nameZh, Map<String, String[]> fields) implements Serializable {
        public String describe() {
            StringBuilder s = new StringBuilder();
            fields.forEach((f, v) -> s.append(s.length() == 0 ? "" : "; ").append(f).append(": ")
                    .append(v[0] == null ? "∅" : v[0]).append(" → ").append(v[1] == null ? "∅" : v[1]));
            return s.toString();
        }
    }

    public static EditionDiff between(List<EntryData> before, List<EntryData> after) {
        Map<String, EntryData> old = new LinkedHashMap<>();
        before.stream().filter(EntryData::inForce).forEach(e -> old.put(e.code(), e));
        List<EntryData> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (EntryData e : after) {
            if (!e.inForce()) {
                continue;
            }
            EntryData o = old.remove(e.code());
            if (o == null) {
                added.add(e);
                continue;
            }
            Map<String, String[]> fields = new LinkedHashMap<>();
            compare(fields, "category", o.category(), e.category());
            compare(fields, "type", o.type(), e.type());
            compare(fields, "name_zh", o.nameZh(), e.nameZh());
            compare(fields, "name_en", o.nameEn(), e.nameEn());
            compare(fields, "authority", o.authority(), e.authority());
            compare(fields, "sub_items", o.subItems().stream().map(s -> s.name() + s.levels()).toList(),
                    e.subItems().stream().map(s -> s.name() + s.levels()).toList());
            compare(fields, "levels", String.join("/", o.levels()), String.join("/", e.levels()));
            compare(fields, "aliases", o.aliases().stream().map(EditionDiff::alias).toList(),
                    e.aliases().stream().map(EditionDiff::alias).toList());
            compare(fields, "removed_sub_items", o.removedSubItems().stream().map(EntryData.RemovedSubItemData::name).toList(),
                    e.removedSubItems().stream().map(EntryData.RemovedSubItemData::name).toList());
            compare(fields, "confidence", o.confidence(), e.confidence());
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Change(e.code(), e.nameZh(), fields));
            }
        }
        return new EditionDiff(List.copyOf(added), List.copyOf(old.values()), List.copyOf(changed), unchanged);
    }

    public boolean empty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static String alias(EntryData.AliasData a) {
        return a.alias() + (a.subItem() == null ? "" : "#" + a.subItem()) + (a.level() == null ? "" : "@" + a.level());
    }

    private static void compare(Map<String, String[]> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.put(name, new String[]{a == null ? null : a.toString(), b == null ? null : b.toString()});
        }
    }
}
