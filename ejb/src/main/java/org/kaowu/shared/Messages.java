package org.kaowu.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The core's texts, Chinese by default and English when asked. Bundles are UTF-8 properties files.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.kaowu.shared.messages";

    private Messages() {
    }

    /** Chinese unless English is asked for: the product speaks Chinese first. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    public static String text(Locale locale, String key, Object... args) {
        Locale l = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = plain(args);
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Localized text) {
                shown[i] = text.in(l);
            }
        }
        return new MessageFormat(pattern, l).format(shown);
    }

    /**
     * Whole numbers as they are written (2026, not "2,026"): the numbers in messages are years, counts, line numbers
     * and ids, which MessageFormat would otherwise group by thousands. Amounts (BigDecimal) keep their format.
     */
    public static Object[] plain(Object... args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Integer || out[i] instanceof Long || out[i] instanceof Short) {
                out[i] = out[i].toString();
            }
        }
        return out;
    }
}
