package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.ExamDayFixtures;
import org.kaowu.it.Kaowu;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incident report form on a 390×844 phone (安徽省): the draft survives a reload (same idempotency key, the
 * candidate and the texts restored) and a lost network (nothing sent, the draft kept, a clear message); sent again
 * once the network is back it is stored once; a refusal attested by two staff; the site head confirms it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentReportBrowserIT extends Chromium {

    @BeforeAll
    static void openBrowser() throws Exception {
        startPhone();
    }

    private String draftKey(long duty) {
        Object draft = js().executeScript("var d = JSON.parse(localStorage.getItem('kaowu.report.draft." + duty
                + "') || 'null'); return d ? d.key : null;");
        return draft == null ? null : draft.toString();
    }

    private void network(boolean offline) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Text in Han characters outside data (kw-data, the staff names of the pickers): should be none. */
    private String chineseOutsideData() {
        settle();
        return (String) js().executeScript("""
                var out = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    var n = walker.currentNode, e = n.parentElement;
                    if (!/[\u4e00-\u9fff]/.test(n.nodeValue) || !e || e.closest('.kw-data, script, style, #staff-member,'
                            + ' #attester1, #attester2, #session-form, #room')) { continue; }
                    if (e.offsetParent === null && e.tagName !== 'OPTION') { continue; }
                    out.push(e.tagName + ': ' + n.nodeValue.trim());
                }
                return out.join(' | ');
                """);
    }

    @Test
    void aDraftSurvivesAReloadAndALostNetworkAndIsStoredOnce() throws Exception {
        ExamDayFixtures.ExamDay day = ExamDayFixtures.examDay("安徽省");
        try {
            ExamDayFixtures.Staff inv = day.invigilator();
            signInAs(inv.username(), inv.password());
            open("/supervisor/");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".kw-new-report"))).click();
            byId("kw-report");
            settle();
            assertPhoneWidth("/supervisor/report");
            wait.until(d -> new Select(d.findElement(By.id("rule"))).getOptions().size() > 5);
            type("place", day.roomNumber() + "考场第二排");
            type("description", "考生在答题卡规定以外位置写了姓名。");
            new Select(byId("rule")).selectByValue("C6.3");
            type("candidate-q", day.candidate().ticketNumber());
            byId("candidate-search").click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#candidates .kw-candidate"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("candidate-chosen"),
                    day.candidate().name()));
            String key = draftKey(inv.dutyId());
            assertTrue(key != null && key.length() >= 16, "a key made when the draft started: " + key);

            // A reload: everything typed comes back, with the same key.
            browser.navigate().refresh();
            byId("kw-report");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "已恢复"));
            assertEquals(day.roomNumber() + "考场第二排", byId("place").getAttribute("value"));
            assertEquals("C6.3", new Select(byId("rule")).getFirstSelectedOption().getAttribute("value"));
            assertTrue(byId("candidate-chosen").getText().contains(day.candidate().name()));
            assertEquals(key, draftKey(inv.dutyId()));

            // The candidate refuses to sign: two staff of the session attest with their passwords.
            byId("refused").click();
            byId("attest-block");
            new Select(byId("attester1")).selectByValue(inv.username());
            type("attester1-password", inv.password());
            new Select(byId("attester2")).selectByValue(day.invigilator2().username());
            type("attester2-password", day.invigilator2().password());
            assertPhoneWidth("/supervisor/report (attesting)");

            // The network is lost: nothing is sent, the draft stays, the page says so.
            network(true);
            byId("report-submit").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "网络不通"));
            assertEquals(key, draftKey(inv.dutyId()));
            network(false);
            assertEquals(0, Kaowu.session(inv.username(), inv.password()).get("/api/supervisor/reports").json()
                    .getJsonArray("mine").size(), "nothing stored while offline");

            // Back online: sent once, the draft cleared, the report shown.
            byId("report-submit").click();
            wait.until(ExpectedConditions.urlContains("/supervisor/report-view"));
            byId("report-refused");
            assertEquals(2, browser.findElements(By.cssSelector("#attestations li")).size());
            assertPhoneWidth("/supervisor/report-view");
            assertEquals(null, draftKey(inv.dutyId()));
            var mine = Kaowu.session(inv.username(), inv.password()).get("/api/supervisor/reports").json()
                    .getJsonArray("mine");
            assertEquals(1, mine.size(), mine.toString());

            // The site head confirms it on their phone.
            signInAs(day.siteHead().username(), day.siteHead().password());
            open("/supervisor/reports");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#awaiting .kw-open-report"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-form:confirm"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "已确认"));
            assertPhoneWidth("/supervisor/report-view (confirmed)");
            assertTrue(browser.findElements(By.id("confirm-form:confirm")).isEmpty(), "no confirming twice");

            // In English: the report and the form say nothing in Chinese but the data.
            browser.findElement(By.id("kw-menu-button")).click();
            submit("session-form:lang-en");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "Confirmed"));
            assertEquals("", chineseOutsideData(), "/supervisor/report-view in English");
            open("/supervisor/report?duty=" + day.siteHead().dutyId());
            byId("kw-report");
            wait.until(d -> new Select(d.findElement(By.id("rule"))).getOptions().size() > 5);
            assertTrue(new Select(byId("rule")).getOptions().stream().anyMatch(o -> o.getText().contains("phone")),
                    "the behaviours in English");
            assertEquals("", chineseOutsideData(), "/supervisor/report in English");
        } finally {
            network(false);
            Kaowu.resetClock();
        }
    }
}
