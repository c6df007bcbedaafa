package org.kaowu.shared;

import java.util.List;
import java.util.Locale;

/** A problem at a place in an uploaded file: its line (0 for the whole file), field, and message. */
public interface LocatedProblem {

    int line();

    String field();

    String key();

    List<Object> args();

    /** "3: [category] …" in the reader's language. */
    default String describe(Locale locale) {
        return (line() > 0 ? line() + ": " : "") + (field() == null ? "" : "[" + field() + "] ")
                + Messages.text(locale, key(), args().toArray());
    }
}
