package org.kaowu.scheduling.staff;

import org.kaowu.scheduling.roster.RosterCost;
import org.kaowu.scheduling.roster.RosterPost;
import org.kaowu.scheduling.roster.UnfilledPost;
import org.kaowu.shared.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A roster's explanations as stored (tab-separated fields, the people named, not numbered) and put in words in the
 * reader's language when read: each soft cost of a duty, the totals per constraint, the unfilled posts.
 */
public final class RosterTexts {

    private RosterTexts() {
    }

    /** "CONSTRAINT\tcost\targ…": the arguments as the office reads them (names instead of staff ids). */
    public static String encode(RosterCost c, Map<Long, String> names) {
        List<String> f = new ArrayList<>();
        f.add(c.constraint().name());
        f.add(Long.toString(c.cost()));
        List<Object> args = c.args();
        switch (c.constraint()) {
            case LOAD, DISTANCE -> {
                f.add(name(args.isEmpty() ? null : args.get(0), names));
                args.stream().skip(1).forEach(a -> f.add(String.valueOf(a)));
            }
            case ROTATION -> {
                // The solver's words name the partner by id: the partner is the second of the cost's people.
                f.add(name(args.isEmpty() ? null : args.get(0), names));
                f.add(c.staffIds().size() > 1 ? name(c.staffIds().get(1), names) : "");
                f.add(args.size() > 2 ? String.valueOf(args.get(2)) : "");
            }
            case MOVED -> {
                f.add(c.staffIds().isEmpty() ? "—" : name(c.staffIds().get(0), names));
                f.add(c.staffIds().size() > 1 ? name(c.staffIds().get(1), names) : "—");
            }
            case MIXED_SEX -> {
                Object a = args.isEmpty() ? null : args.get(0);
                String en = a instanceof org.kaowu.shared.Localized l ? l.en() : String.valueOf(a);
                String low = en == null ? "" : en.toLowerCase(Locale.ROOT);
                f.add(low.contains("female") || low.startsWith("f") || low.contains("women") || "女".equals(en) ? "F" : "M");
            }
            default -> args.forEach(a -> f.add(String.valueOf(a)));
        }
        return f.stream().map(s -> s == null ? "" : s.replace('\t', ' ').replace('\n', ' '))
                .collect(Collectors.joining("\t"));
    }

    private static String name(Object id, Map<Long, String> names) {
        if (id instanceof Number n) {
            return names.getOrDefault(n.longValue(), "#" + n);
        }
        return id == null ? "" : String.valueOf(id);
    }

    public static String encode(UnfilledPost u) {
        RosterPost p = u.post();
        return String.join("\t", "UNFILLED", Long.toString(p.siteId()), p.session(), p.role().name(),
                p.roomId() == null ? "" : p.roomId().toString(), Integer.toString(p.slot()), u.reason().name(),
                Integer.toString(u.withRole()), Integer.toString(u.available()), Integer.toString(u.allowed()));
    }

    /** One stored cost line in words ("工作量（4）：…"). */
    public static String explain(String line, Locale locale) {
        String[] f = line.split("\t", -1);
        String constraint = f[0];
        Object[] args = Arrays.copyOfRange(f, 1, f.length, Object[].class);
        if ("ROTATION".equals(constraint) && f.length > 3) {
            return Messages.text(locale, f[3].isEmpty() ? "rosters.cost.ROTATION.room" : "rosters.cost.ROTATION.partner",
                    args);
        }
        if ("MIXED_SEX".equals(constraint) && f.length > 2) {
            args[1] = Messages.text(locale, "rosters.sex." + sexWord(f[2]));
        }
        return Messages.text(locale, "rosters.cost." + constraint, args);
    }

    private static String sexWord(String s) {
        return s.startsWith("F") ? "F" : "M";
    }

    /** The soft cost per constraint of a roster (constraint name to cost), as stored. */
    public static Map<String, Long> costs(Roster r) {
        Map<String, Long> out = new TreeMap<>();
        if (r.getCosts() != null) {
            for (String line : r.getCosts().split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
                }
            }
        }
        return out;
    }

}
