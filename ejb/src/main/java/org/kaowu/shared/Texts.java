package org.kaowu.shared;

/**
 * Text people type into Kaowu is shown on office pages, printed on tickets and certificates and exported to
 * spreadsheets. Characters that are not seen but act (NUL, ESC and other controls, bidi overrides such as U+202E,
 * zero-width characters, private-use and unassigned code points, lone surrogates) are refused where text is stored;
 * cells that a spreadsheet would run as a formula are neutralised where text is exported.
 */
public final class Texts {

    private Texts() {
    }

    /** True when a one-line text holds a character that is invisible or changes how the text around it shows. */
    public static boolean hidden(String s) {
        return s != null && s.codePoints().anyMatch(cp -> hiddenCodePoint(cp, false));
    }

    /** As {@link #hidden} for a text of several lines: line breaks and tabs are allowed. */
    public static boolean hiddenMultiline(String s) {
        return s != null && s.codePoints().anyMatch(cp -> hiddenCodePoint(cp, true));
    }

    private static boolean hiddenCodePoint(int cp, boolean multiline) {
        if (multiline && (cp == '\n' || cp == '\r' || cp == '\t')) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> false;
        };
    }

    /**
     * A cell for a CSV or XLSX export: a value a spreadsheet would take for a formula (starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return, or their full-width forms) is prefixed with an
     * apostrophe, so it shows as text and never runs. Numbers written by the system itself are not passed here.
     */
    public static String spreadsheetSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + cell;
            default -> cell;
        };
    }
}
