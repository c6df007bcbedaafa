package org.kaowu.shared;

import java.util.List;

/**
 * The one way an import file (plan, venues, staff) becomes rows: CSV in UTF-8 or the first sheet of an XLSX workbook,
 * through {@link Csv} and {@link Xlsx}. What stops a file as a whole (empty, too large, password-protected, old Excel,
 * unreadable XLSX, not UTF-8, a broken quote) is one problem with a message key; the keys that name what the file
 * should hold are the capability's own ({@code <prefix>.empty}, {@code <prefix>.tooLarge},
 * {@code <prefix>.xlsxTooLarge}), the rest are shared ({@code plan.file.*}).
 */
public final class SpreadsheetFile {

    /** The rows, or the problem that stopped the file ({@code line} 0 for the file as a whole). */
    public record Read(List<Csv.Row> rows, int line, String key, Object[] args) {

        public boolean ok() {
            return rows != null;
        }

        static Read failed(int line, String key, Object... args) {
            return new Read(null, line, key, args);
        }
    }

    private SpreadsheetFile() {
    }

    public static Read read(byte[] bytes, int maxBytes, String prefix) {
        return read(bytes, maxBytes, prefix, prefix + ".tooLarge");
    }

    /** As {@link #read(byte[], int, String)}, with the key that says the file is over {@code maxBytes}. */
    public static Read read(byte[] bytes, int maxBytes, String prefix, String tooLargeKey) {
        if (bytes == null || bytes.length == 0) {
            return Read.failed(0, prefix + ".empty");
        }
        if (bytes.length > maxBytes) {
            return Read.failed(0, tooLargeKey, maxBytes / 1024 / 1024);
        }
        if (Xlsx.looksPasswordProtected(bytes)) {
            return Read.failed(0, "plan.file.encrypted");
        }
        if (Xlsx.looksLikeCompoundFile(bytes)) {
            return Read.failed(0, "plan.file.oldExcel");
        }
        if (Xlsx.looksLikeXlsx(bytes)) {
            try {
                return new Read(Xlsx.rows(bytes), 0, null, null);
            } catch (Xlsx.Unreadable e) {
                return e.tooLarge() ? Read.failed(0, prefix + ".xlsxTooLarge", Xlsx.MAX_TOTAL / 1024 / 1024)
                        : Read.failed(0, "plan.file.badXlsx");
            }
        }
        var text = Csv.utf8(bytes);
        if (text.isEmpty()) {
            return Read.failed(0, "plan.file.notUtf8");
        }
        try {
            return new Read(Csv.read(text.get()), 0, null, null);
        } catch (Csv.MalformedException e) {
            return Read.failed(e.line(), "plan.file.badQuotes", e.line());
        }
    }
}
