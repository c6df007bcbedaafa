package org.kaowu.plan;

import org.junit.jupiter.api.Test;
import org.kaowu.shared.Messages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue item 7: a window that closes on 31 January reads "31 January", wherever and however it was stored. */
class WindowFormatTest {

    static Instant beijing(String local) {
        return LocalDateTime.parse(local).atZone(org.kaowu.shared.AuthorityClock.ZONE).toInstant();
    }

    @Test
    void aClosingDayIsShownAsTheDayWrittenNotTheMidnightAfterIt() {
        Instant stored = PlanFile.moment("2027-01-31", true);
        assertEquals(beijing("2027-02-01T00:00"), stored, "stored exclusively");
        assertEquals("2027-01-31", WindowFormat.shown("registrationCloses", stored, Messages.CHINESE));
        assertEquals("31 Jan 2027", WindowFormat.shown("registrationCloses", stored, Locale.ENGLISH));
        assertEquals("2023-09-10", WindowFormat.shown("examEnd", beijing("2023-09-11T00:00"), Messages.CHINESE),
                "the exam ends on the last exam day, not the day after");
    }

    @Test
    void anOpeningDayIsItselfAndAnEdgeWithATimeKeepsItsTimeInBeijing() {
        assertEquals("2023-06-26", WindowFormat.shown("registrationOpens", beijing("2023-06-26T00:00"), Messages.CHINESE));
        assertEquals("2023-07-06 17:00", WindowFormat.shown("registrationCloses", beijing("2023-07-06T17:00"), Messages.CHINESE));
        assertEquals("6 Jul 2023 17:00", WindowFormat.shown("registrationCloses", beijing("2023-07-06T17:00"), Locale.ENGLISH));
        assertEquals("2023-06-26 ～ 2023-07-06", WindowFormat.range("registrationOpens", beijing("2023-06-26T00:00"),
                "registrationCloses", beijing("2023-07-07T00:00"), Messages.CHINESE));
    }

    @Test
    void theEditorShowsWhatWasWrittenAndStoresTheExclusiveInstant() {
        for (String edge : Timeline.EDGES) {
            for (String written : new String[]{"2023-07-06", "2023-07-06 09:30"}) {
                Instant stored = WindowFormat.parse(edge, written);
                assertEquals(written, WindowFormat.editable(edge, stored), edge + " " + written);
            }
        }
        assertEquals(beijing("2023-07-07T00:00"), WindowFormat.parse("registrationCloses", "2023-07-06"));
        assertEquals(beijing("2023-07-06T00:00"), WindowFormat.parse("registrationOpens", "2023-07-06"));
        assertEquals(null, WindowFormat.parse("registrationOpens", "2023-02-30"));
    }

    @Test
    void fieldsAreNamedInWordsNeverByTheirKeys() {
        assertEquals("资格名称", PlanFields.label("qualification", Messages.CHINESE));
        assertEquals("Qualification", PlanFields.label("qualification", Locale.ENGLISH));
        assertEquals("报名截止", PlanFields.label("registration_closes", Messages.CHINESE));
        assertEquals("时长（分钟）", PlanFields.label("duration_min", Messages.CHINESE));
        String refusal = Messages.text(Messages.CHINESE, "plan.row.required", PlanFields.label("qualification"));
        assertTrue(refusal.contains("资格名称"), refusal);
        assertFalse(refusal.contains("qualification"), refusal);
    }

    @Test
    void theSampleOfferedForDownloadImportsAsCsvAndAsAWorkbook() throws Exception {
        PlanFile.Result csv = PlanFile.parse(PlanSamples.csv());
        assertTrue(csv.ok(), csv.problems().toString());
        byte[] xlsx = PlanSamples.xlsx();
        assertTrue(org.kaowu.shared.Xlsx.looksLikeXlsx(xlsx));
        PlanFile.Result workbook = PlanFile.parse(xlsx);
        assertTrue(workbook.ok(), workbook.problems().toString());
        assertEquals(csv.plan(), workbook.plan(), "the same plan either way");
        assertEquals("AA", org.kaowu.shared.SampleFiles.column(26));
    }
}
