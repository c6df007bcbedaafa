package org.kaowu.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @Test
    void invisibleControlAndFormatCharactersAreFound() {
        for (String hostile : new String[]{"张\u0000三", "\u001B[31m红", "考试\u202Efdp.exe", "建\u200B造师", "\uFEFF计划",
                "a\u2028b", "\uE000私用", "孤\uD800"}) {
            assertTrue(Texts.hidden(hostile), hostile.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
        assertFalse(Texts.hidden("2026年度专业技术人员职业资格考试工作计划（第2版）· A-1 & B/2"));
        assertFalse(Texts.hidden("𠀀 Extension B and emoji 😀"));
        assertFalse(Texts.hidden(null));
        assertTrue(Texts.hidden("第一行\n第二行"), "a one-line text has no line break");
        assertFalse(Texts.hiddenMultiline("第一行\r\n第二行\t缩进"));
        assertTrue(Texts.hiddenMultiline("第一行\n\u202E第二行"));
    }

    @Test
    void spreadsheetFormulasAreNeutralisedInExports() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"点此\")", Texts.spreadsheetSafe("=HYPERLINK(\"http://evil.example\",\"点此\")"));
        assertEquals("'+1+1", Texts.spreadsheetSafe("+1+1"));
        assertEquals("'-2+3", Texts.spreadsheetSafe("-2+3"));
        assertEquals("'@SUM(A1)", Texts.spreadsheetSafe("@SUM(A1)"));
        assertEquals("'＝1+1", Texts.spreadsheetSafe("＝1+1"));
        assertEquals("张建国", Texts.spreadsheetSafe("张建国"));
        assertEquals("", Texts.spreadsheetSafe(null));

        String csv = new CsvExport().row("exam", "note", "count").row("JJ", "=1+1,\"x\"", 7).row("YJ", null, -3).toString();
        assertTrue(csv.startsWith("\uFEFFexam,note,count\r\n"), csv);
        assertTrue(csv.contains("JJ,\"'=1+1,\"\"x\"\"\",7\r\n"), csv);
        assertTrue(csv.contains("YJ,,-3\r\n"), "numbers the system writes stay numbers: " + csv);
    }
}
