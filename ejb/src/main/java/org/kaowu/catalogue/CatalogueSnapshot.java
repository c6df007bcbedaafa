package org.kaowu.catalogue;

import org.kaowu.catalogue.EntryData.AliasData;
import org.kaowu.catalogue.EntryData.SubItemData;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One edition, indexed for the catalogue rules. Immutable, so it can be cached for as long as the edition exists
 * (editions are never changed after import). Pure Java: the rules are unit-tested without a server.
 */
public final class CatalogueSnapshot {

    /** How the query found its entry. */
    public enum MatchedBy { CODE, NAME, ALIAS, SUB_ITEM }

    public record EditionInfo(long id, String code, String titleZh, String titleEn, LocalDate effectiveFrom)
            implements Serializable {
        // Getters for Expression Language 5, which does not read record accessors.
        public long getId() { return id; }
        public String getCode() { return code; }
        public String getTitleZh() { return titleZh; }
        public String getTitleEn() { return titleEn; }
        public LocalDate getEffectiveFrom() { return effectiveFrom; }

        public org.kaowu.shared.Localized localizedTitle() {
            return new org.kaowu.shared.Localized(titleZh, titleEn);
        }

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleZh;
        }
    }

    /** The answer: either a {@link Match} or a {@link Refusal}. */
    public sealed interface Outcome permits Match, Refusal {
    }

    public record Match(EditionInfo edition, EntryData entry, String subItem, String level, MatchedBy matchedBy)
            implements Outcome {
    }

    /**
     * Why the query is refused. {@code type} is the stable problem type; {@code field} the input at fault.
     * {@code removed} is set when the name is an item an earlier catalogue had.
     */
    public record Refusal(String type, String field, String key, List<Object> args, List<String> suggestions,
                          boolean removed) implements Outcome {
    }

    private record Target(EntryData entry, String subItem, String level, MatchedBy by) {
    }

    /** What a name an earlier edition had stood for: a removed entry, or a removed sub-item of an entry in force. */
    private record Gone(EntryData entry, EntryData.RemovedSubItemData subItem) {
    }

    private static final int SUGGESTIONS = 3;
    private static final double SUGGESTION_FLOOR = 0.3;

    private final EditionInfo edition;
    private final List<EntryData> inForce;
    private final Map<String, Target> index = new HashMap<>();
    private final Map<String, Gone> removed = new HashMap<>();

    public CatalogueSnapshot(EditionInfo edition, List<EntryData> entries) {
        this.edition = Objects.requireNonNull(edition);
        this.inForce = entries.stream().filter(EntryData::inForce).toList();
        for (EntryData e : entries) {
            if (!e.inForce()) {
                removed.put(NameSimilarity.normalize(e.nameZh()), new Gone(e, null));
                e.aliases().forEach(a -> removed.put(NameSimilarity.normalize(a.alias()), new Gone(e, null)));
            }
        }
        for (EntryData e : inForce) {
            for (EntryData.RemovedSubItemData r : e.removedSubItems()) {
                removed.put(NameSimilarity.normalize(r.name()), new Gone(e, r));
            }
            for (AliasData a : e.aliases()) {
                if (a.subItem() != null) {
                    e.removedSubItems().stream().filter(r -> r.name().equals(a.subItem())).findFirst()
                            .ifPresent(r -> removed.put(NameSimilarity.normalize(a.alias()), new Gone(e, r)));
                }
            }
        }
        // Weakest first, so that a stronger way of naming an entry wins a clash.
        for (EntryData e : inForce) {
            for (SubItemData s : e.subItems()) {
                index.put(NameSimilarity.normalize(s.name()), new Target(e, s.name(), null, MatchedBy.SUB_ITEM));
            }
        }
        for (EntryData e : inForce) {
            for (AliasData a : e.aliases()) {
                if (a.subItem() != null && e.removedSubItems().stream().anyMatch(r -> r.name().equals(a.subItem()))) {
                    continue; // an alias of a removed sub-item names nothing in force
                }
                index.put(NameSimilarity.normalize(a.alias()), new Target(e, a.subItem(), a.level(), MatchedBy.ALIAS));
            }
        }
        for (EntryData e : inForce) {
            if (e.nameEn() != null) {
                index.put(NameSimilarity.normalize(e.nameEn()), new Target(e, null, null, MatchedBy.NAME));
            }
        }
        for (EntryData e : inForce) {
            index.put(NameSimilarity.normalize(e.nameZh()), new Target(e, null, null, MatchedBy.NAME));
            index.put(NameSimilarity.normalize(e.code()), new Target(e, null, null, MatchedBy.CODE));
        }
    }

    public EditionInfo edition() {
        return edition;
    }

    public List<EntryData> entries() {
        return inForce;
    }

    /**
     * The catalogue rule: the entry in force that {@code query} names (name, alias, sub-item name or code), with the
     * sub-item and level asked for, which the entry must have.
     */
    public Outcome check(String query, String subItem, String level) {
        String q = NameSimilarity.normalize(query);
        if (q.isEmpty()) {
            return new Refusal("name-required", "name", "catalogue.nameRequired", List.of(), List.of(), false);
        }
        Target target = index.get(q);
        if (target == null) {
            Gone gone = removed.get(q);
            if (gone != null && gone.subItem() != null) {
                EntryData.RemovedSubItemData r = gone.subItem();
                return r.note() == null
                        ? new Refusal("not-in-catalogue", "name", "catalogue.removedSubItemNoNote",
                                List.of(query.trim(), edition.localizedTitle(), r.name(), gone.entry().nameZh(),
                                        gone.entry().code()), suggestions(query), true)
                        : new Refusal("not-in-catalogue", "name", "catalogue.removedSubItem",
                                List.of(query.trim(), edition.localizedTitle(), r.name(), gone.entry().nameZh(),
                                        gone.entry().code(), r.note()), suggestions(query), true);
            }
            if (gone != null) {
                return new Refusal("not-in-catalogue", "name", "catalogue.removed",
                        List.of(query.trim(), edition.localizedTitle(), gone.entry().note() == null ? "" : gone.entry().note()),
                        suggestions(query), true);
            }
            return new Refusal("not-in-catalogue", "name", "catalogue.notInCatalogue",
                    List.of(query.trim(), edition.localizedTitle()), suggestions(query), false);
        }
        EntryData entry = target.entry();
        String chosenSub = target.subItem();
        String wantedSub = blankToNull(subItem);
        if (wantedSub != null) {
            if (entry.subItems().isEmpty()) {
                return refuse("no-such-sub-item", "subItem", "catalogue.noSubItems", entry.nameZh());
            }
            SubItemData found = findSubItem(entry, wantedSub);
            EntryData.RemovedSubItemData gone = found == null ? findRemovedSubItem(entry, wantedSub) : null;
            if (gone != null) {
                return refuse("no-such-sub-item", "subItem", "catalogue.subItemRemoved", entry.nameZh(), gone.name(),
                        gone.note() == null ? "" : gone.note(),
                        String.join("、", entry.subItems().stream().map(SubItemData::name).toList()));
            }
            if (found == null) {
                return refuse("no-such-sub-item", "subItem", "catalogue.noSuchSubItem", entry.nameZh(), wantedSub,
                        String.join("、", entry.subItems().stream().map(SubItemData::name).toList()));
            }
            if (chosenSub != null && !chosenSub.equals(found.name())) {
                return refuse("no-such-sub-item", "subItem", "catalogue.aliasConflict", query.trim(), chosenSub, wantedSub);
            }
            chosenSub = found.name();
        }
        String chosenLevel = target.level();
        String wantedLevel = blankToNull(level);
        if (wantedLevel != null) {
            String l = NameSimilarity.normalize(wantedLevel);
            if (chosenLevel != null && !NameSimilarity.normalize(chosenLevel).equals(l)) {
                return refuse("no-such-level", "level", "catalogue.aliasConflict", query.trim(), chosenLevel, wantedLevel);
            }
            List<String> allowed = levelsFor(entry, chosenSub);
            if (entry.allLevels().isEmpty()) {
                return refuse("no-such-level", "level", "catalogue.noLevels", entry.nameZh());
            }
            String match = allowed.stream().filter(x -> NameSimilarity.normalize(x).equals(l)).findFirst().orElse(null);
            if (match == null && chosenSub == null) {
                List<SubItemData> graded = entry.subItems().stream()
                        .filter(s -> s.levels().stream().anyMatch(x -> NameSimilarity.normalize(x).equals(l))).toList();
                if (graded.size() == 1) {
                    chosenSub = graded.get(0).name();
                    match = graded.get(0).levels().stream().filter(x -> NameSimilarity.normalize(x).equals(l))
                            .findFirst().orElseThrow();
                } else if (graded.size() > 1) {
                    return refuse("no-such-sub-item", "subItem", "catalogue.subItemNeeded", entry.nameZh(), wantedLevel,
                            String.join("、", graded.stream().map(SubItemData::name).toList()));
                }
            }
            if (match == null) {
                List<String> shown = allowed.isEmpty() ? entry.allLevels() : allowed;
                return refuse("no-such-level", "level", "catalogue.noSuchLevel",
                        chosenSub == null ? entry.nameZh() : entry.nameZh() + "（" + chosenSub + "）", wantedLevel,
                        String.join("、", shown));
            }
            chosenLevel = match;
        }
        return new Match(edition, entry, chosenSub, chosenLevel, target.by());
    }

    /** The levels that apply: the sub-item's own when it is graded, else the entry's. */
    public static List<String> levelsFor(EntryData entry, String subItem) {
        if (subItem != null) {
            for (SubItemData s : entry.subItems()) {
                if (s.name().equals(subItem) && !s.levels().isEmpty()) {
                    return s.levels();
                }
            }
        }
        return entry.levels();
    }

    /** The closest names in force, best first; at most three, and none that share too little with the query. */
    public List<String> suggestions(String query) {
        Map<EntryData, Double> best = new LinkedHashMap<>();
        for (EntryData e : inForce) {
            List<String> names = new ArrayList<>();
            names.add(e.nameZh());
            if (e.nameEn() != null) {
                names.add(e.nameEn());
            }
            e.aliases().forEach(a -> names.add(a.alias()));
            e.subItems().forEach(s -> names.add(s.name()));
            double score = names.stream().mapToDouble(n -> NameSimilarity.score(query, n)).max().orElse(0);
            if (score >= SUGGESTION_FLOOR) {
                best.put(e, score);
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<EntryData, Double>comparingByValue().reversed()
                        .thenComparing(x -> x.getKey().code()))
                .limit(SUGGESTIONS).map(x -> x.getKey().nameZh()).toList();
    }

    private static SubItemData findSubItem(EntryData entry, String wanted) {
        String w = NameSimilarity.normalize(wanted);
        for (SubItemData s : entry.subItems()) {
            if (NameSimilarity.normalize(s.name()).equals(w)) {
                return s;
            }
        }
        List<SubItemData> partial = entry.subItems().stream()
                .filter(s -> NameSimilarity.normalize(s.name()).contains(w)).toList();
        return partial.size() == 1 ? partial.get(0) : null;
    }

    /** A removed sub-item named exactly, or the only one whose name contains {@code wanted}. */
    private static EntryData.RemovedSubItemData findRemovedSubItem(EntryData entry, String wanted) {
        String w = NameSimilarity.normalize(wanted);
        List<EntryData.RemovedSubItemData> partial = new ArrayList<>();
        for (EntryData.RemovedSubItemData r : entry.removedSubItems()) {
            String n = NameSimilarity.normalize(r.name());
            if (n.equals(w)) {
                return r;
            }
            if (n.contains(w)) {
                partial.add(r);
            }
        }
        return partial.size() == 1 ? partial.get(0) : null;
    }

    /** The entry in force with {@code code} (as a record stored it), if this edition has it. */
    public java.util.Optional<EntryData> entry(String code) {
        return inForce.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    private static Refusal refuse(String type, String field, String key, Object... args) {
        return new Refusal(type, field, key, List.of(args), List.of(), false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Filtering and sorting for the public list; the list is small (tens of rows), so it is done in memory. */
    public record Filter(QualificationCategory category, QualificationType type, String authority, String text) {
    }

    public List<EntryData> find(Filter filter, String sort, boolean descending) {
        String text = NameSimilarity.normalize(filter.text());
        String authority = NameSimilarity.normalize(filter.authority());
        Comparator<EntryData> order = switch (sort == null ? "code" : sort) {
            case "name", "nameZh" -> Comparator.comparing(EntryData::nameZh, java.text.Collator.getInstance(Locale.CHINA));
            case "nameEn" -> Comparator.comparing(e -> Objects.toString(e.nameEn(), ""), String.CASE_INSENSITIVE_ORDER);
            case "category" -> Comparator.comparing(EntryData::category);
            case "type" -> Comparator.comparing(EntryData::type);
            case "authority" -> Comparator.comparing(e -> Objects.toString(e.authority(), ""),
                    java.text.Collator.getInstance(Locale.CHINA));
            default -> Comparator.comparing(EntryData::code);
        };
        if (descending) {
            order = order.reversed();
        }
        return inForce.stream()
                .filter(e -> filter.category() == null || e.category() == filter.category())
                .filter(e -> filter.type() == null || e.type() == filter.type())
                .filter(e -> authority.isEmpty() || NameSimilarity.normalize(e.authority()).contains(authority))
                .filter(e -> text.isEmpty() || mentions(e, text))
                .sorted(order.thenComparing(EntryData::code))
                .toList();
    }

    private static boolean mentions(EntryData e, String text) {
        if (NameSimilarity.normalize(e.nameZh()).contains(text) || NameSimilarity.normalize(e.nameEn()).contains(text)
                || NameSimilarity.normalize(e.code()).contains(text)) {
            return true;
        }
        return e.aliases().stream().anyMatch(a -> NameSimilarity.normalize(a.alias()).contains(text))
                || e.subItems().stream().anyMatch(s -> NameSimilarity.normalize(s.name()).contains(text));
    }
}
