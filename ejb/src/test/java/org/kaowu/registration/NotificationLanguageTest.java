package org.kaowu.registration;

import org.junit.jupiter.api.Test;
import org.kaowu.shared.Messages;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A notice is read in the reader's language: made from its message, it is written again in English on request. */
class NotificationLanguageTest {

    @Test
    void aNoticeMadeFromItsMessageIsShownInEnglishWithTheExamAndReasonAsWritten() {
        Notification n = new Notification(7, "核查结果：经济专业技术资格 中级", "中文正文", Instant.parse("2026-11-25T02:00:00Z"))
                .about("notice.falseCommitment", "经济专业技术资格 中级", "学信网查无此学历。");
        assertEquals("Verification outcome: 经济专业技术资格 中级", n.title(Locale.ENGLISH));
        String english = n.body(Locale.ENGLISH);
        assertTrue(english.startsWith("Verification found your commitment for 经济专业技术资格 中级 untrue"), english);
        assertTrue(english.contains("Evidence: 学信网查无此学历."), english);
        assertFalse(english.contains("。"), english);
        assertEquals(Messages.text(Messages.CHINESE, "notice.falseCommitment.title", "经济专业技术资格 中级"), n.title(Messages.CHINESE));
        assertTrue(n.body(Messages.CHINESE).contains("诚信档案库"), n.body(Messages.CHINESE));
    }

    @Test
    void aNoticeMadeBeforeItKnewItsMessageKeepsItsText() {
        Notification old = new Notification(7, "旧通知", "旧正文", Instant.parse("2026-11-25T02:00:00Z"));
        assertEquals("旧通知", old.title(Locale.ENGLISH));
        assertEquals("旧正文", old.body(Locale.ENGLISH));
    }
}
