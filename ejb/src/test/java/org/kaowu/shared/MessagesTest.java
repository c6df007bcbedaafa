package org.kaowu.shared;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void yearsAndCountsAreWrittenWithoutThousandsSeparators() {
        assertEquals("2026年度的考试计划已存在。", Messages.text(Messages.CHINESE, "plan.yearTaken", 2026));
        assertEquals("考试日期不在2040年度内", Messages.text(Messages.CHINESE, "plan.exam.notInYear", 2040));
        assertEquals("the exam days are not in 2040", Messages.text(Locale.ENGLISH, "plan.exam.notInYear", 2040L));
    }
}
