package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, part A, in the browser: the rules page (office) and their revision (admin), the identical-answers import
 * with its problems listed, the integrity archive and its public list; each in Chinese and English with no missing
 * key, enum name or word of the other language; and at 390 px without sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrityPagesBrowserIT extends Chromium {

    private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b(?:FALSE|FRAUD|NOT_MET|IN_FORCE|"
            + "LONG_TERM|ENDED|EXPIRED|SUBJECT|SITTING|PERMANENT|MISCONDUCT)\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
    }

    private void signIn(String user) {
        open("/login");
        type("login-form:username", user);
        type("login-form:password", Kaowu.DEMO_PASSWORD);
        byId("login-form:sign-in").click();
        byId("role-home");
    }

    /** The interface's own text (no data, inputs or table cells), as the language scan reads it. */
    private String interfaceText() {
        return (String) js().executeScript("""
                var skip = 'input, textarea, select, option, .kw-data, script, style, td, .ui-selectonemenu-label';
                var out = [];
                document.querySelectorAll('h1, h2, h3, label, th, button, .ui-button-text, p, dt, li, .ui-datatable-empty-message')
                  .forEach(function (e) {
                    if (e.closest(skip) || e.offsetParent === null) { return; }
                    var copy = e.cloneNode(true);
                    copy.querySelectorAll(skip).forEach(function (s) { s.remove(); });
                    out.push(copy.innerText);
                  });
                return out.join('\\n');
                """);
    }

    private void readsInOneLanguage(List<String> pages, List<String> findings) {
        for (String page : pages) {
            open(page);
            settle();
            String body = browser.findElement(By.tagName("main")).getText();
            if (body.contains("???")) {
                findings.add(page + " zh: a missing key");
            }
            Matcher e = ENUM.matcher(body);
            if (e.find()) {
                findings.add(page + " zh: an enum name " + e.group());
            }
        }
        open(pages.get(0));
        submit("session-form:lang-en");
        byId("session-form:lang-zh");
        for (String page : pages) {
            open(page);
            settle();
            String body = browser.findElement(By.tagName("main")).getText();
            if (body.contains("???")) {
                findings.add(page + " en: a missing key");
            }
            Matcher han = HAN.matcher(interfaceText());
            if (han.find()) {
                findings.add(page + " en: Chinese in the interface: " + han.group());
            }
        }
        submit("session-form:lang-zh");
        byId("session-form:lang-en");
    }

    @Test
    void theOfficeReadsTheRulesAndTheArchiveInEitherLanguage() {
        signIn("office");
        open("/office/");
        byId("office-rules").click();
        WebElement rules = byId("rules-form:rules");
        String text = rules.getText();
        assertTrue(text.contains("C6.1") && text.contains("当次该科目成绩无效") && text.contains("第6条第（1）项"), text);
        assertTrue(text.contains("记入诚信档案五年") && text.contains("长期记入诚信档案"), text);
        assertTrue(text.contains("当年和下一年度不得参加考试工作") && text.contains("不得再参加考试工作"), text);
        assertFalse(text.contains("禁考"), "Order No. 31 has no exam ban");
        assertTrue(browser.findElements(By.id("rules-form:rules:0:choose")).isEmpty(), "the office cannot revise");

        open("/office/integrity");
        byId("filter-form:filter");
        String export = byId("filter-form:export").getAttribute("href");
        assertTrue(export.contains("/api/office/integrity/export.csv?state=ALL"), export);
        assertTrue(byId("export-note").getText().contains("完整证件号码"), "the export says it holds full numbers");
        choose("filter-form:state", "长期");
        byId("filter-form:filter").click();
        settle();
        assertTrue(byId("filter-form:export").getAttribute("href").contains("state=LONG_TERM"));

        List<String> findings = new ArrayList<>();
        readsInOneLanguage(List.of("/office/integrity", "/office/rules", "/office/identical-answers", "/public/integrity"),
                findings);
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    @Test
    void anAdminRevisesARuleWithAReasonAndSeesItsHistory() {
        signIn("admin");
        open("/admin/");
        byId("admin-rules").click();
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='rules-form:rules_data'] > tr"));
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElements(By.tagName("td")).get(0).getText().contains("N2")) {
                row = i;
            }
        }
        assertTrue(row >= 0, "N2 is listed");
        byId("rules-form:rules:" + row + ":choose").click();
        WebElement source = byId("revise-form:source");
        source.clear();
        source.sendKeys("人社部令第31号 第十六条（浏览器修订 " + System.nanoTime() + "）");
        byId("revise-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("revise-form"), "请写明修订理由"));
        type("revise-form:reason", "依据表述更新");
        byId("revise-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "规则N2已修订为第"));
        WebElement history = byId("revise-form:history");
        assertTrue(history.findElements(By.cssSelector("tbody > tr")).size() >= 2, history.getText());
        assertTrue(history.getText().contains("依据表述更新"), history.getText());

        List<String> findings = new ArrayList<>();
        readsInOneLanguage(List.of("/admin/rules"), findings);
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    @Test
    void aBadIdenticalAnswersFileIsRefusedWithEveryProblemListed() throws Exception {
        signIn("office");
        open("/office/identical-answers");
        assertTrue(byId("columns").getText().contains("panel_reference"));
        assertTrue(byId("sample-csv").getAttribute("href").endsWith("/api/office/conduct/identical-answers/sample.csv"));
        Path file = Files.createTempFile("identical", ".csv");
        Files.writeString(file, "ticket_1,ticket_2,subject,panel_reference,evidence\n"
                + "NO-SUCH-1,NO-SUCH-2,01,YJ-1,雷同\n,,01,YJ-2,\n", StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("[id='import-form'] input[type='file']")).sendKeys(file.toString());
        byId("import-form:import").click();
        WebElement problems = byId("import-form:problems");
        String text = problems.getText();
        assertTrue(text.contains("准考证号NO-SUCH-1不存在") && text.contains("准考证号NO-SUCH-2不存在"), text);
        assertTrue(text.contains("第3行"), "the row without tickets: " + text);
        assertEquals(5, problems.findElements(By.cssSelector("li.kw-problem")).size(), text);
    }

    @Test
    void thePagesFitAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/public/integrity");
            byId("public-form:records");
            assertFits("/public/integrity");
            signIn("office");
            for (String page : List.of("/office/integrity", "/office/rules", "/office/identical-answers")) {
                open(page);
                settle();
                assertFits(page);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private void assertFits(String page) {
        Number overflow = (Number) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 1, page + " scrolls sideways by " + overflow + " px at 390 px");
    }
}
