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
 * The office closes a room on the seating page (issue 12): a missing reason is refused beside its field
 * and nothing moves; with a reason, the room's candidates move to the spare room and the page lists them (names
 * masked) and the re-seating; the page keeps to a 390 px phone's width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReseatingPageBrowserIT extends Chromium {

    private static final String AREA = "黑龙江省";

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

    private static void registerAndPay(Kaowu.Client office, int year) throws Exception {
        RegistrationFixtures.pay(office, RegistrationFixtures.registerJj(RegistrationFixtures.candidate(), year, AREA));
    }

    private List<WebElement> moved() {
        return browser.findElements(By.cssSelector("[id='reseat-form:moves_data'] tr[data-ri]"));
    }

    @Test
    void theOfficeClosesARoomAndSeesWhoMoved() throws Exception {
        Kaowu.Client office = Kaowu.session("office", Kaowu.DEMO_PASSWORD);
        String site = "HL" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        assertEquals(200, office.post("/api/venues/import", "text/csv",
                "area,site_code,site_name,address,room_number,floor,capacity,rows,columns,pattern,spare\n"
                        + AREA + "," + site + ",哈尔滨市第一中学考点,哈尔滨市南岗区1号,101,1,30,5,6,S_SHAPED,否\n"
                        + AREA + "," + site + ",哈尔滨市第一中学考点,哈尔滨市南岗区1号,901,2,30,5,6,S_SHAPED,是\n").status());
        Instant serverNow = Kaowu.serverNow();
        LocalDateTime now = LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai"));
        int year = RegistrationFixtures.ownJjPlan(office, 2096, "调整考场页面测试计划", now, now.plusHours(1), null);
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
            wait.until(d -> d.findElements(By.cssSelector(".kw-run[data-state='COMPLETED']")).size() == 1);
            settle();

            // No reason: refused beside the field, nobody moved.
            type("reseat-form:closeSite", site);
            type("reseat-form:closeRooms", "101");
            byId("reseat-form:close").click();
            settle();
            WebElement refusal = wait.until(d -> d.findElements(By.cssSelector(".ui-message-error"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(refusal.getText().contains("原因"), refusal.getText());
            assertTrue(moved().isEmpty());

            // With a reason: both candidates move to the spare room 901, listed with masked names.
            type("reseat-form:closeReason", "教学楼停电");
            byId("reseat-form:close").click();
            // The re-seating job shares the scheduler with other batches (certificate issuance): give it a minute.
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                    .until(d -> moved().size() == 2);
            String table = byId("reseat-form:moves").getText();
            assertTrue(table.contains("901") && table.contains(site), table);
            assertTrue(!table.contains("张建国") && table.contains("张*"), "names masked: " + table);
            String history = byId("reseat-form:reseatings").getText();
            assertTrue(history.contains("教学楼停电") && history.contains("office"), history);

            // On a phone the page keeps to the screen's width.
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            try {
                browser.navigate().refresh();
                settle();
                byId("reseat-form:close");
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
