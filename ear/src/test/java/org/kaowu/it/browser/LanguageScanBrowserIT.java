package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.kaowu.it.RegistrationFixtures;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One language at a time: every page of every role, with demo and test data on it, read in Chinese and in English.
 * In Chinese no page shows a missing key ({@code ???}), an enum name (PENDING_REVIEW, UNPAID), a message key
 * (committee.session) or an English word of the interface; in English the interface (headings, labels, column titles,
 * buttons, messages, explanations) has no Chinese. Data stays as it was entered: a qualification's Chinese name is data
 * on an English page, so the English check reads the interface's own elements and skips table cells, inputs and
 * elements marked {@code kw-data}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageScanBrowserIT extends Chromium {

    /** English words that may stand in a Chinese page: the names of the demo accounts, file types, the language link. */
    private static final Set<String> LATIN_ALLOWED = Set.of("english", "office", "admin", "supervisor", "candidate",
            "kaowu", "demo", "csv", "xlsx", "pdf", "jpeg", "jpg", "png", "https", "http", "localhost", "api", "utf");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\w@.-])[A-Za-z][A-Za-z_.]{2,}(?![\\w@-])");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    /** The page's visible text without data (inputs, elements marked kw-data); in English only the interface's elements. */
    private static final String PAGE_TEXT = """
            var english = arguments[0];
            var skip = 'input, textarea, select, option, .kw-data, script, style'
                + (english ? ', td, .ui-selectonemenu-label, .ui-chips, .fc-event, .fc-toolbar-title' : '');
            var picked = english ? document.querySelectorAll('h1, h2, h3, h4, label, th, legend, button, .ui-button-text, '
                + 'nav a, .kw-session a, .ui-messages, .ui-message, .ui-growl-message, p, dt, li, caption, .ui-fieldset-legend, '
                + '.ui-panel-title, .ui-datatable-empty-message, .ui-paginator, .fc-col-header-cell, .fc-button') : [document.body];
            var out = [];
            picked.forEach(function (e) {
                if (e.closest(skip) || (e !== document.body && e.offsetParent === null)) { return; }
                var copy = e.cloneNode(true);
                copy.querySelectorAll(skip).forEach(function (s) { s.remove(); });
                out.push(e === document.body ? copy.textContent : copy.innerText);
            });
            document.querySelectorAll('[placeholder], [title], [aria-label]').forEach(function (e) {
                if (e.closest('.kw-data')) { return; }
                ['placeholder', 'title', 'aria-label'].forEach(function (a) { if (e.getAttribute(a)) { out.push(e.getAttribute(a)); } });
            });
            return out.join('\\n');
            """;

    private static String candidate;

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
        RegistrationFixtures.plan();
        // A candidate with a profile, a photo and a registration on the commitment path: the pages with the most on them.
        candidate = Kaowu.newCandidate(RegistrationFixtures.PASSWORD);
        Kaowu.Client c = Kaowu.session(candidate, RegistrationFixtures.PASSWORD);
        assertEquals(200, c.put("/api/profile", RegistrationFixtures.profile(RegistrationFixtures.idNumber())).status());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
        Kaowu.Response r = c.post("/api/registrations", "application/json",
                RegistrationFixtures.registration("YJ", "COMMITMENT", RegistrationFixtures.notice(c), "RELATED"));
        assertEquals(201, r.status(), r.body());
    }

    @Test
    void publicPagesSpeakOneLanguage() {
        scan(null, null, List.of("/", "/login", "/public/catalogue", "/public/calendar", "/public/signup", "/public/forgot-password",
                "/public/exam?year=" + RegistrationFixtures.YEAR + "&code=YJ", "/public/passed",
                "/public/verify", "/public/verify?code=ZZZZZZZZZZZZZZZZ"));
    }

    @Test
    void candidatePagesSpeakOneLanguage() {
        scan(candidate, RegistrationFixtures.PASSWORD,
                List.of("/candidate/", "/candidate/profile", "/candidate/register", "/candidate/registrations",
                        "/account/password", "/candidate/scores", "/candidate/certificates"));
    }

    @Test
    void officePagesSpeakOneLanguage() {
        scan("office", Kaowu.DEMO_PASSWORD, List.of("/office/", "/office/plans?year=" + RegistrationFixtures.YEAR,
                "/office/exam?year=" + RegistrationFixtures.YEAR + "&code=YJ", "/office/committees",
                "/office/registrations", "/office/review", "/office/verification", "/office/search", "/office/payment", "/office/seating",
                "/office/venues", "/office/staff", "/office/roster", "/office/documents", "/office/results",
                "/office/listing", "/office/certificates"));
    }

    @Test
    void supervisorAndAdminPagesSpeakOneLanguage() {
        scan("supervisor", Kaowu.DEMO_PASSWORD, List.of("/supervisor/", "/supervisor/check"));
        browser.manage().deleteAllCookies();
        scan("admin", Kaowu.DEMO_PASSWORD, List.of("/admin/", "/admin/accounts", "/admin/catalogue"));
    }

    /** Reads each page in Chinese, then switches to English and reads each again; fails with every finding at once. */
    private void scan(String user, String password, List<String> pages) {
        if (user != null) {
            open("/login");
            byId("login-form:username").sendKeys(user);
            byId("login-form:password").sendKeys(password);
            byId("login-form:sign-in").click();
            byId("role-home");
        }
        List<String> findings = new ArrayList<>();
        for (String page : pages) {
            open(page);
            settle();
            missingKeys(page, "zh", browser.findElement(By.tagName("body")).getText(), findings);
            chinese(page, (String) js().executeScript(PAGE_TEXT, false), findings);
        }
        open(pages.get(0));
        submit("session-form:lang-en");
        byId("session-form:lang-zh");
        for (String page : pages) {
            open(page);
            settle();
            String all = browser.findElement(By.tagName("body")).getText();
            missingKeys(page, "en", all, findings);
            english(page, (String) js().executeScript(PAGE_TEXT, true), findings);
        }
        submit("session-form:lang-zh");
        byId("session-form:lang-en");
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    private static void chinese(String page, String text, List<String> findings) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!LATIN_ALLOWED.contains(word.toLowerCase()) && !word.startsWith(candidate)) {
                words.add(word);
            }
        }
        if (!words.isEmpty()) {
            findings.add(page + " (中文) shows English words, keys or enum names: " + words);
        }
    }

    private static void english(String page, String text, List<String> findings) {
        Set<String> han = new LinkedHashSet<>();
        Matcher m = HAN.matcher(text);
        while (m.find()) {
            if (!m.group().equals("中文")) {
                han.add(m.group());
            }
        }
        if (!han.isEmpty()) {
            findings.add(page + " (English) shows Chinese in its interface: " + han);
        }
    }

    private static void missingKeys(String page, String language, String text, List<String> findings) {
        if (text.contains("???")) {
            findings.add(page + " (" + language + ") shows a missing message key: "
                    + text.substring(Math.max(0, text.indexOf("???") - 20), Math.min(text.length(), text.indexOf("???") + 40)));
        }
    }
}
