package org.kaowu.catalogue;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How candidates and staff type qualification names: full-width or half-width, with spaces, in any case. Names are
 * compared after {@link #normalize}; suggestions rank by character-bigram overlap (Dice), with a bonus when one name
 * contains the other, which suits Chinese names where a missing or extra word is the usual slip.
 */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '·' && c != '-' && c != '_') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** 0 (nothing in common) to 1 (the same after normalising). */
    public static double score(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        double dice = dice(grams(x), grams(y));
        if (x.contains(y) || y.contains(x)) {
            double ratio = (double) Math.min(x.length(), y.length()) / Math.max(x.length(), y.length());
            dice = Math.max(dice, 0.5 + 0.45 * ratio);
        }
        return dice;
    }

    private static Map<String, Integer> grams(String s) {
        Map<String, Integer> grams = new HashMap<>();
        if (s.length() == 1) {
            grams.put(s, 1);
            return grams;
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return grams;
    }

    private static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int common = 0;
        int total = 0;
        for (var e : a.entrySet()) {
            common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
            total += e.getValue();
        }
        for (int v : b.values()) {
            total += v;
        }
        return total == 0 ? 0 : 2.0 * common / total;
    }
}
