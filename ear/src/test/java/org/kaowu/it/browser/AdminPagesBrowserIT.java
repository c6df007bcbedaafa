package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.kaowu.it.SmtpCatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue item 20 and item 5 on the account pages: "forgot password" from the sign-in page to a mailed link and back;
 * the ADMIN's account tools (disable with a reason, the open session ending, enable, a temporary password that must
 * be changed); the audit list filtered, in the page's language, with Beijing times.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesBrowserIT extends Chromium {

    static SmtpCatcher smtp;

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
        smtp = SmtpCatcher.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.close();
        }
    }

    private void signIn(String user, String password) {
        open("/login");
        type("login-form:username", user);
        type("login-form:password", password);
        byId("login-form:sign-in").click();
    }

    private void signOut() {
        byId("session-form:sign-out").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-heading")));
    }

    private void waitForText(By where, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    @Test
    void aCandidateWhoForgotThePasswordFollowsTheMailedLinkAndSignsInWithTheNewOne() throws Exception {
        String email = Kaowu.newCandidate("forgot-pass-1");
        open("/login");
        byId("login-form:forgot-password").click();
        byId("forgot-form:send").click();
        waitForText(By.cssSelector("[id='forgot-form'] .ui-message-error"), "请填写手机号或邮箱");
        type("forgot-form:contact", email);
        byId("forgot-form:send").click();
        waitForText(By.id("forgot-sent"), "如果该手机号或邮箱已注册");

        String link = smtp.find(email, Pattern.compile("(http\\S*/public/reset-password\\?token=[A-Za-z0-9_-]+)"),
                Duration.ofSeconds(30));
        browser.get(link);
        type("reset-form:password", "forgot-pass-2");
        type("reset-form:confirmation", "forgot-pass-3");
        byId("reset-form:set-password").click();
        waitForText(By.cssSelector("[id='reset-form'] .ui-message-error"), "两次输入的密码不一致");
        type("reset-form:password", "forgot-pass-2");
        type("reset-form:confirmation", "forgot-pass-2");
        byId("reset-form:set-password").click();
        wait.until(ExpectedConditions.urlContains("/login"));
        waitForText(By.id("growl_container"), "密码已重新设置");

        signIn(email, "forgot-pass-2");
        assertEquals("candidate", byId("role-home").getAttribute("data-role"));
        signOut();
        browser.get(link);
        waitForText(By.id("link-unusable"), "该链接无效或已使用过");
    }

    @Test
    void anAdminDisablesAStaffAccountWhoseSessionEndsThenEnablesAndResetsIt() {
        String user = "staff-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("admin", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        open("/admin/accounts");
        type("account-form:username", "office");
        type("account-form:display-name", "重名测试");
        type("account-form:password", "staff-pass-1");
        byId("account-form:create").click();
        waitForText(By.cssSelector("[id='account-form'] .ui-message-error"), "已被其他工作人员账户使用");
        type("account-form:username", user);
        type("account-form:password", "staff-pass-1");
        byId("account-form:create").click();
        waitForText(By.id("staff-form:staff"), user);
        signOut();

        // The staff member is signed in when an ADMIN disables the account: the next page ends the session.
        signIn(user, "staff-pass-1");
        assertEquals("office", byId("role-home").getAttribute("data-role"));
        assertEquals(204, Kaowu.as("admin", Kaowu.DEMO_PASSWORD).post("/api/admin/accounts/" + user + "/disable",
                "application/json", "{\"reason\":\"调岗\"}").status());
        open("/office/");
        waitForText(By.id("ended-disabled"), "您的账户已被系统管理员停用");
        signIn(user, "staff-pass-1");
        waitForText(By.cssSelector("[id='login-form'] .ui-message-error"), "该账户已被停用");

        signIn("admin", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        open("/admin/accounts");
        WebElement row = accountRow(user);
        assertTrue(row.getText().contains("已停用"), row.getText());
        row.findElement(By.cssSelector(".kw-tool-enable")).click();
        waitForText(By.id("tool-title"), user);
        byId("tool-form:tool-confirm").click();
        waitForText(By.cssSelector("[id='tool-form'] .ui-message-error"), "请填写操作原因");
        type("tool-form:reason", "调岗结束");
        byId("tool-form:tool-confirm").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tool-dialog")));
        wait.until(d -> accountRow(user).getText().contains("启用"));

        accountRow(user).findElement(By.cssSelector(".kw-tool-reset")).click();
        waitForText(By.id("tool-title"), user);
        type("tool-form:reason", "忘记密码");
        byId("tool-form:tool-confirm").click();
        String temporary = byId("temporary-password").getText().strip();
        assertTrue(temporary.length() >= 12, temporary);
        byId("staff-form:temporary-noted").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("temporary-password")));
        signOut();

        signIn(user, temporary);
        waitForText(By.id("temporary-notice"), "临时密码");
        open("/office/");
        wait.until(ExpectedConditions.urlContains("/account/password"));
        type("password-form:current", temporary);
        type("password-form:password", "staff-pass-2");
        type("password-form:confirmation", "staff-pass-2");
        byId("password-form:change").click();
        assertEquals("office", byId("role-home").getAttribute("data-role"));
    }

    /** Every time shown in the audit list is written as {@code pattern} says. */
    private void assertWhen(Pattern pattern, String what) {
        java.util.List<String> times = wait.until(d -> {
            java.util.List<String> t = d.findElements(By.cssSelector("[id='audit-form:audit'] .kw-audit-when")).stream()
                    .map(WebElement::getText).toList();
            return t.isEmpty() ? null : t;
        });
        for (String t : times) {
            assertTrue(pattern.matcher(t).matches(), what + ": " + t);
        }
    }

    /** Puts a day into a date picker's field as the form sends it (the text of its input). */
    private void typeDate(String id, String day) {
        WebElement field = byId(id + "_input");
        js().executeScript("arguments[0].value = arguments[1];", field, day);
        assertEquals(day, field.getAttribute("value"));
    }

    @Test
    void theAccountPagesFitAPhone() {
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            open("/login");
            fitsThePhone("/login");
            open("/public/forgot-password");
            fitsThePhone("/public/forgot-password");
            open("/public/reset-password?token=not-a-token");
            waitForText(By.id("link-unusable"), "该链接无效或已使用过");
            fitsThePhone("/public/reset-password");
            signIn("admin", Kaowu.DEMO_PASSWORD);
            byId("role-home");
            fitsThePhone("/admin/");
            open("/admin/accounts");
            byId("staff-form:staff");
            fitsThePhone("/admin/accounts");
            open("/account/password");
            byId("password-form:change");
            fitsThePhone("/account/password");
        } finally {
            ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride",
                    java.util.Map.of());
        }
    }

    private static final int PHONE = 390;

    /** No horizontal scrolling: nothing on the page is wider than the phone. */
    private void fitsThePhone(String page) {
        settle();
        Number scrollWidth = (Number) js().executeScript("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth.intValue() <= PHONE, page + " is " + scrollWidth + " px wide on a phone; wider: "
                + js().executeScript("""
                        var w = document.documentElement.clientWidth, out = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                            var r = e.getBoundingClientRect();
                            if (r.right > w + 0.5 && out.length < 8) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); }
                        });
                        return out.join(', ');
                        """));
    }

    /** Visible text without data: inputs and kw-data elements left out; in English only the interface's elements. */
    private static final String INTERFACE_TEXT = """
            var english = arguments[0];
            var skip = 'input, textarea, select, option, script, style, .kw-data' + (english ? ', td' : '');
            var picked = english ? document.querySelectorAll('h1, h2, h3, label, th, button, .ui-button-text, p, li, '
                + '.ui-message, .ui-messages, .ui-paginator, .ui-datatable-empty-message') : [document.body];
            var out = [];
            picked.forEach(function (e) {
                if (e.closest(skip) || (e !== document.body && e.offsetParent === null)) { return; }
                var copy = e.cloneNode(true);
                copy.querySelectorAll(skip).forEach(function (x) { x.remove(); });
                out.push(e === document.body ? copy.textContent : copy.innerText);
            });
            document.querySelectorAll('[placeholder], [title], [aria-label]').forEach(function (e) {
                ['placeholder', 'title', 'aria-label'].forEach(function (a) { if (e.getAttribute(a)) { out.push(e.getAttribute(a)); } });
            });
            return out.join('\\n');
            """;
    private static final java.util.Set<String> LATIN_ALLOWED = java.util.Set.of("english", "admin", "office",
            "supervisor", "kaowu", "demo");

    /** Issue item 5 on these pages: no missing keys, no English (keys, enum names) in Chinese, no Chinese in English. */
    @Test
    void theAccountPagesSpeakOneLanguageAtATime() {
        java.util.List<String> pages = java.util.List.of("/login", "/public/forgot-password",
                "/public/reset-password?token=x", "/account/password", "/admin/", "/admin/accounts");
        signIn("admin", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        java.util.List<String> findings = new java.util.ArrayList<>();
        for (String language : new String[]{"zh", "en"}) {
            if (language.equals("en")) {
                open("/admin/");
                submit("session-form:lang-en");
                byId("session-form:lang-zh");
            }
            for (String page : pages) {
                open(page);
                settle();
                String text = (String) js().executeScript(INTERFACE_TEXT, language.equals("en"));
                if (browser.findElement(By.tagName("body")).getText().contains("???")) {
                    findings.add(page + " (" + language + ") shows a missing key");
                }
                java.util.regex.Matcher m = (language.equals("zh")
                        ? Pattern.compile("(?<![\\w@.-])[A-Za-z][A-Za-z_.]{2,}(?![\\w@-])")
                        : Pattern.compile("\\p{IsHan}+")).matcher(text);
                while (m.find()) {
                    if (!LATIN_ALLOWED.contains(m.group().toLowerCase()) && !m.group().equals("中文")) {
                        findings.add(page + " (" + language + "): " + m.group());
                    }
                }
            }
        }
        submit("session-form:lang-zh");
        byId("session-form:lang-en");
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    private WebElement accountRow(String user) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='staff-form:staff'] tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector(".kw-account-name")).stream()
                        .anyMatch(n -> n.getText().equals(user)))
                .findFirst().orElse(null));
    }

    @Test
    void theAuditListIsFilteredAndShownInThePagesLanguageWithBeijingTimes() {
        String user = Kaowu.newCandidate("audit-pass-1");
        String reason = "审计筛选-" + UUID.randomUUID().toString().substring(0, 6);
        Kaowu.Client admin = Kaowu.as("admin", Kaowu.DEMO_PASSWORD);
        assertEquals(204, admin.post("/api/admin/accounts/" + user + "/disable", "application/json",
                "{\"reason\":\"" + reason + "\"}").status());
        assertEquals(204, admin.post("/api/admin/accounts/" + user + "/enable", "application/json",
                "{\"reason\":\"" + reason + "\"}").status());

        signIn("admin", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        String page = byId("audit-form:audit").getText() + byId("migrations").getText();
        assertFalse(page.contains("SUCCESS"), "migration states in words");
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").matcher(page).find(), "no ISO timestamps: " + page);
        assertTrue(byId("migrations").getText().contains("已执行"));
        assertTrue(browser.findElements(By.cssSelector("[id='audit-form:audit'] thead input")).isEmpty(),
                "the list is filtered by the form above it, not by column boxes that would filter nothing");

        type("audit-filter:actor", "admin");
        choose("audit-filter:action", "停用账户");
        byId("audit-filter:apply").click();
        settle();
        wait.until(d -> d.findElement(By.id("audit-form:audit")).getText().contains(reason));
        settle();
        for (WebElement action : browser.findElements(By.cssSelector("[id='audit-form:audit'] .kw-audit-action"))) {
            assertEquals("停用账户", action.getText(), "only the action asked for, named in words (not account.disable)");
        }
        for (WebElement who : browser.findElements(By.cssSelector("[id='audit-form:audit'] .kw-audit-who"))) {
            assertEquals("admin", who.getText(), "only the actor asked for");
        }
        assertWhen(Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}:\\d{2}"), "Beijing time the Chinese way");

        typeDate("audit-filter:from", "2030-01-02");
        typeDate("audit-filter:to", "2030-01-01");
        byId("audit-filter:apply").click();
        waitForText(By.cssSelector("[id='audit-filter'] .ui-message-error"), "结束日期不能早于开始日期");

        submit("session-form:lang-en");
        waitForText(By.id("role-home"), "Administration");
        type("audit-filter:actor", "admin");
        choose("audit-filter:action", "Account disabled");
        byId("audit-filter:apply").click();
        settle();
        wait.until(d -> d.findElement(By.id("audit-form:audit")).getText().contains(reason));
        settle();
        for (WebElement action : browser.findElements(By.cssSelector("[id='audit-form:audit'] .kw-audit-action"))) {
            assertEquals("Account disabled", action.getText());
        }
        assertWhen(Pattern.compile("[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{2}:\\d{2}:\\d{2}"), "the English way");
        assertTrue(byId("migrations").getText().contains("Applied"));
        submit("session-form:lang-zh");
        waitForText(By.id("role-home"), "系统管理");
    }
}
