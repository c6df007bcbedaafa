package org.kaowu.shared;

import java.io.Serializable;
import java.util.Locale;

/** A message argument that has its own Chinese and English forms (an edition's title, for instance). */
public record Localized(String zh, String en) implements Serializable {

    /** A message of the bundles in both languages: the one source of both forms. */
    public static Localized of(String key, Object... args) {
        return new Localized(Messages.text(Messages.CHINESE, key, args), Messages.text(Locale.ENGLISH, key, args));
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : zh;
    }

    @Override
    public String toString() {
        return zh;
    }
}
