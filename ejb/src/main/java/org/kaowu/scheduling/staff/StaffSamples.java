package org.kaowu.scheduling.staff;

import org.kaowu.shared.SampleFiles;

/**
 * The sample staff file the import page offers for download, as CSV and as a workbook. Both import as they are
 * (the identity numbers are made up but carry valid check digits).
 */
public final class StaffSamples {

    private static final String SAMPLE = "/org/kaowu/scheduling/samples/staff.csv";

    private StaffSamples() {
    }

    public static String text() {
        return SampleFiles.text(StaffSamples.class, SAMPLE);
    }

    public static byte[] csv() {
        return SampleFiles.csv(text());
    }

    public static byte[] xlsx() {
        return SampleFiles.xlsx(text(), "staff");
    }
}
