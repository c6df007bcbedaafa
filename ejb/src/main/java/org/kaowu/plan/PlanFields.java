package org.kaowu.plan;

import org.kaowu.shared.Localized;
import org.kaowu.shared.Messages;

import java.util.Locale;

/**
 * The words for a plan's fields, as messages and pages name them: a file column ({@code qualification},
 * {@code registration_closes}) or an editor field ({@code subItem}, {@code examStart}) becomes "资格名称" /
 * "Qualification", never the key itself.
 */
public final class PlanFields {

    private PlanFields() {
    }

    /** The field's label in both languages (the key itself only for a field this class does not know). */
    public static Localized label(String field) {
        return new Localized(label(field, Messages.CHINESE), label(field, Locale.ENGLISH));
    }

    public static String label(String field, Locale locale) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String camel = camel(field);
        if (Timeline.EDGES.contains(camel)) {
            return Messages.text(locale, "plan.edge." + camel);
        }
        String key = "plan.field." + camel;
        String text = Messages.text(locale, key);
        return key.equals(text) ? field : text;
    }

    /** {@code registration_closes} → {@code registrationCloses}; a camel name stays as it is. */
    static String camel(String field) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
