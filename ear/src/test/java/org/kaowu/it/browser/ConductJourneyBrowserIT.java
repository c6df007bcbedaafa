package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.ExamDayFixtures;
import org.kaowu.it.Kaowu;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * Issue 13's journey on a 390×844 phone, from the room to the written decision (湖北省): an invigilator files a report
 * (a phone used in the room, Art. 7 item 5) that the candidate refuses to sign, attested by two staff of the session;
 * the site head confirms it; the office finds the case it opened, serves the notice of the proposed decision; the
 * candidate reads the notice and sends a defence before the deadline; the office re-checks the point raised and
 * decides; the candidate sees the decision and downloads its PDF. Every page fits the phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConductJourneyBrowserIT extends Chromium {

    @BeforeAll
    static void openBrowser() throws Exception {
        startPhone();
    }

    @Test
    void aRefusedReportGoesFromTheRoomToAWrittenDecisionTheCandidateReads() throws Exception {
        ExamDayFixtures.ExamDay day = ExamDayFixtures.examDay("湖北省");
        try {
            // The invigilator files the report from the duty on their phone.
            ExamDayFixtures.Staff inv = day.invigilator();
            signInAs(inv.username(), inv.password());
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".kw-new-report"))).click();
            byId("kw-report");
            wait.until(d -> new Select(d.findElement(By.id("rule"))).getOptions().size() > 5);
            assertPhoneWidth("/supervisor/report");
            assertFalse(browser.findElement(By.id("staff-block")).isDisplayed(), "a candidate report asks for no staff member");
            assertFalse(browser.findElement(By.id("attest-block")).isDisplayed(), "no attesters before a refusal");
            type("candidate-q", day.candidate().ticketNumber());
            byId("candidate-search").click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#candidates .kw-candidate"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("candidate-chosen"),
                    day.candidate().name()));
            new Select(byId("rule")).selectByValue("C7.5");
            type("place", day.roomNumber() + "考场第三排");
            type("description", "考生在座位上使用手机查看资料，手机已暂扣。");
            byId("refused").click();
            byId("attest-block");
            new Select(byId("attester1")).selectByValue(inv.username());
            type("attester1-password", inv.password());
            new Select(byId("attester2")).selectByValue(day.invigilator2().username());
            type("attester2-password", day.invigilator2().password());
            byId("report-submit").click();
            wait.until(ExpectedConditions.urlContains("/supervisor/report-view"));
            byId("report-refused");
            assertEquals(2, browser.findElements(By.cssSelector("#attestations li")).size(), "two staff attested");
            assertPhoneWidth("/supervisor/report-view");

            // The site head confirms it and sends it on.
            signInAs(day.siteHead().username(), day.siteHead().password());
            open("/supervisor/reports");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#awaiting .kw-open-report"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-form:confirm"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "已确认"));
            assertPhoneWidth("/supervisor/report-view (confirmed)");

            // The office finds the case the confirmation opened and serves the notice.
            Kaowu.Client candidateApi = day.candidate().session();
            long caseId = candidateApi.get("/api/cases").array().getJsonObject(0).getJsonNumber("id").longValue();
            signInAs("office", DEMO_PASSWORD);
            open("/office/cases");
            assertPhoneWidth("/office/cases");
            open("/office/case?id=" + caseId);
            assertEquals("C7.5", byId("rule-code").getText());
            type("notice-form:facts", "考试中在座位上使用手机查看资料，考生拒绝签字，两名监考员见证。");
            submit("notice-form:serve-notice");
            assertEquals("NOTIFIED", byId("case-status").getAttribute("data-status"));
            String lastDay = byId("last-day").getText();
            assertPhoneWidth("/office/case (notified)");

            // The candidate reads the notice and states their case before the deadline.
            signInAs(day.candidate().login(), day.candidate().password());
            open("/candidate/cases?id=" + caseId);
            assertTrue(byId("last-day").getText().contains(lastDay), "the candidate sees the same last day");
            assertTrue(byId("notice").getText().contains("第七条"), "the legal basis: " + byId("notice").getText());
            assertPhoneWidth("/candidate/cases (notice)");
            type("defence-form:text", "我只是看时间，没有查看资料。");
            type("defence-form:points", "手机只用于看时间");
            submit("defence-form:send-defence");
            assertTrue(browser.getPageSource().contains("我只是看时间，没有查看资料。"), "the defence is shown");

            // The office re-checks the point raised, then decides.
            signInAs("office", DEMO_PASSWORD);
            open("/office/case?id=" + caseId);
            type("points-form:finding", "监控录像显示考生翻看手机中的资料，意见不成立");
            browser.findElement(By.cssSelector("[id$=':recheck']")).click();
            settle();
            type("decision-form:reasons", "考试中使用禁止带入考场的通讯工具，依第七条第（五）项处理");
            submit("decision-form:decide");
            assertEquals("DECIDED", byId("case-status").getAttribute("data-status"));
            assertPhoneWidth("/office/case (decided)");

            // The candidate sees the decision and downloads it as a PDF.
            signInAs(day.candidate().login(), day.candidate().password());
            open("/candidate/cases?id=" + caseId);
            String href = byId("decision-pdf").getAttribute("href");
            assertTrue(href.endsWith("/api/cases/" + caseId + "/decision.pdf"), href);
            Object head = js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type')"
                    + " + ' ' + String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5))))))"
                    + ".catch(e => done('failed ' + e));", href);
            assertEquals("200 application/pdf %PDF-", head.toString());
            assertPhoneWidth("/candidate/cases (decided)");
        } finally {
            Kaowu.resetClock();
        }
    }
}
