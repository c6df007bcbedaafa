package org.kaowu.registration;

import org.junit.jupiter.api.Test;
import org.kaowu.shared.Messages;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The re-seating notice: the office's reason and the new site, room, seat and ticket number, in either language. */
class ReseatNoticeTest {

    private static String body(Locale locale, String reason) {
        return Notifications.sentences(Messages.text(locale, "notice.reseated.body",
                Notifications.arguments("经济专业技术资格 中级", reason)));
    }

    private static String parts(String... parts) {
        return String.join(String.valueOf(Notifications.PART), parts);
    }

    @Test
    void theNoticeNamesTheNewPlaceInTheReadersLanguage() {
        String reason = parts("教学楼停电。", "2070-09-08", "拉萨中学考点", "拉萨市城关区江苏路1号", "901", "5",
                "2070540101030005");
        assertEquals("因教学楼停电，您参加「经济专业技术资格 中级」考试 2070-09-08 的考场已调整：考点 拉萨中学考点（拉萨市城关区江苏路1号），"
                + "考场 901，座位号 5，准考证号 2070540101030005。请按新的考场参加考试，并重新下载准考证。",
                body(Messages.CHINESE, reason));
        assertEquals("Because of 教学楼停电, your room for 经济专业技术资格 中级 on 2070-09-08 has changed: site 拉萨中学考点 "
                + "(拉萨市城关区江苏路1号), room 901, seat 5, ticket number 2070540101030005. Go to the new room, and "
                + "download your admission ticket again.", body(Locale.ENGLISH, reason));
    }

    @Test
    void aReasonOfOnePartIsReadAsBefore() {
        Object[] args = Notifications.arguments("建造师 一级", "学历证书不清晰。");
        assertEquals(2, args.length);
        assertEquals("学历证书不清晰", args[1]);
    }
}
