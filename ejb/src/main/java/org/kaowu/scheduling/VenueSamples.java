package org.kaowu.scheduling;

import org.kaowu.shared.SampleFiles;

/**
 * The sample venues file the import page offers for download, as CSV and as a workbook ({@link SampleFiles}). Both
 * import as they are; the demonstration venues are this file.
 */
public final class VenueSamples {

    private static final String SAMPLE = "/org/kaowu/scheduling/samples/venues.csv";

    private VenueSamples() {
    }

    /** The sample's text as stored (UTF-8, no byte order mark). */
    public static String text() {
        return SampleFiles.text(VenueSamples.class, SAMPLE);
    }

    public static byte[] csv() {
        return SampleFiles.csv(text());
    }

    public static byte[] xlsx() {
        return SampleFiles.xlsx(text(), "venues");
    }
}
