package org.kaowu.it.browser;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.kaowu.it.RegistrationFixtures;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * The case pages on a 390×844 phone (福建省): the candidate reads the notice on 我的违纪违规案件 and sends a defence;
 * the office lists the case (number masked), re-checks the point and decides on office/case; the candidate then sees
 * the decision and its PDF link. No page is wider than the phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasePagesBrowserIT extends Chromium {

    @BeforeAll
    static void openBrowser() throws Exception {
        startPhone();
    }

    @Test
    void theCandidateDefendsOnAPhoneAndTheOfficeDecides() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        LocalDateTime now = LocalDateTime.ofInstant(Kaowu.serverNow(), ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2095, "违纪页面测试计划", now, now.plusDays(30), null);
        String login = Kaowu.newCandidate(RegistrationFixtures.PASSWORD);
        Kaowu.Client candidate = Kaowu.session(login, RegistrationFixtures.PASSWORD);
        assertEquals(200, candidate.put("/api/profile", RegistrationFixtures.profile(RegistrationFixtures.idNumber())).status());
        assertEquals(200, candidate.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
        long registration = RegistrationFixtures.registerJj(candidate, year, "福建省");
        assertEquals(200, Kaowu.as("admin", DEMO_PASSWORD).post("/api/admin/test/conduct/incident", "application/json",
                Json.createObjectBuilder().add("reportId", ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000_000L))
                        .add("party", "CANDIDATE").add("registrationId", registration).add("examId", 0).add("year", 0)
                        .add("area", "-").add("subject", "01").add("ruleCode", "C6.6")
                        .add("description", "开考信号发出前答题").build().toString()).status());
        long id = candidate.get("/api/cases").array().getJsonObject(0).getJsonNumber("id").longValue();
        String lastDay = office.post("/api/office/cases/" + id + "/notice", "application/json", "{}").json()
                .getString("lastDefenceDay");

        signInAs(login, RegistrationFixtures.PASSWORD);
        open("/candidate/cases");
        assertTrue(byId("last-day").getText().contains(lastDay), "the notice names the last day");
        assertPhoneWidth("/candidate/cases");
        type("defence-form:text", "开考信号发出前我只是在填写姓名。");
        type("defence-form:points", "只填写了姓名和准考证号");
        submit("defence-form:send-defence");
        assertTrue(browser.getPageSource().contains("开考信号发出前我只是在填写姓名。"), "the defence is shown");
        assertFalse(browser.findElements(org.openqa.selenium.By.id("defence-form:text")).isEmpty(),
                "the form stays open until the deadline");

        signInAs("office", DEMO_PASSWORD);
        open("/office/cases");
        settle();
        assertTrue(browser.getPageSource().contains("*"), "numbers masked in the list");
        assertPhoneWidth("/office/cases");
        open("/office/case?id=" + id);
        assertEquals("NOTIFIED", byId("case-status").getAttribute("data-status"));
        assertPhoneWidth("/office/case");
        submit("decision-form:decide");
        assertTrue(browser.getPageSource().contains("尚有 1 条陈述申辩意见未复核"), "a decision waits for the re-check");
        type("points-form:finding", "经核查监控，考生在开考前已开始作答，意见不成立");
        submit(browser.findElement(org.openqa.selenium.By.cssSelector("[id$=':recheck']")).getAttribute("id"));
        type("decision-form:reasons", "开考信号发出前答题，依第六条处理");
        submit("decision-form:decide");
        assertEquals("DECIDED", byId("case-status").getAttribute("data-status"));
        assertTrue(byId("decision-pdf").getAttribute("href").endsWith("/api/office/cases/" + id + "/decision.pdf"));

        signInAs(login, RegistrationFixtures.PASSWORD);
        open("/candidate/cases?id=" + id);
        assertTrue(byId("decision-pdf").getAttribute("href").endsWith("/api/cases/" + id + "/decision.pdf"));
        assertPhoneWidth("/candidate/cases (decided)");
    }
}
