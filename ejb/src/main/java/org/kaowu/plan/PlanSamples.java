package org.kaowu.plan;

import org.kaowu.shared.SampleFiles;

/**
 * The sample plan the import page offers for download: the bundled 2023 sample as CSV and as a workbook
 * ({@link SampleFiles}). Both import as they are.
 */
public final class PlanSamples {

    private static final String SAMPLE = "/org/kaowu/plan/samples/plan-2023.csv";

    private PlanSamples() {
    }

    /** The sample's text as stored (UTF-8, no byte order mark). */
    public static String text() {
        return SampleFiles.text(PlanSamples.class, SAMPLE);
    }

    public static byte[] csv() {
        return SampleFiles.csv(text());
    }

    public static byte[] xlsx() {
        return SampleFiles.xlsx(text(), "plan");
    }
}
