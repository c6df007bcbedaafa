package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.kaowu.it.RegistrationFixtures;
import org.kaowu.it.ResultFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * The public listing in the browser (issue 14, part E): an anonymous visitor on a 390 px phone sees the masked list of
 * those who passed, is told beside the field what is missing, and lodges an objection; the office at 1366 px sees the
 * objector's contact and dismisses the objection with a reason. Area 贵州省 (no other class uses it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListingPagesBrowserIT extends Chromium {

    @BeforeAll
    static void openBrowser() throws Exception {
        startPhone();
    }

    @Test
    void aVisitorOnAPhoneObjectsAndTheOfficeResolvesIt() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        String area = "贵州省";
        ResultFixtures.venue(office, area);
        try {
            Instant now = Kaowu.serverNow();
            int year = ResultFixtures.freeYears(office, 2047);
            ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, ResultFixtures.BEIJING));
            long exam = ResultFixtures.examId(office, year);
            Kaowu.Client candidate = RegistrationFixtures.candidate();
            String idNumber = candidate.get("/api/profile").json().getString("idNumber");
            long registration = ResultFixtures.register(office, candidate, year, area, "[\"01\",\"02\"]");
            String ticket = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600)).get(registration);
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
            assertEquals(200, office.post("/api/office/results/exams/" + exam + "/import", "text/csv",
                    "ticket_number,subject,score,absent\n" + ticket + ",01,100,\n" + ticket + ",02,90,\n").status());
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));

            // Anyone, on a phone: the masked list, from the home page's link.
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            open("/");
            byId("home-passed").click();
            byId("exams");
            open("/public/passed?exam=" + exam);
            String list = byId("listing-form:entries").getText();
            assertTrue(list.contains("张**"), list);
            assertTrue(list.contains(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)), list);
            assertFalse(browser.getPageSource().contains(idNumber), "never the full number");
            assertPhoneWidth("/public/passed");

            browser.findElement(By.cssSelector("[id$=':object']")).click();
            type("objection-form:objector-name", "李四");
            type("objection-form:objector-contact", "13900003333");
            submit("objection-form:lodge");
            String refused = browser.findElement(By.cssSelector("[id='objection-form:grounds'] ~ .ui-message, "
                    + ".ui-message[id*='grounds']")).getText();
            assertTrue(refused.contains("异议事实和理由") || refused.contains("理由"), refused);
            assertPhoneWidth("/public/passed (refused)");
            type("objection-form:grounds", "该人员报考时工作年限不足，请核实。");
            submit("objection-form:lodge");
            assertTrue(byId("objection-form:lodged").getText().contains("异议已记录"),
                    browser.findElement(By.tagName("body")).getText());
            assertPhoneWidth("/public/passed (lodged)");

            // The office at 1366 px: the objector's contact, the resolution with a reason.
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            signInAs("office", DEMO_PASSWORD);
            open("/office/listing?exam=" + exam);
            String objections = byId("objections-form:objections").getText();
            assertTrue(objections.contains("13900003333") && objections.contains("李四"), objections);
            clickLabel("resolve-form:outcome:1");
            type("resolve-form:reason", "经核实，工作年限符合报考条件");
            submit("resolve-form:resolve");
            assertTrue(byId("objections-form:objections").getText().contains("异议不成立"),
                    byId("objections-form:objections").getText());
            assertTrue(browser.findElements(By.id("resolve-form")).isEmpty(), "nothing left to resolve");
            Number width = (Number) js().executeScript("return document.documentElement.scrollWidth;");
            assertTrue(width.intValue() <= 1366, "no sideways scrolling at 1366 px: " + width);
            assertEquals("PENDING", office.get("/api/office/listings/clearance/" + registration).json().getString("state"));
        } finally {
            Kaowu.resetClock();
        }
    }
}
