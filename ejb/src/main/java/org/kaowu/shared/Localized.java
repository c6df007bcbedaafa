package org.kaowu.shared;

import java.io.Serializable;
import java.util.Locale;

/** A message argument that has its own Chinese and English forms (an edition's title, for instance). */
public record Localized(String zh, String en) implements Serializable {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : zh;
    }

    @Override
    public String toString() {
        return zh;
    }
}
