package org.kaowu.catalogue;

import org.kaowu.catalogue.EntryData.AliasData;
import org.kaowu.catalogue.EntryData.RemovedSubItemData;
import org.kaowu.catalogue.EntryData.SubItemData;
import org.kaowu.shared.Csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an edition file: UTF-8 CSV (RFC 4180 quoting) with a header row. Columns, in any order:
 * <pre>
 * code, category, type, name_zh, status, confidence          required
 * name_en, authority, sub_items, levels, aliases, source, note optional
 * removed_sub_items                                          optional
 * </pre>
 * {@code sub_items}: separated by ";" or "；", each {@code name} or {@code name[一级/二级]} when only that sub-item is
 * graded. {@code levels}: separated by "/". {@code aliases}: separated by ";" or "；", each {@code alias},
 * {@code alias@level}, {@code alias#sub-item} or {@code alias#sub-item@level}; an alias may name a removed sub-item
 * (without a level). {@code removed_sub_items}: sub-items an earlier edition had, separated by ";" or "；", each
 * {@code name} or {@code name[note]} (the note says when and why, e.g. {@code 注册机械工程师[2021年版目录已取消]}).
 * <p>
 * Every problem in the file is reported, each with its line and column; a file with any problem yields no entries.
 */
public final class EditionFile {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    static final List<String> REQUIRED = List.of("code", "category", "type", "name_zh", "status", "confidence");
    static final List<String> OPTIONAL = List.of("name_en", "authority", "sub_items", "levels", "aliases", "source", "note",
            "removed_sub_items");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
    private static final Pattern ITEM_SPLIT = Pattern.compile("[;；]");

    /** One problem at a place in the file; {@code key} and {@code args} read through {@code Messages}. */
    public record Problem(int line, String column, String key, List<Object> args)
            implements java.io.Serializable, org.kaowu.shared.LocatedProblem {
        @Override
        public String field() {
            return column;
        }

        public Problem(int line, String column, String key, Object... args) {
            this(line, column, key, Arrays.asList(args));
        }
    }

    public record Result(List<EntryData> entries, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private EditionFile() {
    }

    public static Result parse(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        if (bytes == null || bytes.length == 0) {
            return failed(new Problem(0, null, "edition.file.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(new Problem(0, null, "edition.file.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        if (org.kaowu.shared.Xlsx.looksPasswordProtected(bytes)) {
            return failed(new Problem(0, null, "edition.file.encrypted"));
        }
        var decoded = Csv.utf8(bytes);
        if (decoded.isEmpty()) {
            return failed(new Problem(0, null, "edition.file.notUtf8"));
        }
        String text = decoded.get();
        List<Csv.Row> rows;
        try {
            rows = Csv.read(text);
        } catch (Csv.MalformedException e) {
            return failed(new Problem(e.line(), null, "edition.file.badQuotes", e.line()));
        }
        if (rows.isEmpty()) {
            return failed(new Problem(0, null, "edition.file.empty"));
        }
        Csv.Row header = rows.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).trim().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                List<String> known = new ArrayList<>(REQUIRED);
                known.addAll(OPTIONAL);
                problems.add(new Problem(header.line(), name, "edition.header.unknownColumn", name, String.join(", ", known)));
            } else if (col.putIfAbsent(name, i) != null) {
                problems.add(new Problem(header.line(), name, "edition.header.duplicate", name));
            }
        }
        for (String required : REQUIRED) {
            if (!col.containsKey(required)) {
                problems.add(new Problem(header.line(), required, "edition.header.missing", required));
            }
        }
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return failed(new Problem(0, null, "edition.file.tooManyRows", MAX_ROWS));
        }
        List<EntryData> entries = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (row.cells().size() != header.cells().size()) {
                problems.add(new Problem(row.line(), null, "edition.row.columns", header.cells().size(), row.cells().size()));
                continue;
            }
            EntryData entry = readRow(row, col, problems);
            if (entry == null) {
                continue;
            }
            Integer seen = codes.putIfAbsent(entry.code(), row.line());
            if (seen != null) {
                problems.add(new Problem(row.line(), "code", "edition.row.duplicateCode", entry.code(), seen));
            }
            if (entry.inForce()) {
                Integer same = names.putIfAbsent(NameSimilarity.normalize(entry.nameZh()), row.line());
                if (same != null) {
                    problems.add(new Problem(row.line(), "name_zh", "edition.row.duplicateName", entry.nameZh(), same));
                }
            }
            entries.add(entry);
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, null, "edition.file.noRows"));
        }
        checkAliases(entries, codes, problems);
        return problems.isEmpty() ? new Result(List.copyOf(entries), List.of()) : failed(problems);
    }

    private static Result failed(Problem... problems) {
        return failed(List.of(problems));
    }

    private static Result failed(List<Problem> problems) {
        return new Result(List.of(), List.copyOf(problems));
    }

    private static EntryData readRow(Csv.Row row, Map<String, Integer> col, List<Problem> problems) {
        int before = problems.size();
        String code = cell(row, col, "code");
        if (!CODE.matcher(code).matches()) {
            problems.add(new Problem(row.line(), "code", "edition.row.badCode", code));
        }
        QualificationCategory category = enumCell(row, col, "category", QualificationCategory.class, problems);
        QualificationType type = enumCell(row, col, "type", QualificationType.class, problems);
        EntryStatus status = enumCell(row, col, "status", EntryStatus.class, problems);
        Confidence confidence = enumCell(row, col, "confidence", Confidence.class, problems);
        String nameZh = cell(row, col, "name_zh");
        if (nameZh.isEmpty() || nameZh.length() > 200) {
            problems.add(new Problem(row.line(), "name_zh", "edition.row.badName", 200));
        }
        String nameEn = cell(row, col, "name_en");
        String authority = cell(row, col, "authority");
        if (nameEn.length() > 200 || authority.length() > 500) {
            problems.add(new Problem(row.line(), nameEn.length() > 200 ? "name_en" : "authority", "edition.row.tooLong"));
        }
        List<SubItemData> subItems = new ArrayList<>();
        for (String item : split(cell(row, col, "sub_items"))) {
            int open = item.indexOf('[');
            if (open < 0) {
                if (item.indexOf(']') >= 0) {
                    problems.add(new Problem(row.line(), "sub_items", "edition.row.badSubItem", item));
                } else {
                    subItems.add(new SubItemData(item, List.of()));
                }
            } else if (!item.endsWith("]") || open == 0) {
                problems.add(new Problem(row.line(), "sub_items", "edition.row.badSubItem", item));
            } else {
                subItems.add(new SubItemData(item.substring(0, open).trim(), levels(item.substring(open + 1, item.length() - 1))));
            }
        }
        List<RemovedSubItemData> removedSubItems = new ArrayList<>();
        for (String item : split(cell(row, col, "removed_sub_items"))) {
            int open = item.indexOf('[');
            String name = open < 0 ? item : item.substring(0, open).trim();
            String note = open < 0 ? null : item.substring(open + 1, Math.max(open + 1, item.length() - 1)).trim();
            if (name.isEmpty() || (open < 0 && item.indexOf(']') >= 0) || (open >= 0 && !item.endsWith("]"))
                    || (note != null && (note.isEmpty() || note.length() > 500)) || name.length() > 200) {
                problems.add(new Problem(row.line(), "removed_sub_items", "edition.row.badRemovedSubItem", item));
            } else if (subItems.stream().anyMatch(s -> NameSimilarity.normalize(s.name()).equals(NameSimilarity.normalize(name)))) {
                problems.add(new Problem(row.line(), "removed_sub_items", "edition.row.removedSubItemInForce", name));
            } else {
                removedSubItems.add(new RemovedSubItemData(name, note));
            }
        }
        List<String> levels = levels(cell(row, col, "levels"));
        List<AliasData> aliases = new ArrayList<>();
        for (String spec : split(cell(row, col, "aliases"))) {
            String alias = spec;
            String level = null;
            String subItem = null;
            int at = alias.indexOf('@');
            if (at >= 0) {
                level = alias.substring(at + 1).trim();
                alias = alias.substring(0, at).trim();
            }
            int hash = alias.indexOf('#');
            if (hash >= 0) {
                subItem = alias.substring(hash + 1).trim();
                alias = alias.substring(0, hash).trim();
            }
            if (alias.isEmpty() || "".equals(level) || "".equals(subItem)) {
                problems.add(new Problem(row.line(), "aliases", "edition.row.badAlias", spec));
                continue;
            }
            aliases.add(new AliasData(alias, subItem, level));
        }
        if (problems.size() > before) {
            return null;
        }
        EntryData entry = new EntryData(code, category, type, nameZh, blankToNull(nameEn), blankToNull(authority),
                subItems, levels, aliases, status, confidence, blankToNull(cell(row, col, "source")),
                blankToNull(cell(row, col, "note")), removedSubItems);
        for (AliasData alias : aliases) {
            SubItemData sub = alias.subItem() == null ? null
                    : subItems.stream().filter(s -> s.name().equals(alias.subItem())).findFirst().orElse(null);
            boolean toRemoved = alias.subItem() != null && sub == null
                    && removedSubItems.stream().anyMatch(r -> r.name().equals(alias.subItem()));
            if (toRemoved) {
                if (alias.level() != null) {
                    problems.add(new Problem(row.line(), "aliases", "edition.row.aliasLevel", alias.alias(), alias.level()));
                }
            } else if (alias.subItem() != null && sub == null) {
                problems.add(new Problem(row.line(), "aliases", "edition.row.aliasSubItem", alias.alias(), alias.subItem()));
            } else if (alias.level() != null) {
                List<String> allowed = sub != null && !sub.levels().isEmpty() ? sub.levels() : entry.allLevels();
                if (!allowed.contains(alias.level())) {
                    problems.add(new Problem(row.line(), "aliases", "edition.row.aliasLevel", alias.alias(), alias.level()));
                }
            }
        }
        return problems.size() > before ? null : entry;
    }

    /** An alias or sub-item name must lead to one entry only, and never shadow another entry's name. */
    private static void checkAliases(List<EntryData> entries, Map<String, Integer> lines, List<Problem> problems) {
        Map<String, String> owner = new HashMap<>();
        for (EntryData e : entries) {
            if (e.inForce()) {
                owner.put(NameSimilarity.normalize(e.nameZh()), e.code());
            }
        }
        for (EntryData e : entries) {
            for (AliasData a : e.aliases()) {
                String key = NameSimilarity.normalize(a.alias());
                String other = owner.putIfAbsent(key, e.code());
                if (other != null && !other.equals(e.code())) {
                    problems.add(new Problem(lines.getOrDefault(e.code(), 0), "aliases", "edition.row.aliasTaken", a.alias(), e.code(), other));
                }
            }
        }
    }

    private static List<String> levels(String cell) {
        List<String> out = new ArrayList<>();
        for (String l : cell.split("/")) {
            if (!l.isBlank()) {
                out.add(l.trim());
            }
        }
        return out;
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : ITEM_SPLIT.split(cell)) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static String cell(Csv.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row.cells().get(i).trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static <E extends Enum<E>> E enumCell(Csv.Row row, Map<String, Integer> col, String name, Class<E> type,
                                                  List<Problem> problems) {
        String value = cell(row, col, name);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(row.line(), name, "edition.row.badValue", value, name,
                    String.join(" / ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

}
