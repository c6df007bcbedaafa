package org.kaowu.registration;

import org.junit.jupiter.api.Test;
import org.kaowu.shared.Messages;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue item 19: notices end each sentence once, whether or not the reason written ends with a full stop. */
class NotificationTextTest {

    private static String body(Locale locale, String key, String exam, String reason) {
        return Notifications.sentences(Messages.text(locale, key + ".body", exam, Notifications.reason(reason)));
    }

    @Test
    void aReasonEndingWithAFullStopIsNotFollowedByAnother() {
        String rejected = body(Messages.CHINESE, "notice.review.REJECT", "经济专业技术资格 中级", "学历证书不清晰。");
        assertEquals("您报名的「经济专业技术资格 中级」考试审核未通过。理由：学历证书不清晰。", rejected);
        String more = body(Messages.CHINESE, "notice.review.ASK_MORE", "建造师 一级", "请补充工作证明。");
        assertFalse(more.contains("。。"), more);
        String approved = body(Messages.CHINESE, "notice.review.APPROVE", "建造师 一级", "");
        assertEquals("您报名的「建造师 一级」考试已审核通过，请在缴费截止前完成缴费。", approved);
        String english = body(Locale.ENGLISH, "notice.review.REJECT", "建造师 一级", "The diploma is unreadable.");
        assertEquals("Your registration for 建造师 一级 was rejected: The diploma is unreadable.", english);
    }
}
