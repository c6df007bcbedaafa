package org.kaowu.certification;

import org.junit.jupiter.api.Test;
import org.kaowu.shared.LocatedProblem;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The score file: every kind of problem named with its line and column, in both languages; nothing to store then. */
class ScoreFileTest {

    private static final long EXAM = 7;
    private static final Map<String, ScoreFile.Subject> SUBJECTS = new LinkedHashMap<>();

    static {
        SUBJECTS.put("01", new ScoreFile.Subject("经济基础知识", new BigDecimal("140")));
        SUBJECTS.put("02", new ScoreFile.Subject("专业知识和实务", new BigDecimal("140")));
    }

    private static final Function<String, ScoreFile.Holder> HOLDERS = t -> switch (t) {
        case "T1" -> new ScoreFile.Holder(11, EXAM, List.of("01", "02"));
        case "T2" -> new ScoreFile.Holder(12, EXAM, List.of("01"));
        case "T9" -> new ScoreFile.Holder(19, EXAM + 1, List.of("01", "02"));
        default -> null;
    };

    private static ScoreFile.Read read(String csv) {
        return ScoreFile.read(csv.getBytes(StandardCharsets.UTF_8), EXAM, SUBJECTS, HOLDERS);
    }

    private static ScoreFile.Problem only(String csv) {
        ScoreFile.Read r = read(csv);
        assertFalse(r.ok());
        assertTrue(r.rows().isEmpty(), "nothing to store when anything is wrong");
        assertEquals(1, r.problems().size(), r.problems().toString());
        return r.problems().get(0);
    }

    private static final String HEAD = "ticket_number,subject,score,absent\n";

    @Test
    void aGoodFileInEnglishOrChineseHeaders() {
        ScoreFile.Read r = read(HEAD + "T1,01,96.5,否\nT1,02,70,\nT2,01,,是\n");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(3, r.rows().size());
        assertEquals(new BigDecimal("96.5"), r.rows().get(0).score());
        assertEquals(11, r.rows().get(0).registrationId());
        assertTrue(r.rows().get(2).absent());
        assertNull(r.rows().get(2).score());
        assertTrue(read("准考证号,科目代码,成绩,缺考\nT1,01,140,no\n").ok());
    }

    @Test
    void theSampleFileReadsWithItsHeader() {
        String sample = new String(Results.sampleCsv(), StandardCharsets.UTF_8);
        ScoreFile.Read r = ScoreFile.read(sample.getBytes(StandardCharsets.UTF_8), EXAM, SUBJECTS, t -> null);
        assertTrue(r.problems().stream().allMatch(p -> p.key().equals("results.row.ticketUnknown")), r.problems().toString());
    }

    @Test
    void unknownTicket() {
        ScoreFile.Problem p = only(HEAD + "T5,01,80,\n");
        assertEquals("results.row.ticketUnknown", p.key());
        assertEquals(2, p.line());
        assertEquals("ticket_number", p.field());
        assertTrue(p.describe(Locale.ENGLISH).contains("Line 2") && p.describe(Locale.ENGLISH).contains("T5"));
        assertTrue(p.describe(Locale.SIMPLIFIED_CHINESE).contains("第2行"));
    }

    @Test
    void ticketOfAnotherExam() {
        assertEquals("results.row.otherExam", only(HEAD + "T9,01,80,\n").key());
    }

    @Test
    void subjectTheExamDoesNotHave() {
        ScoreFile.Problem p = only(HEAD + "T1,03,80,\n");
        assertEquals("results.row.subjectUnknown", p.key());
        assertEquals("subject", p.field());
        assertTrue(p.describe(Locale.ENGLISH).contains("01、02"), p.describe(Locale.ENGLISH));
    }

    @Test
    void subjectNotSatByThatRegistration() {
        assertEquals("results.row.subjectNotSat", only(HEAD + "T2,02,80,\n").key());
    }

    @Test
    void scoreNotANumber() {
        assertEquals("results.row.scoreNotNumber", only(HEAD + "T1,01,eighty,\n").key());
        assertEquals("results.row.scoreNotNumber", only(HEAD + "T1,01,72.55,\n").key());
        assertEquals("results.row.scoreNotNumber", only(HEAD + "T1,01,1e2,\n").key());
    }

