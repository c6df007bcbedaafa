package org.kaowu.shared;

import java.util.List;

/**
 * Writes RFC 4180 CSV for the office's spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese),
 * CRLF line ends, fields quoted where they must be, and every text cell made {@link Texts#spreadsheetSafe safe}
 * (a name such as {@code =HYPERLINK(...)} shows as text and never runs).
 */
public final class CsvExport {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvExport row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = cells.get(i);
            String cell = v instanceof Number ? v.toString() : Texts.spreadsheetSafe(v == null ? "" : v.toString());
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
        return this;
    }

    public CsvExport row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
