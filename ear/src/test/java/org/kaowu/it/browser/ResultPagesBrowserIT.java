package org.kaowu.it.browser;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.kaowu.it.RegistrationFixtures;
import org.kaowu.it.ResultFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * Results in the browser (issue 14, part A): the office previews a score file with a problem (listed, nothing
 * stored), imports a good one and sees the counts and the distribution chart at 1366 px; after the RESULTS edge a
 * candidate sees the scores and what is still to pass on a 390 px phone without sideways scrolling, in Chinese and in
 * English. Area 湖南省.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultPagesBrowserIT extends Chromium {

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
    }

    private static Path file(String content) throws Exception {
        Path f = Files.createTempFile("scores", ".csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        f.toFile().deleteOnExit();
        return f;
    }

    private void upload(Path f) {
        browser.findElement(By.cssSelector("[id='import-form'] input[type='file']")).sendKeys(f.toString());
        byId("import-form:preview").click();
        wait.until(d -> !d.findElements(By.id("preview-counts")).isEmpty()
                || !d.findElements(By.cssSelector(".kw-problem")).isEmpty());
    }

    private void phone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** The whole page as a PNG under target/screenshots, for a person to look at (not asserted). */
    private void shot(String name) throws Exception {
        settle();
        Map<String, Object> png = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve("results-" + name + ".png"), java.util.Base64.getDecoder().decode((String) png.get("data")));
    }

    private void desktop() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theOfficeImportsAndSeesTheChartAndTheCandidateSeesScoresAndStandingOnAPhone() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        String area = "湖南省";
        ResultFixtures.venue(office, area);
        try {
            Instant now = Kaowu.serverNow();
            int year = ResultFixtures.freeYears(office, 2043);
            ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, ResultFixtures.BEIJING));
            long exam = ResultFixtures.examId(office, year);
            String login = Kaowu.newCandidate(RegistrationFixtures.PASSWORD);
            Kaowu.Client candidate = Kaowu.session(login, RegistrationFixtures.PASSWORD);
            assertEquals(200, candidate.put("/api/profile", RegistrationFixtures.profile(RegistrationFixtures.idNumber())).status());
            assertEquals(200, candidate.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
            long registration = ResultFixtures.register(office, candidate, year, area, "[\"01\",\"02\"]");
            String ticket = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600)).get(registration);
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));

            desktop();
            signInAs("office", DEMO_PASSWORD);
            open("/office/results");
            settle();
            choose("exam-form:exam", year + " · 经济专业技术资格 中级");
            upload(file("ticket_number,subject,score,absent\n" + ticket + ",01,150,\n"));
            shot("office-problem");
            assertTrue(byId("import-form:problems").getText().contains("第2行"), "the problem named by its line");
            assertEquals("0", Kaowu.session("office", DEMO_PASSWORD).get("/api/office/results/exams/" + exam + "/scores")
                    .headers().firstValue("X-Total-Count").orElse("?"));
            upload(file("ticket_number,subject,score,absent\n" + ticket + ",01,100,\n" + ticket + ",02,60,否\n"));
            assertTrue(byId("preview-counts").getText().contains("新增2条"), byId("preview-counts").getText());
            shot("office-preview");
            submit("import-form:confirm");
            shot("office-imported");
            assertTrue(browser.getPageSource().contains("成绩已导入"), "the import is confirmed");
            assertTrue(byId("chart").isDisplayed(), "the distribution chart");
            assertTrue(browser.findElement(By.cssSelector("#chart canvas")).getSize().getWidth() > 200, "a chart drawn");
            assertEquals(2, browser.findElements(By.cssSelector("[id='subjects_data'] tr")).size(), "a row per subject");
            assertEquals("1", byId("scored").getText(), "one candidate scored");
            Number width = (Number) js().executeScript("return document.documentElement.scrollWidth;");
            assertTrue(width.intValue() <= 1366, "no sideways scrolling at 1366 px: " + width);
            assertTrue(browser.getPageSource().contains("*"), "names and numbers masked in the list");

            // The same page on a phone: the exam's counts, chart and list without sideways scrolling.
            phone();
            open("/office/results");
            choose("exam-form:exam", year + " · 经济专业技术资格 中级");
            assertEquals("1", byId("scored").getText());
            shot("office-phone");
            assertPhoneWidth("/office/results");

            // Before the RESULTS edge the candidate sees nothing; after it, the scores and what is still to pass.
            signInAs(login, RegistrationFixtures.PASSWORD);
            open("/candidate/scores");
            assertTrue(byId("no-scores").isDisplayed());
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
            open("/candidate/scores");
            settle();
            shot("candidate-zh");
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("100") && page.contains("不合格") && page.contains("合格"), page);
            assertTrue(page.contains("尚有1个科目未通过") && page.contains(String.valueOf(year + 1)), page);
            assertTrue(page.contains("连续2个考试年度"), page);
            assertPhoneWidth("/candidate/scores");
            // On a phone the language link sits in the closed ☰ menu: clicked as the menu's script would.
            js().executeScript("document.getElementById('session-form:lang-en').click();");
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("My scores"));
            settle();
            shot("candidate-en");
            String english = browser.findElement(By.tagName("main")).getText();
            assertTrue(english.contains("My scores") && english.contains("1 subject(s) still to pass by the " + (year + 1)),
                    english);
            assertTrue(english.contains("Not passed") && english.contains("2 consecutive exam years"), english);
            assertPhoneWidth("/candidate/scores (English)");
        } finally {
            desktop();
            Kaowu.resetClock();
        }
    }
}
