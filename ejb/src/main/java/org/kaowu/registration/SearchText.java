package org.kaowu.registration;

import java.util.Locale;

/**
 * What the office search's one text field names (pure, unit-tested): a payment reference (KW, the year, ten digits;
 * any case), a registration number (digits only), an identity number (letters and digits with at least one digit,
 * compared whole and normalized, never by part) or else part of a name.
 */
public record SearchText(Kind kind, String value) {

    public enum Kind { PAYMENT_REF, REGISTRATION, ID_NUMBER, NAME }

    /** The text's meaning, or null for no text. */
    public static SearchText of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        String upper = t.toUpperCase(Locale.ROOT);
        if (Registration.idOfPaymentRef(upper) >= 0) {
            return new SearchText(Kind.PAYMENT_REF, upper);
        }
        if (t.matches("\\d{1,12}")) {
            return new SearchText(Kind.REGISTRATION, t);
        }
        if (upper.matches("(?=.*\\d)[0-9A-Z]{6,30}")) {
            return new SearchText(Kind.ID_NUMBER, IdNumbers.normalize(t));
        }
        return new SearchText(Kind.NAME, t);
    }

    /** The registration a payment reference or registration number names. */
    public long registrationId() {
        return kind == Kind.PAYMENT_REF ? Registration.idOfPaymentRef(value) : Long.parseLong(value);
    }

    /** The plan year a payment reference names. */
    public int referenceYear() {
        return Integer.parseInt(value.substring(2, 6));
    }

    /** A LIKE pattern (escape character {@code !}) finding the name's part anywhere, case-insensitively. */
    public String likePattern() {
        return "%" + value.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