    @Test
    void scoreOutsideItsRange() {
        ScoreFile.Problem above = only(HEAD + "T1,01,140.5,\n");
        assertEquals("results.row.scoreRange", above.key());
        assertTrue(above.describe(Locale.ENGLISH).contains("140"), above.describe(Locale.ENGLISH));
        assertEquals("results.row.scoreRange", only(HEAD + "T1,01,-1,\n").key());
    }

    @Test
    void absentWithAScoreAndNeither() {
        assertEquals("results.row.absentWithScore", only(HEAD + "T1,01,80,是\n").key());
        assertEquals("results.row.scoreMissing", only(HEAD + "T1,01,,否\n").key());
        assertEquals("results.row.absentFlag", only(HEAD + "T1,01,80,perhaps\n").key());
    }

    @Test
    void duplicateRowNamesTheFirst() {
        ScoreFile.Problem p = only(HEAD + "T1,01,80,\nT1,01,81,\n");
        assertEquals("results.row.duplicate", p.key());
        assertEquals(3, p.line());
        assertTrue(p.describe(Locale.ENGLISH).contains("repeats line 2"), p.describe(Locale.ENGLISH));
    }

    @Test
    void requiredCellsAndExtraCells() {
        assertEquals("results.row.required", only(HEAD + ",01,80,\n").key());
        assertEquals("results.row.required", only(HEAD + "T1,,80,\n").key());
        assertEquals("results.row.extraCells", only(HEAD + "T1,01,80,,x\n").key());
        assertEquals("results.row.tooLong", only(HEAD + "T1,01,<b>,\n").key());
        assertEquals("results.row.tooLong", only(HEAD + "T1\u202e,01,80,\n").key());
    }

    @Test
    void everyProblemOfAFileIsListed() {
        ScoreFile.Read r = read(HEAD + "T5,01,80,\nT1,03,80,\nT1,01,200,\nT2,01,80,是\nT2,01,80,\n");
        assertEquals(List.of(2, 3, 4, 5, 6), r.problems().stream().map(LocatedProblem::line).toList());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void wholeFileProblems() {
        assertEquals("results.file.columns", only("ticket,subject,score\nT1,01,80\n").key());
        assertEquals("results.file.empty", only(HEAD).key());
        assertEquals("results.file.empty", only("").key());
        assertEquals("plan.file.notUtf8", ScoreFile.read(new byte[]{'a', (byte) 0xff, (byte) 0xfe, '\n'}, EXAM, SUBJECTS,
                HOLDERS).problems().get(0).key());
        assertEquals("plan.file.badQuotes", only(HEAD + "\"T1,01,80,\n").key());
        assertEquals("plan.file.oldExcel", ScoreFile.read(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}, EXAM, SUBJECTS, HOLDERS).problems().get(0).key());
        byte[] big = new byte[ScoreFile.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals("results.file.tooLarge", ScoreFile.read(big, EXAM, SUBJECTS, HOLDERS).problems().get(0).key());
    }

    @Test
    void everyKeyHasBothLanguages() {
        for (String key : List.of("results.file.empty", "results.file.tooLarge", "results.file.xlsxTooLarge",
                "results.file.columns", "results.row.required", "results.row.tooLong", "results.row.extraCells",
                "results.row.subjectUnknown", "results.row.ticketUnknown", "results.row.otherExam",
                "results.row.subjectNotSat", "results.row.absentFlag", "results.row.scoreNotNumber",
                "results.row.scoreRange", "results.row.absentWithScore", "results.row.scoreMissing",
                "results.row.duplicate")) {
            String zh = org.kaowu.shared.Messages.text(Locale.SIMPLIFIED_CHINESE, key, 1, 2, 3, 4);
            String en = org.kaowu.shared.Messages.text(Locale.ENGLISH, key, 1, 2, 3, 4);
            assertFalse(zh.equals(key) || en.equals(key) || zh.equals(en), key);
        }
    }
}
