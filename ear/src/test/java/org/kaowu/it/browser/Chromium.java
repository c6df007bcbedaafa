package org.kaowu.it.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.kaowu.it.Kaowu;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless chromium for the browser tests: one browser per test class (starting one costs seconds), every
 * test starting signed out on a blank page, and the helpers that drive PrimeFaces pages as a user would.
 */
abstract class Chromium {

    static final Duration POLL = Duration.ofMillis(40);

    static WebDriver browser;
    static WebDriverWait wait;

    /** Starts the class's browser with a window of this size. */
    static void start(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("kaowu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // As root in a sandbox with no outside network: the flags that keep chromium quiet and local.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--in-process-gpu", "--disable-smooth-scrolling",
                "--force-device-scale-factor=1", "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,PaintHolding,BackForwardCache",
                "--window-size=" + width + "," + height, "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        // Conditions are checked every 40 ms (not Selenium's default 500 ms): most hold within a few checks.
        wait = new WebDriverWait(browser, Duration.ofSeconds(15), POLL);
        // An element asked for while the page is being replaced (a full-page submit) is stale: ask again. Any other
        // failure of the browser is a failure of the test.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** The width of the phone the phone-sized tests emulate (a 390×844 window, touch, no scaling). */
    static final int PHONE = 390;

    /** Starts the class's browser as a 390×844 phone. */
    static void startPhone() throws Exception {
        start(PHONE, 844);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Signs in from the login page as this user (any earlier session's cookies gone first) and waits for their home. */
    void signInAs(String username, String password) {
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        open("/login");
        byId("login-form:username").sendKeys(username);
        byId("login-form:password").sendKeys(password);
        byId("login-form:sign-in").click();
        byId("role-home");
    }

    /** Fails, naming the page and its widest elements, when the page is wider than the phone. */
    void assertPhoneWidth(String page) {
        settle();
        Number width = (Number) js().executeScript("return document.documentElement.scrollWidth;");
        if (width.intValue() > PHONE) {
            Object wide = js().executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > " + PHONE + " + 1).slice(0, 5)"
                    + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
            throw new AssertionError(page + " is " + width + " px wide on a phone; wider: " + wide);
        }
    }

    @BeforeEach
    void signedOut() {
        // Every cookie of the browser, whatever page it shows, without loading a page of the site to reach them.
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        browser.get("about:blank");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    void open(String path) {
        browser.get(Kaowu.BASE + path);
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks a button that submits its form without ajax and waits for the page it leads to: the old page's button goes
     * stale first (right after the click the old page still reads as loaded, so waiting for "loaded" alone races).
     */
    void submit(String id) {
        WebElement button = byId(id);
        button.click();
        // Chromium reports a node of the old page either as stale or, mid-navigation, as "not in the document".
        wait.until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        settle();
    }

    /**
     * Waits until the page has loaded and no PrimeFaces or jQuery request is under way, and turns jQuery's animations
     * and PrimeFaces' overlay transitions off so that panels open at once (a test must not click an item while its
     * panel is still growing: on a loaded machine the click lands on a neighbour of the item).
     */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (window.jQuery) { jQuery.fx.off = true; }"
                        + " if (window.PrimeFaces) { PrimeFaces.animationEnabled = false; }"
                        + " return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * Picks an item of a PrimeFaces select menu by its label, in the panel that is open now (an update may leave an
     * old one behind), and waits for what the choice sends; tries again if the menu did not take it. A menu a user
     * cannot open, or that does not take the item clicked, fails the test.
     */
    void choose(String id, String label) {
        String chosen = "var s = document.getElementById(arguments[0]); return s && s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : null;";
        WebDriverWait panelWait = new WebDriverWait(browser, Duration.ofSeconds(5), POLL);
        for (int attempt = 0; attempt < 3; attempt++) {
            settle();
            WebElement menu = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
            // The menu in the middle of the window, so that its panel opens inside it: scrolling the window while
            // the panel is open closes the panel (PrimeFaces hides overlays when a scroll parent scrolls).
            js().executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
            menu.click();
            try {
                WebElement item = panelWait.until(d -> {
                    WebElement panel = d.findElement(By.id(id + "_panel"));
                    if (!panel.isDisplayed()) {
                        return null;
                    }
                    WebElement li = panel.findElement(By.cssSelector("li[data-label='" + label + "']"));
                    return li.isDisplayed() && li.getSize().getHeight() > 0 ? li : null;
                });
                // An item far down a long list is scrolled to inside the panel only, as a user's wheel would.
                js().executeScript("var li = arguments[0], w = li.closest('.ui-selectonemenu-items-wrapper');"
                        + " if (w) { w.scrollTop += li.getBoundingClientRect().top - w.getBoundingClientRect().top"
                        + " - (w.clientHeight - li.offsetHeight) / 2; }", item);
                item.click();
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.StaleElementReferenceException e) {
                browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                continue;
            }
            settle();
            if (label.equals(js().executeScript(chosen, id + "_input"))) {
                return;
            }
        }
        throw new AssertionError("the menu " + id + " did not open or did not take " + label + " in three tries");
    }

    void clickLabel(String forId) {
        settle();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + forId + "']"))).click();
        settle();
    }
}
