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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.RegistrationFixtures.PASSWORD;

/**
 * The candidate pages as a candidate meets them (issue items 11, 13, 14, 17 and the one-language rule of item 5): the
 * commitment path closed up front to someone barred from it, how to pay (amount, the whole reference, the area's
 * instructions the office wrote), the proof documents uploaded (listed, deleted before the office decides, downloaded
 * by the office under their own names) and an identity number corrected on the profile. Some checks at a phone's
 * 390×844 as well.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CandidatePagesBrowserIT extends Chromium {

    /** What no page may show: a Java enum's name (PENDING_REVIEW, UNPAID) or the core's raw reasons. */
    private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\b(UNPAID|PAID|ACCEPTED|VOIDED|PROOF|COMMITMENT)\\b");

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
    }

    /** A candidate with a complete profile and photo: the user name, and a client signed in as them. */
    private record Candidate(String user, Kaowu.Client api) {
    }

    private static Candidate candidate() throws Exception {
        String user = Kaowu.newCandidate(PASSWORD);
        Kaowu.Client c = Kaowu.session(user, PASSWORD);
        Kaowu.Response p = c.put("/api/profile", RegistrationFixtures.profile(RegistrationFixtures.idNumber()));
        assertEquals(200, p.status(), p.body());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
        return new Candidate(user, c);
    }

    private void signIn(String user, String password) {
        open("/login");
        byId("login-form:username").sendKeys(user);
        byId("login-form:password").sendKeys(password);
        byId("login-form:sign-in").click();
        byId("role-home");
    }

    /**
     * Item 9: every problem is said once. Saving an empty profile marks each field beside it, puts one summary line at
     * the top and raises no toast; a good save is confirmed by a toast and nothing at the top.
     */
    @Test
    void problemsStandBesideTheirFieldsWithOneSummaryAndOnlySuccessIsAToast() throws Exception {
        String user = Kaowu.newCandidate(PASSWORD);
        signIn(user, PASSWORD);
        open("/candidate/profile");
        byId("profile-form:save").click();
        WebElement top = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='page-messages'] .ui-messages-error")));
        settle();
        List<WebElement> summaries = browser.findElements(By.cssSelector("[id='page-messages'] li"));
        assertEquals(1, summaries.size(), "one summary at the top, not one line per field: " + top.getText());
        assertTrue(top.getText().contains("处填写需要修改"), top.getText());
        List<WebElement> inline = browser.findElements(By.cssSelector("[id='profile-form'] .ui-message-error"));
        assertTrue(inline.size() >= 3, "each empty required field is marked beside it: " + inline.size());
        for (WebElement m : inline) {
            assertFalse(m.getText().isBlank(), "an inline message says what is wrong");
            assertFalse(top.getText().contains(m.getText()), "the field's message is not repeated at the top: " + m.getText());
        }
        assertTrue(browser.findElements(By.cssSelector(".ui-growl-item")).stream().noneMatch(WebElement::isDisplayed),
                "errors are not toasts");

        Candidate ok = candidate();
        browser.manage().deleteAllCookies();
        signIn(ok.user(), PASSWORD);
        open("/candidate/profile");
        byId("profile-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "个人资料已保存"));
        assertTrue(browser.findElements(By.cssSelector("[id='page-messages'] .ui-messages-error")).isEmpty(),
                "a good save leaves nothing at the top");
    }

    /** A phone's screen (as PhoneBrowserIT emulates it), or the desktop window again. */
    private static void phone(boolean on) {
        if (on) {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        } else {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private String text() {
        settle();
        return browser.findElement(By.tagName("body")).getText();
    }

    /** A registration of the 2040 plan's 一级建造师 (both subjects, 136 yuan) in {@code area}. */
    private static long register(Kaowu.Client c, String path, String area) {
        String sha = "COMMITMENT".equals(path) ? RegistrationFixtures.notice(c) : null;
        Kaowu.Response r = c.post("/api/registrations", "application/json",
                RegistrationFixtures.registration("YJ", path, sha, "RELATED").replace("北京市", area));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void aCandidateBarredFromTheCommitmentPathIsOfferedProofWithTheReasonBeforeReadingTheNotice() throws Exception {
        RegistrationFixtures.plan();
        Candidate liar = candidate();
        // A commitment in a plan of this test's own, found fraudulent by the office and decided in an Art. 10 case: a
        // record in the integrity archive.
        Kaowu.Client office = Kaowu.session("office", Kaowu.DEMO_PASSWORD);
        int year = ownPlan(office);
        Kaowu.Response made = liar.api().post("/api/registrations", "application/json",
                RegistrationFixtures.registration(year, "JJ", "中级", "COMMITMENT",
                        RegistrationFixtures.notice(liar.api(), year, "JJ", "中级"), "OTHER").replace("[\"1Z101\",\"1Z102\"]", "[\"01\"]"));
        assertEquals(201, made.status(), made.body());
        JsonObject campaign = office.post("/api/office/verification/campaigns", "application/json",
                "{\"year\":" + year + ",\"examCode\":\"JJ\",\"name\":\"全部核查\",\"mode\":\"SAMPLE\",\"percent\":100,\"seed\":\"7\"}").json();
        JsonObject task = office.get("/api/office/verification/campaigns/" + campaign.getJsonNumber("id") + "/tasks").array()
                .getJsonObject(0);
        long taskId = task.getJsonNumber("id").longValue();
        assertEquals(200, office.post("/api/office/verification/tasks/" + taskId + "/assign", "application/json",
                "{\"verifier\":\"office\"}").status());
        Kaowu.Response decided = office.post("/api/office/verification/tasks/" + taskId + "/decision", "application/json",
                "{\"outcome\":\"FRAUD\",\"evidence\":\"学信网查无此学历\"}");
        assertEquals(200, decided.status(), decided.body());
        // Fraud opens an Art. 10 case; only its written decision, after the notice and the defence, writes the record
        // that closes the commitment path (Order No. 31 Art. 17).
        JsonObject theCase = liar.api().get("/api/cases").array().getValuesAs(JsonObject.class).stream()
                .filter(k -> "C10".equals(k.getString("ruleCode"))).findFirst().orElseThrow();
        long caseId = theCase.getJsonNumber("id").longValue();
        assertEquals(200, office.post("/api/office/cases/" + caseId + "/notice", "application/json", "{}").status());
        org.kaowu.it.DecidedCase.decide(office, liar.api(), caseId);

        signIn(liar.user(), PASSWORD);
        open("/candidate/register");
        // Told at once, before any exam is chosen or notice read: the commitment path is closed, proof is chosen.
        assertTrue(byId("commitment-closed").getText().contains("虚假承诺"), byId("commitment-closed").getText());
        assertFalse(browser.findElement(By.id("register-form:path:0")).isEnabled(), "the commitment path cannot be chosen");
        assertTrue(browser.findElement(By.id("register-form:path:1")).isSelected(), "proof is chosen for them");
        assertTrue(browser.findElements(By.id("notice-text")).isEmpty(), "no notice to read and sign");
        choose("register-form:exam", "2040 · JJ · 经济专业技术资格 · 中级");
        choose("register-form:area", "北京市");
        assertFalse(browser.findElement(By.id("register-form:path:0")).isEnabled(), "still closed once an exam is chosen");
        assertTrue(browser.findElement(By.id("register-form:path:1")).isSelected());
        assertTrue(browser.findElements(By.id("notice-text")).isEmpty());
        assertTrue(byId("register-form:submit").getText().contains("提交报名"), "the button submits proof, it signs nothing");

        // 我的报名 says why the registration was voided in words, not "false commitment: …" nor VOIDED.
        open("/candidate/registrations");
        String page = text();
        assertTrue(page.contains("经核查提供虚假材料或以不正当手段报名，报名已作废，将立案处理。核查结论：学信网查无此学历"), page);
        assertTrue(page.contains("诚信档案库"), "the notice, in Chinese: " + page);
        assertFalse(page.contains("false commitment"), page);
        assertFalse(ENUM.matcher(page).find(), "no enum names: " + page);

        // In English the reason is English too.
        submit("session-form:lang-en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My registrations"));
        assertTrue(text().contains("Voided: verification found false documents or improper means; a case will be opened. Finding: 学信网查无此学历"), text());
        // The office's notice is read in English too (the exam's name and the evidence as they were written).
        assertTrue(text().contains("Verification found false documents or other improper means in your registration for"), text());
        assertFalse(text().contains("诚信档案库"), "no Chinese sentence of the notice: " + text());
        open("/candidate/register");
        assertTrue(byId("commitment-closed").getText().contains("false commitment"), byId("commitment-closed").getText());

        // Someone with a clean record has the commitment path open and chosen, with the notice to read.
        Candidate clean = candidate();
        browser.manage().deleteAllCookies();
        signIn(clean.user(), PASSWORD);
        open("/candidate/register");
        assertTrue(browser.findElements(By.id("commitment-closed")).isEmpty());
        assertTrue(browser.findElement(By.id("register-form:path:0")).isEnabled());
        assertTrue(browser.findElement(By.id("register-form:path:0")).isSelected());
    }

    @Test
    void theRegistrationShowsTheAmountTheWholeReferenceAndTheAreasPaymentInstructionsTheOfficeWrote() throws Exception {
        RegistrationFixtures.plan();
        String token = "QH" + System.nanoTime() % 1_000_000;
        // The office writes Qinghai's own instructions on its page (linked from its home).
        signIn("office", Kaowu.DEMO_PASSWORD);
        byId("office-payment").click();
        choose("instructions-form:area", "青海省");
        type("instructions-form:textZh", "青海省考区：请通过网上银行转账缴费，附言只填缴费编号。联系人编号 " + token);
        type("instructions-form:textEn", "Qinghai: pay by online bank transfer, remark: your payment reference only. Contact " + token);
        byId("instructions-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "缴费说明已保存"));
        assertTrue(byId("instructions-form:stored").getText().contains("青海省"));

        Candidate c = candidate();
        long id = register(c.api(), "COMMITMENT", "青海省");
        String reference = c.api().get("/api/registrations/" + id).json().getString("paymentRef");
        browser.manage().deleteAllCookies();
        signIn(c.user(), PASSWORD);
        open("/candidate/registrations");
        WebElement payment = byId("payments").findElement(By.cssSelector(".kw-payment[data-registration='" + id + "']"));
        assertTrue(payment.findElement(By.cssSelector(".kw-payment-amount")).getText().contains("136.00"));
        assertEquals(reference, payment.findElement(By.cssSelector(".kw-payment-ref")).getText());
        referenceIsWhole(payment);
        String how = payment.findElement(By.cssSelector(".kw-payment-instructions")).getText();
        assertTrue(how.contains("青海省考区") && how.contains(token), how);
        assertFalse(ENUM.matcher(text()).find(), "no enum names: " + text());

        // On a phone: the same, whole, and the page no wider than the screen.
        phone(true);
        try {
            open("/candidate/registrations");
            WebElement onPhone = byId("payments").findElement(By.cssSelector(".kw-payment[data-registration='" + id + "']"));
            referenceIsWhole(onPhone);
            Number scrollWidth = (Number) js().executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth.intValue() <= 390, "the page is " + scrollWidth + " px wide");
        } finally {
            phone(false);
        }

        // In English: the office's English text.
        open("/candidate/registrations");
        submit("session-form:lang-en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My registrations"));
        String english = byId("payments").getText();
        assertTrue(english.contains("How to pay") && english.contains("Qinghai: pay by online bank transfer"), english);
        assertFalse(english.contains("青海省考区"), english);
    }

    /** The reference is shown whole: not cut by its box, its card or the screen, on one line. */
    private void referenceIsWhole(WebElement card) {
        WebElement ref = card.findElement(By.cssSelector(".kw-payment-ref"));
        assertTrue(ref.isDisplayed());
        Object clipped = js().executeScript("""
                var e = arguments[0], r = e.getBoundingClientRect(), box = e.closest('.kw-payment').getBoundingClientRect();
                return e.scrollWidth > Math.ceil(r.width) || r.right > Math.ceil(box.right) || r.left < box.left - 1
                    || r.right > document.documentElement.clientWidth || r.height > 2.2 * parseFloat(getComputedStyle(e).fontSize);
                """, ref);
        assertEquals(Boolean.FALSE, clipped, "the reference " + ref.getText() + " is clipped or wrapped");
    }

    @Test
    void theCandidateSeesTheirDocumentsDeletesOneBeforeTheDecisionAndTheOfficeDownloadsThemByName() throws Exception {
        RegistrationFixtures.plan();
        Candidate c = candidate();
        long id = register(c.api(), "PROOF", "北京市");
        Kaowu.Response pdf = c.api().postBytes("/api/registrations/" + id + "/documents?name="
                + URLEncoder.encode("学历证书 2012.pdf", StandardCharsets.UTF_8), "application/pdf", RegistrationFixtures.pdf());
        assertEquals(201, pdf.status(), pdf.body());
        Kaowu.Response jpg = c.api().postBytes("/api/registrations/" + id + "/documents?name="
                + URLEncoder.encode("工作证明.jpg", StandardCharsets.UTF_8), "image/jpeg", RegistrationFixtures.jpeg(400, 300));
        assertEquals(201, jpg.status(), jpg.body());
        long pdfId = pdf.json().getJsonNumber("id").longValue();

        signIn(c.user(), PASSWORD);
        phone(true);
        try {
            open("/candidate/registrations");
            WebElement list = byId("documents-form").findElement(By.cssSelector(".kw-documents[data-registration='" + id + "']"));
            String shown = list.getText();
            assertTrue(shown.contains("学历证书 2012.pdf") && shown.contains("PDF 文档"), shown);
            assertTrue(shown.contains("工作证明.jpg") && shown.contains("JPEG 图片"), shown);
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            assertTrue(shown.contains(today), "uploaded today, Beijing time: " + shown);
            assertTrue(shown.contains("KB"), shown);
            Number scrollWidth = (Number) js().executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth.intValue() <= 390, "the page is " + scrollWidth + " px wide");
        } finally {
            phone(false);
        }
        open("/candidate/registrations");
        WebElement row = byId("documents-form").findElements(By.cssSelector(".kw-document-list tr")).stream()
                .filter(tr -> tr.getText().contains("工作证明.jpg")).findFirst().orElseThrow();
        row.findElement(By.cssSelector(".kw-remove-document")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "材料已删除"));
        wait.until(d -> !d.findElement(By.id("documents-form")).getText().contains("工作证明.jpg"));
        assertTrue(byId("documents-form").getText().contains("学历证书 2012.pdf"));
        List<String> names = c.api().get("/api/registrations/" + id + "/documents").array().stream()
                .map(v -> ((JsonObject) v).getString("fileName")).toList();
        assertEquals(List.of("学历证书 2012.pdf"), names, "deleted in the database too");

        // The office downloads it under the name it was uploaded with, still as a sandboxed attachment.
        Kaowu.Client office = Kaowu.session("office", Kaowu.DEMO_PASSWORD);
        Kaowu.Response download = office.get("/api/office/registrations/" + id + "/documents/" + pdfId);
        assertEquals(200, download.status());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''%E5%AD%A6%E5%8E%86%E8%AF%81%E4%B9%A6%202012.pdf"), disposition);
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));

        // Once the office has decided, the documents stay: no delete button, and the API refuses.
        assertEquals(200, office.post("/api/office/registrations/" + id + "/review", "application/json",
                "{\"decision\":\"APPROVE\"}").status());
        open("/candidate/registrations");
        WebElement decided = byId("documents-form").findElement(By.cssSelector(".kw-documents[data-registration='" + id + "']"));
        assertTrue(decided.findElements(By.cssSelector(".kw-remove-document")).isEmpty());
        assertTrue(decided.getText().contains("材料不能再删除"), decided.getText());
        Kaowu.Response refused = c.api().delete("/api/registrations/" + id + "/documents/" + pdfId);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("urn:kaowu:problem:documents-closed", refused.json().getString("type"));
    }

    @Test
    void correctingTheIdentityNumberFillsInItsBirthDateAndSexAndSaves() throws Exception {
        Candidate c = candidate();
        String before = c.api().get("/api/profile").json().getString("birthDate");
        // A woman born on 5 May 1975 (an even sequence digit).
        String first17 = "11010519750505124";
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        String corrected = first17 + "10X98765432".charAt(sum % 11);

        signIn(c.user(), PASSWORD);
        open("/candidate/profile");
        assertEquals(before, byId("profile-form:birthDate").getDomProperty("value"));
        type("profile-form:idNumber", corrected);
        wait.until(d -> "1975-05-05".equals(d.findElement(By.id("profile-form:birthDate")).getDomProperty("value")));
        wait.until(d -> "女".equals(js().executeScript(
                "var s = document.getElementById('profile-form:sex_input'); return s.options[s.selectedIndex].text;")));
        byId("profile-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "个人资料已保存"));
        JsonObject saved = c.api().get("/api/profile").json();
        assertEquals(corrected, saved.getString("idNumber"));
        assertEquals("1975-05-05", saved.getString("birthDate"));

        // The server holds to the same rule without the page's help: the stale date of the old number is replaced.
        String again = RegistrationFixtures.idNumber();
        Kaowu.Response api = c.api().put("/api/profile", RegistrationFixtures.profile(again)
                .replace("\"idType\"", "\"birthDate\":\"1975-05-05\",\"sex\":\"F\",\"idType\""));
        assertEquals(200, api.status(), api.body());
        assertEquals(again.substring(6, 10), api.json().getString("birthDate").substring(0, 4));

        // A malformed date is named by its field, in words, not by JSF's default converter message.
        open("/candidate/profile");
        type("profile-form:graduationDate", "2012/7/1");
        byId("profile-form:save").click();
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("毕业日期：请按“2012-07-01”的格式填写日期"));
        String page = text();
        assertFalse(page.contains("j_idt") || page.contains("profile-form:graduationDate"), page);
    }

    /** A published plan of this test's own, from 2070 on, with the exam JJ 中级 open for registration now. */
    private static int ownPlan(Kaowu.Client office) {
        LocalDateTime now = LocalDateTime.ofInstant(Kaowu.serverNow(), ZoneId.of("Asia/Shanghai"));
        return RegistrationFixtures.ownJjPlan(office, 2070, "考生页面测试计划", now, now.plusDays(30), null);
    }
}
