package org.kaowu.api;

import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Query parameters, read strictly: a wrong value is a 400 that names the parameter and says what would do. */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw bad(name, value, Messages.text(locale, "api.param.date"));
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(name, value, Messages.text(locale, "api.param.enum",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        }
    }

    public static int range(String name, String value, int min, int max, int fallback, Locale locale) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw bad(name, value, Messages.text(locale, "api.param.range", min, max));
    }

    public static DomainException bad(String name, String value, String why) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return DomainException.badInput("bad-request", name, "api.badParameter", name, shown, why);
    }
}
