package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The venues page as the office uses it (issue 12): a venues file with a bad row is previewed, its problem named by
 * line and column; fixed, it is confirmed; the site's rooms open, a room's numbering is changed in the dialog whose
 * seat grid follows the pattern; the page fits a 390 px phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VenuePagesBrowserIT extends Chromium {

    static final String HEADER = "area,site_code,site_name,address,contact,phone,site_kinds,site_accessible,room_number,"
            + "floor,kind,capacity,rows,columns,pattern,accessible,spare,first_machine,days\n";
    private static String code;

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
        code = "HE-BR-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    private void signIn() {
        open("/login");
        byId("login-form:username").sendKeys("office");
        byId("login-form:password").sendKeys(Kaowu.DEMO_PASSWORD);
        byId("login-form:sign-in").click();
        byId("role-home");
    }

    private static Path file(String pattern) throws Exception {
        Path f = Files.createTempFile("venues", ".csv");
        Files.writeString(f, HEADER
                + "河北省," + code + ",石家庄市第一中学考点,石家庄市长安区中山东路1号,刘老师,0311-86000000,PAPER,是,101,1,PAPER,30,5,6,S_SHAPED,是,否,,\n"
                + "河北省," + code + ",石家庄市第一中学考点,石家庄市长安区中山东路1号,刘老师,0311-86000000,PAPER,是,102,1,PAPER,30,5,6," + pattern + ",否,是,,\n",
                StandardCharsets.UTF_8);
        return f;
    }

    private void upload(Path f) {
        browser.findElement(By.cssSelector("[id='import-form'] input[type='file']")).sendKeys(f.toString());
        byId("import-form:preview").click();
        wait.until(d -> !d.findElements(By.id("import-form:preview-table")).isEmpty()
                || !d.findElements(By.cssSelector(".kw-problem")).isEmpty());
    }

    private List<String> gridRow(int row) {
        return browser.findElements(By.cssSelector("#seat-grid tr:nth-child(" + (row + 1) + ") td")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void theOfficeImportsFixesOpensASiteAndRenumbersARoom() throws Exception {
        signIn();
        open("/office/venues");
        upload(file("Z_SHAPED"));
        String problems = browser.findElements(By.cssSelector(".kw-problem")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(problems.contains("第3行「座位编排方式」列（pattern）"), problems);
        assertTrue(problems.contains("Z_SHAPED"), problems);
        assertFalse(byId("import-form:confirm").isEnabled(), "nothing to confirm while the file has problems");
        assertTrue(byId("import-form:file").isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("[id='import-form'] .ui-message-error")).getText().contains("1处问题"),
                "the problem count stands beside the file field");

        upload(file("PLAIN"));
        assertTrue(byId("import-form:preview-table").getText().contains(code));
        assertTrue(byId("import-form:preview-table").getText().contains("新增"));
        byId("import-form:confirm").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "新增考点1个"));

        choose("sites-form:area", "河北省");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("[id='sites-form:sites'] tbody tr")).stream()
                .filter(r -> r.getText().contains(code)).findFirst().orElse(null));
        assertTrue(row.getText().contains("30") && !row.getText().contains("60"), "seats without the spare room: " + row.getText());
        row.findElement(By.cssSelector(".kw-open-site")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("site-title"), code));
        String rooms = byId("site-form:rooms").getText();
        assertTrue(rooms.contains("101") && rooms.contains("102") && rooms.contains("蛇形"), rooms);

        // Room 101, S-shaped: numbers run down the first column and back up the second.
        WebElement first = wait.until(d -> d.findElements(By.cssSelector("[id='site-form:rooms'] tbody tr")).stream()
                .filter(r -> r.getText().contains("101")).findFirst().orElse(null));
        first.findElement(By.cssSelector(".kw-edit-room")).click();
        byId("room-dialog");
        wait.until(d -> !gridRow(0).isEmpty());
        assertEquals(List.of("1", "10", "11", "20", "21", "30"), gridRow(0));
        assertEquals(List.of("5", "6", "15", "16", "25", "26"), gridRow(4));

        choose("room-form:pattern", "按行往返");
        wait.until(d -> gridRow(0).equals(List.of("1", "2", "3", "4", "5", "6")));
        assertEquals(List.of("12", "11", "10", "9", "8", "7"), gridRow(1), "W-shaped: the second row runs back");

        // A capacity beyond the grid is refused beside its field; the dialog stays open.
        type("room-form:capacity", "31");
        byId("room-form:save-room").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='room-form'] .ui-message-error")));
        String message = browser.findElement(By.cssSelector("[id='room-form'] .ui-message-error")).getText();
        assertTrue(message.contains("31") && message.contains("5行×6列"), message);

        type("room-form:capacity", "28");
        byId("room-form:save-room").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "101"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("site-form:rooms"), "按行往返"));
        assertTrue(byId("site-form:rooms").getText().contains("28"));
    }

    @Test
    void theVenuesPageFitsAPhone() {
        signIn();
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            open("/office/venues");
            settle();
            choose("sites-form:area", "北京市");
            WebElement row = wait.until(d -> d.findElements(By.cssSelector("[id='sites-form:sites'] tbody tr")).stream()
                    .filter(r -> r.getText().contains("BJ-0101")).findFirst().orElse(null));
            js().executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
            row.findElement(By.cssSelector(".kw-open-site")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("site-title"), "BJ-0101"));
            settle();
            assertFits("/office/venues with a site open");
            WebElement edit = browser.findElements(By.cssSelector(".kw-edit-room")).get(0);
            js().executeScript("arguments[0].scrollIntoView({block: 'center'});", edit);
            edit.click();
            wait.until(d -> !gridRow(0).isEmpty());
            settle();
            assertFits("/office/venues with the room dialog open");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void assertFits(String what) {
        Number scroll = (Number) js().executeScript("return document.documentElement.scrollWidth;");
        Number client = (Number) js().executeScript("return document.documentElement.clientWidth;");
        assertTrue(scroll.intValue() <= client.intValue(), what + " is " + scroll + " px wide on a " + client + " px phone");
    }
}
