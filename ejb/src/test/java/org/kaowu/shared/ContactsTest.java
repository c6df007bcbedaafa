package org.kaowu.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule for mobile numbers and e-mail addresses, of accounts and profiles alike. */
class ContactsTest {

    @Test
    void mobileNumbersAreElevenAsciiDigitsOfAMainlandRange() {
        assertTrue(Contacts.isMobile("13800138000"));
        assertTrue(Contacts.isMobile("19912345678"));
        assertTrue(Contacts.MOBILE.matcher("13800138000").matches());
        for (String bad : new String[]{"12800138000", "10800138000", "1380013800", "138001380000", "+8613800138000",
                "138 0013 8000", "１３８００１３８０００", "1380013800a", "", null}) {
            assertFalse(Contacts.isMobile(bad), String.valueOf(bad));
        }
    }

    @Test
    void emailAddressesHaveALocalPartAndADomainOfNonEmptyLabels() {
        for (String good : new String[]{"li.ming@example.cn", "candidate@kaowu.demo", "zjg@example.cn",
                "A.B+exam_2026%x-y@mail.sub-domain.example.com.cn", "x@123.example.org", "x@example.travelersinsurance",
                "a".repeat(64) + "@example.cn", "a".repeat(64) + "@" + "b".repeat(131) + ".com"}) {
            assertTrue(Contacts.isEmail(good), good);
        }
        assertTrue(Contacts.EMAIL.matcher("li.ming@example.cn").matches());
        for (String bad : new String[]{"li<ming>@example", "li<ming>@example.cn", "a@b", "@example.cn", "a@@example.cn",
                "a@example..cn", "a@.example.cn", "a@example.cn.", "a@example.c", "a@example.c0m", "a b@example.cn",
                "李明@example.cn", "a@例子.cn", "a@example.cn\n", "a@example.cn ", "a".repeat(65) + "@example.cn",
                "a@example." + "c".repeat(21), "", null}) {
            assertFalse(Contacts.isEmail(bad), String.valueOf(bad));
        }
    }

    @Test
    void emailAddressesAreAtMostTwoHundredCharactersWithAtMost190BeforeTheTopLevelLabel() {
        assertFalse(Contacts.isEmail("a".repeat(64) + "@" + "b".repeat(132) + ".com"), "201 characters");
        assertTrue(Contacts.isEmail("a@" + "b".repeat(190) + ".cn"));
        assertTrue(Contacts.isEmail("a@" + "b.".repeat(94) + "bb.cn"));
        assertFalse(Contacts.isEmail("a@" + "b".repeat(191) + ".cn"));
        assertFalse(Contacts.isEmail("a@" + "b.".repeat(95) + "b.cn"));
    }

    @Test
    void hostileAddressesAreRefusedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertFalse(Contacts.isEmail("a@" + "a.".repeat(98) + "!"));
            assertFalse(Contacts.EMAIL.matcher("a@" + "a-".repeat(5000) + "." + "a".repeat(5000) + "1").matches());
            assertFalse(Contacts.EMAIL.matcher("a".repeat(64) + "@" + "a.".repeat(5000)).matches());
        });
    }
}
