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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office's seat allocation page: an exam whose registration has just closed (the server's clock moved past it,
 * and reset afterwards), a run started from the page with a seed, the progress bar reaching completion, the fill of
 * the site and its rooms; a bad reserve share refused beside its field; the page on a 390 px phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeatingPagesBrowserIT extends Chromium {

    private static final String AREA = "甘肃省";

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
    }

    private void signInAsOffice() {
        open("/login");
        byId("login-form:username").sendKeys("office");
        byId("login-form:password").sendKeys(Kaowu.DEMO_PASSWORD);
        byId("login-form:sign-in").click();
        assertEquals("office", byId("role-home").getAttribute("data-role"));
    }

    private static int plan(Kaowu.Client office, LocalDateTime now, LocalDateTime closes) {
        return RegistrationFixtures.ownJjPlan(office, 2080, "编排页面测试计划", now, closes, null);
    }

    private static void registerAndPay(Kaowu.Client office, int year) throws Exception {
        RegistrationFixtures.pay(office, RegistrationFixtures.registerJj(RegistrationFixtures.candidate(), year, AREA));
    }

    private List<WebElement> fillRows() {
        return browser.findElements(By.cssSelector("[id='seating-form:fill_data'] tr.kw-fill-site, [id='seating-form:fill_data'] tr.kw-fill-room"));
    }

    @Test
    void theOfficeStartsARunAndSeesItCompleteWithTheFillOfEachRoom() throws Exception {
        Kaowu.Client office = Kaowu.session("office", Kaowu.DEMO_PASSWORD);
        String site = "GS" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        assertEquals(200, office.post("/api/venues/import", "text/csv",
                "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                        + AREA + "," + site + ",兰州市第一中学考点,兰州市城关区1号,101,30,5,6\n"
                        + AREA + "," + site + ",兰州市第一中学考点,兰州市城关区1号,102,30,5,6\n").status());
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = plan(office, now, now.plusHours(1));
        registerAndPay(office, year);
        registerAndPay(office, year);
        JsonObject exam = office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year).findFirst().orElseThrow();
        String label = year + " JJ " + exam.getString("title");
        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            signInAsOffice();
            byId("office-seating").click();
            byId("seating-form:start");
            choose("seating-form:exam", label);
            choose("seating-form:area", AREA);

            // A reserve share out of range is refused beside its field, and nothing starts.
            type("seating-form:reserveShare", "0.9");
            byId("seating-form:start").click();
            settle();
            WebElement refusal = wait.until(d -> d.findElements(By.cssSelector(".ui-message-error")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(refusal.getText().contains("0.5"), refusal.getText());
            assertEquals(1, browser.findElements(By.cssSelector("[id='seating-form:runs_data'] tr[data-ri]")).size(),
                    "only the run the closing edge started");

            type("seating-form:reserveShare", "0.05");
            type("seating-form:seed", "2024");
            byId("seating-form:start").click();
            // The new run (its seed shown) polls until it completes.
            wait.until(d -> d.findElements(By.cssSelector(".kw-run[data-state='COMPLETED'] .kw-seed")).stream()
                    .anyMatch(e -> e.getText().equals("2024")));
            settle();
            assertEquals("100%", browser.findElement(By.cssSelector(".kw-run .kw-percent")).getText());
            wait.until(d -> "100".equals(d.findElement(By.id("seating-form:progress")).getAttribute("aria-valuenow"))
                    || d.findElement(By.id("seating-form:progress")).getText().contains("100%"));
            assertEquals("2024", browser.findElement(By.cssSelector(".kw-run .kw-seed")).getText());
            assertEquals("2", browser.findElement(By.cssSelector(".kw-run .kw-seated")).getText());
            wait.until(d -> fillRows().size() == 3);
            String fill = byId("seating-form:fill").getText();
            assertTrue(fill.contains(site) && fill.contains("101") && fill.contains("102"), fill);
            assertTrue(fill.contains("60") && fill.contains("3%"), "60 seats, 2 used, 3 reserved: " + fill);
            assertEquals(2, browser.findElements(By.cssSelector("[id='seating-form:runs_data'] tr[data-ri]")).size());

            // On a phone the page keeps to the screen's width.
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            try {
                browser.navigate().refresh();
                settle();
                byId("seating-form:start");
                Number scrollWidth = (Number) js().executeScript("return document.documentElement.scrollWidth;");
                Number clientWidth = (Number) js().executeScript("return document.documentElement.clientWidth;");
                assertTrue(scrollWidth.intValue() <= clientWidth.intValue(), "/office/seating is " + scrollWidth
                        + " px wide on a " + clientWidth + " px screen");
            } finally {
                ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        } finally {
            Kaowu.resetClock();
        }
    }
}
