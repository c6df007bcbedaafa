package org.kaowu.it.browser;

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages on a phone (390 px wide, the candidates' usual screen): the candidate's journey from sign-up to 我的报名,
 * the public pages and the supervisor area, each without horizontal scrolling and with the header folded into a menu
 * button that opens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneBrowserIT extends Chromium {

    private static final int PHONE = 390;

    @BeforeAll
    static void openBrowser() throws Exception {
        start(PHONE, 844);
        screen(PHONE, 844, true);
    }

    /**
     * The screen the pages are laid out for. A window is never narrower than 500 px, even headless, so a phone is
     * emulated as DevTools does it: a mobile viewport (overlay scrollbars, the page's viewport meta taken) of this size.
     */
    private static void screen(int width, int height, boolean mobile) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    @Test
    void aCandidateSignsUpFillsTheProfileRegistersAndSeesThePaymentReferenceOnAPhone() throws Exception {
        RegistrationFixtures.plan();
        for (String page : List.of("/", "/login", "/public/catalogue", "/public/calendar", "/public/signup")) {
            open(page);
            fitsThePhone(page);
            menuOpensWith("session-form:nav-sign-in", page);
            if (page.equals("/public/catalogue")) {
                assertTrue(height() < 9_000, "the catalogue's first page as cards, not columns of single characters: " + height());
            }
        }

        String mobile = "136" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        byId("signup-form:contact").sendKeys(mobile);
        byId("signup-form:display-name").sendKeys("赵手机");
        byId("signup-form:password").sendKeys("shouji-2026");
        byId("signup-form:confirmation").sendKeys("shouji-2026");
        byId("signup-form:sign-up").click();
        assertEquals("candidate", byId("role-home").getAttribute("data-role"));
        fitsThePhone("/candidate/");
        menuOpensWith("session-form:sign-out", "/candidate/");

        byId("candidate-profile").click();
        type("profile-form:realName", "赵手机");
        type("profile-form:idNumber", RegistrationFixtures.idNumber());
        type("profile-form:mobile", mobile);
        choose("profile-form:education", "大学本科");
        type("profile-form:school", "中南财经政法大学");
        type("profile-form:major", "经济学");
        type("profile-form:graduationDate", "2015-07-01");
        type("profile-form:work:0:w-employer", "某市财政局");
        type("profile-form:work:0:w-from", "2015-07-15");
        type("profile-form:work:0:w-field", "经济管理");
        fitsThePhone("/candidate/profile");
        byId("profile-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "个人资料已保存"));
        Path photo = Files.createTempFile("photo", ".jpg");
        Files.write(photo, RegistrationFixtures.jpeg(358, 441));
        browser.findElement(By.cssSelector("[id='photo-form'] input[type='file']")).sendKeys(photo.toString());
        byId("photo-form:upload").click();
        byId("photo-preview");
        fitsThePhone("/candidate/profile");
        menuOpensWith("session-form:sign-out", "/candidate/profile");

        byId("to-register").click();
        choose("register-form:exam", "2040 · JJ · 经济专业技术资格 · 中级");
        choose("register-form:area", "北京市");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-form:window"), "～"));
        clickLabel("register-form:major:2");
        clickLabel("register-form:fieldWork:0");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("explanation"), "符合报考条件"));
        byId("notice-text");
        fitsThePhone("/candidate/register");
        menuOpensWith("session-form:sign-out", "/candidate/register");
        settle();
        browser.findElement(By.cssSelector("[id='register-form:agreed'] .ui-chkbox-box")).click();
        byId("register-form:submit").click();
        wait.until(ExpectedConditions.urlContains("/candidate/registrations"));

        WebElement status = byId("registrations-form:registrations").findElement(By.cssSelector(".kw-status"));
        assertEquals("ACCEPTED", status.getAttribute("data-status"));
        fitsThePhone("/candidate/registrations");
        menuOpensWith("session-form:sign-out", "/candidate/registrations");
        paymentReferenceIsShownWhole();

        open("/candidate/scores");
        byId("no-scores");
        fitsThePhone("/candidate/scores");
        menuOpensWith("session-form:sign-out", "/candidate/scores");

        for (String page : List.of("/public/catalogue", "/")) {
            open(page);
            fitsThePhone(page + " signed in");
            menuOpensWith("session-form:sign-out", page + " signed in");
        }

        // On a desktop window the reference is whole too (the ten equal columns clipped it to "KW2").
        screen(1400, 1000, false);
        try {
            open("/candidate/registrations");
            assertTrue(byId("session-form:sign-out").isDisplayed(), "the desktop header shows its menu without a button");
            assertFalse(browser.findElement(By.id("kw-menu-button")).isDisplayed());
            paymentReferenceIsShownWhole();
        } finally {
            screen(PHONE, 844, true);
        }
    }

    @Test
    void theSupervisorAreaFitsAPhone() {
        open("/login");
        byId("login-form:username").sendKeys("supervisor");
        byId("login-form:password").sendKeys(Kaowu.DEMO_PASSWORD);
        byId("login-form:sign-in").click();
        assertEquals("supervisor", byId("role-home").getAttribute("data-role"));
        open("/supervisor/");
        byId("role-home");
        fitsThePhone("/supervisor/");
        menuOpensWith("session-form:sign-out", "/supervisor/");
        browser.findElement(By.id("kw-menu-button")).click();
        byId("session-form:sign-out").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-heading")));
    }

    /** The payment reference: whole ("KW", the year, ten digits), visible, and not cut off by its cell or the screen. */
    private void paymentReferenceIsShownWhole() {
        WebElement ref = byId("registrations-form:registrations").findElement(By.cssSelector(".kw-payment-ref"));
        assertTrue(ref.isDisplayed());
        String text = ref.getText();
        assertTrue(text.startsWith("KW") && text.length() >= 12, "the reference shown is " + text);
        Object clipped = js().executeScript("""
                var e = arguments[0], r = e.getBoundingClientRect(), cell = e.closest('td').getBoundingClientRect();
                return e.scrollWidth > Math.ceil(r.width) || r.right > Math.ceil(cell.right) || r.left < cell.left - 1
                    || r.right > document.documentElement.clientWidth || r.height > 2 * parseFloat(getComputedStyle(e).lineHeight || 20);
                """, ref);
        assertEquals(Boolean.FALSE, clipped, "the reference " + text + " is clipped or wrapped");
    }

    /** No horizontal scrolling: nothing on the page is wider than the phone. */
    private void fitsThePhone(String page) {
        settle();
        Number scrollWidth = (Number) js().executeScript("return document.documentElement.scrollWidth;");
        Number clientWidth = (Number) js().executeScript("return document.documentElement.clientWidth;");
        assertTrue(scrollWidth.intValue() <= PHONE && scrollWidth.intValue() <= clientWidth.intValue(),
                page + " is " + scrollWidth + " px wide on a " + clientWidth + " px screen; wider: " + js().executeScript("""
                        var w = document.documentElement.clientWidth, out = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                            var r = e.getBoundingClientRect();
                            if (r.right > w + 0.5 && out.length < 8) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); }
                        });
                        return out.join(', ');
                        """));
    }

    /** The header is folded: what {@code id} names shows only once the menu button has opened the menu. */
    private void menuOpensWith(String id, String page) {
        settle();
        WebElement button = browser.findElement(By.id("kw-menu-button"));
        assertTrue(button.isDisplayed(), page + ": the header shows a menu button");
        assertFalse(browser.findElement(By.id(id)).isDisplayed(), page + ": the menu starts closed");
        button.click();
        WebElement item = byId(id);
        assertEquals("true", button.getAttribute("aria-expanded"));
        if (id.endsWith("sign-out")) {
            assertEquals("退出", item.getText());
        }
        Object inside = js().executeScript("return arguments[0].getBoundingClientRect().right <= document.documentElement.clientWidth;", item);
        assertEquals(Boolean.TRUE, inside, page + ": " + id + " lies on the screen");
        fitsThePhone(page + " with the menu open");
        button.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    private long height() {
        return ((Number) js().executeScript("return document.documentElement.scrollHeight;")).longValue();
    }

}
