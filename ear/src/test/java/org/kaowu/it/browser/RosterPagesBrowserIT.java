package org.kaowu.it.browser;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.kaowu.it.RegistrationFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff pool and roster pages as the office uses them (issue 12): a staff file with a bad row is previewed with its
 * problem named by line and column, fixed and imported; a person is given a sign-in account (the temporary password
 * shown once); a roster is solved with the progress bar until it completes with no hard violation and each duty's
 * costs explained; the pages fit a 390 px phone; the supervisor signs in and sees their own duty and the ticket check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterPagesBrowserIT extends Chromium {

    private static final String AREA = "云南省";
    private static final String HEADER = "id_number,name,employer,sex,sittings,area,district,roles,relatives,availability,account\n";

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
    }

    private void signIn(String user, String password) {
        open("/login");
        byId("login-form:username").sendKeys(user);
        byId("login-form:password").sendKeys(password);
        byId("login-form:sign-in").click();
        byId("role-home");
    }

    private static void registerAndPay(Kaowu.Client office, int year) throws Exception {
        RegistrationFixtures.pay(office, RegistrationFixtures.registerJj(RegistrationFixtures.candidate(), year, AREA));
    }

    private void upload(Path f) {
        browser.findElement(By.cssSelector("[id='import-form'] input[type='file']")).sendKeys(f.toString());
        byId("import-form:preview").click();
        wait.until(d -> !d.findElements(By.id("preview-text")).isEmpty()
                || !d.findElements(By.cssSelector(".kw-problem")).isEmpty());
    }

    private void assertFitsPhone(String path) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.navigate().refresh();
            settle();
            Number scroll = (Number) js().executeScript("return document.documentElement.scrollWidth;");
            Number client = (Number) js().executeScript("return document.documentElement.clientWidth;");
            assertTrue(scroll.intValue() <= client.intValue(), path + " is " + scroll + " px wide on a " + client
                    + " px phone");
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theOfficeImportsStaffSolvesARosterAndTheSupervisorSeesTheirDuty() throws Exception {
        Kaowu.Client office = Kaowu.session("office", Kaowu.DEMO_PASSWORD);
        String t = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String site = "YN" + t;
        assertEquals(200, office.post("/api/venues/import", "text/csv",
                "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                        + AREA + "," + site + ",昆明市第一中学考点,昆明市五华区华山南路1号,101,30,5,6\n").status());
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2085, "监考页面测试计划", now, now.plusHours(1), null);
        registerAndPay(office, year);
        registerAndPay(office, year);
        JsonObject exam = office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year).findFirst().orElseThrow();
        String label = year + " JJ " + exam.getString("title");

        String chief = "云主考" + t;
        StringBuilder good = new StringBuilder(HEADER);
        good.append(RegistrationFixtures.idNumber()).append(',').append(chief).append(",云南省人事考试中心,,10,云南省,五华区,CHIEF_EXAMINER,,,\n");
        String[] roles = {"SITE_HEAD", "INSPECTOR", "INVIGILATOR", "INVIGILATOR", "INVIGILATOR", "INVIGILATOR"};
        for (int i = 0; i < roles.length; i++) {
            good.append(RegistrationFixtures.idNumber()).append(",云监考").append(i).append('-').append(t)
                    .append(",昆明第").append(i).append("中学,,").append(i * 2).append(",云南省,盘龙区,").append(roles[i])
                    .append(",,,\n");
        }
        Path bad = Files.createTempFile("staff", ".csv");
        Files.writeString(bad, good + "123,坏行" + t + ",某单位,,,云南省,,,,,\n", StandardCharsets.UTF_8);
        Path file = Files.createTempFile("staff", ".csv");
        Files.writeString(file, good.toString(), StandardCharsets.UTF_8);

        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            long run = office.get("/api/seating/runs?exam=" + exam.getJsonNumber("id")).array().getValuesAs(JsonObject.class)
                    .stream().filter(o -> o.getString("area").equals(AREA)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            wait.until(d -> "COMPLETED".equals(office.get("/api/seating/runs/" + run).json().getString("state")));

            signIn("office", Kaowu.DEMO_PASSWORD);
            byId("office-staff").click();
            byId("staff-title");
            upload(bad);
            String problems = browser.findElements(By.cssSelector(".kw-problem")).stream().map(WebElement::getText)
                    .reduce("", (a, b) -> a + "\n" + b);
            assertTrue(problems.contains("第9行「身份证号码」列（id_number）"), problems);
            assertFalse(byId("import-form:confirm").isEnabled(), "nothing to confirm while the file has problems");
            upload(file);
            assertTrue(byId("preview-text").getText().contains("将新增7人"), byId("preview-text").getText());
            byId("import-form:confirm").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "新增7人"));

            type("list-form:query", chief);
            WebElement row = wait.until(d -> d.findElements(By.cssSelector("[id='list-form:staff'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(chief)).findFirst().orElse(null));
            assertTrue(row.findElement(By.cssSelector(".kw-staff-id")).getText().contains("**********"),
                    "identity numbers masked in the list");
            row.findElement(By.cssSelector(".kw-give-account")).click();
            String username = "yn-chief-" + t;
            type("account-form:username", username);
            byId("account-form:create").click();
            String temporary = byId("temporary-password").getText();
            assertEquals(12, temporary.length(), temporary);
            assertEquals(username, byId("new-account").getText());
            byId("account-form:account-done").click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("account-dialog")));

            // A correction with a bad availability is refused beside the field; fixed, it is saved.
            row = wait.until(d -> d.findElements(By.cssSelector("[id='list-form:staff'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(chief)).findFirst().orElse(null));
            assertTrue(row.getText().contains(username), "the account shows in the list: " + row.getText());
            row.findElement(By.cssSelector(".kw-edit-staff")).click();
            byId("staff-dialog");
            type("staff-form:availability", "明天上午");
            byId("staff-form:save").click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='staff-form'] .ui-message-error")));
            String message = browser.findElement(By.cssSelector("[id='staff-form'] .ui-message-error")).getText();
            assertTrue(message.contains("明天上午") && message.contains("2026-05-23 AM"), message);
            type("staff-form:availability", "");
            type("staff-form:sittings", "11");
            byId("staff-form:save").click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), chief));
            assertEquals(11, office.get("/api/staff?q=" + java.net.URLEncoder.encode(chief, StandardCharsets.UTF_8))
                    .array().getJsonObject(0).getInt("sittings"), "the correction is stored");

            open("/office/roster");
            byId("rosters-title");
            choose("roster-form:exam", label);
            choose("roster-form:area", AREA);
            type("roster-form:timeLimit", "700");
            byId("roster-form:start").click();
            settle();
            WebElement refusal = wait.until(d -> d.findElements(By.cssSelector(".ui-message-error")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(refusal.getText().contains("600"), refusal.getText());

            type("roster-form:timeLimit", "3");
            byId("roster-form:start").click();
            wait.until(d -> !d.findElements(By.cssSelector(".kw-roster[data-state='COMPLETED']")).isEmpty());
            settle();
            assertEquals("100%", browser.findElement(By.cssSelector(".kw-roster .kw-percent")).getText());
            assertEquals("0", browser.findElement(By.cssSelector(".kw-roster .kw-hard")).getText());
            assertEquals(browser.findElement(By.cssSelector(".kw-roster .kw-posts")).getText(),
                    browser.findElement(By.cssSelector(".kw-roster .kw-filled")).getText(), "every post filled");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster-form:duties"), chief));
            choose("roster-form:site", site + " 昆明市第一中学考点");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roster-form:duties"), chief));
            String duties = byId("roster-form:duties").getText();
            assertTrue(duties.contains("主考") && duties.contains(site), duties);

            // Pin the chief examiner's duty.
            WebElement chiefRow = browser.findElements(By.cssSelector("[id='roster-form:duties'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(chief)).findFirst().orElseThrow();
            chiefRow.findElement(By.cssSelector(".kw-pin")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "已固定"));
            wait.until(d -> d.findElements(By.cssSelector("[id='roster-form:duties'] .kw-pinned")).size() == 1);

            assertFitsPhone("/office/roster");
            open("/office/staff");
            byId("staff-title");
            assertFitsPhone("/office/staff");

            // The supervisor's first sign-in changes the temporary password; then their own duty shows.
            Kaowu.Client first = Kaowu.session(username, temporary);
            assertEquals(204, first.post("/api/me/password", "application/json",
                    "{\"current\":\"" + temporary + "\",\"password\":\"yn-pass-" + t + "\"}").status());
            signedOut();
            signIn(username, "yn-pass-" + t);
            open("/supervisor/");
            WebElement mine = wait.until(d -> d.findElements(By.cssSelector("tr.kw-my-duty")).stream().findFirst().orElse(null));
            String text = mine.getText();
            assertTrue(text.contains("昆明市第一中学考点") && text.contains("昆明市五华区华山南路1号") && text.contains("主考")
                    && text.contains("09:00"), text);
            assertEquals(1, browser.findElements(By.cssSelector("tr.kw-my-duty")).size());
            assertFalse(browser.getPageSource().contains("云监考"), "nobody else's duty on the page");
            assertTrue(byId("ticket-check").getAttribute("href").endsWith("/supervisor/check"));
            assertFitsPhone("/supervisor/");
        } finally {
            Kaowu.resetClock();
        }
    }
}
