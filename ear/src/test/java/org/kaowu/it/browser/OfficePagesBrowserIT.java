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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exam office's registration pages as the office uses them: the review queue (a refusal beside the row's note,
 * asking for more keeps the row, waiting), verification (verifiers from a list, the facts to check, a confirmation
 * before a decision that harms the candidate, the archive naming its source in words), the registrations desk (the
 * statistics' year, identity cases with masked names and contacts, finding a registration to confirm its payment, the
 * bank file's results in words) and the office search (paged, sorted, details, the way to the review; English; phone).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficePagesBrowserIT extends Chromium {

    /** A plan of this test class's own, so that a campaign over its exam holds only this class's commitments. */
    private static final int YEAR = 2046;
    private static final String EXAM = "OF";

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

    /** The 2046 plan with one exam (一级建造师) whose registration is open around today. */
    private static synchronized void ownPlan() {
        Kaowu.Client office = Kaowu.as("office", Kaowu.DEMO_PASSWORD);
        if (office.get("/api/plans/" + YEAR).status() == 200) {
            return;
        }
        assertEquals(201, office.post("/api/plans", "application/json",
                "{\"year\":" + YEAR + ",\"title\":\"" + YEAR + "年度考试工作计划\",\"authority\":\"某省人事考试中心\"}").status());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String exam = """
                {"code":"%s","qualification":"一级建造师","levels":["一级"],
                 "windows":{"registrationOpens":"%s","registrationCloses":"%s","withdrawalDeadline":"%s",
                  "verificationDeadline":"%d-08-31","ticketsOpen":"%d-09-01","ticketsClose":"%d-09-10",
                  "examStart":"%d-09-08","examEnd":"%d-09-10","scoreRelease":"%d-11-30","certificatesFrom":"%d-01-15"},
                 "subjects":[{"level":"一级","code":"1Z101","name":"建设工程经济","durationMinutes":120,"fullMarks":100,"passMark":60,"fee":68},
                             {"level":"一级","code":"1Z102","name":"建设工程项目管理","durationMinutes":180,"fullMarks":130,"passMark":78,"fee":68}],
                 "sessions":[{"level":"一级","subjectCode":"1Z101","date":"%d-09-08","start":"09:00","end":"11:00"},
                             {"level":"一级","subjectCode":"1Z102","date":"%d-09-08","start":"14:00","end":"17:00"}]}
                """.formatted(EXAM, today.minusDays(1), today.plusDays(60), today.plusDays(50), YEAR, YEAR, YEAR, YEAR, YEAR,
                YEAR, YEAR + 1, YEAR, YEAR);
        Kaowu.Response put = office.put("/api/plans/" + YEAR + "/exams/" + EXAM, exam);
        assertEquals(201, put.status(), put.body());
        assertEquals(200, office.post("/api/plans/" + YEAR + "/publish", "application/json", "").status());
    }

    /** A commitment to the 2046 exam by a new candidate; answers the registration. */
    private static JsonObject commitment(Kaowu.Client candidate) {
        Kaowu.Response r = candidate.post("/api/registrations", "application/json", RegistrationFixtures.registration(YEAR, EXAM,
                "一级", "COMMITMENT", RegistrationFixtures.notice(candidate, YEAR, EXAM, "一级"), "RELATED"));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static long id(JsonObject registration) {
        return registration.getJsonNumber("id").longValue();
    }

    private static String status(Kaowu.Client candidate, long registration) {
        return candidate.get("/api/registrations/" + registration).json().getString("status");
    }

    private String optionEndingWith(String menu, String end) {
        return byId(menu).findElements(By.tagName("option")).stream().map(o -> o.getAttribute("textContent"))
                .filter(t -> t.endsWith(end)).findFirst().orElseThrow(() -> new AssertionError("no option ending " + end));
    }

    private void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    /** Item 10 and 15: the refusal beside the row's note, the row marked; asking for more keeps the row, waiting. */
    @Test
    void aReviewRefusedForItsNoteIsSaidBesideTheRowAndAskingForMoreKeepsTheRowWaiting() throws Exception {
        RegistrationFixtures.plan();
        Kaowu.Client c = RegistrationFixtures.candidate();
        Kaowu.Response made = c.post("/api/registrations", "application/json",
                RegistrationFixtures.registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(201, made.status(), made.body());
        long id = id(made.json());

        signInAsOffice();
        open("/office/review?registration=" + id);
        assertEquals(Long.toString(id), byId("review-form:queue").findElement(By.cssSelector(".kw-registration-id")).getText());
        byId("review-form:queue:0:more").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-form:queue:0:note-message"), "请写明理由"));
        WebElement row = browser.findElement(By.cssSelector("[id='review-form:queue_data'] > tr"));
        assertTrue(row.getAttribute("class").contains("kw-row-refused"), "the refused row is marked: " + row.getAttribute("class"));
        assertTrue(browser.findElements(By.cssSelector(".ui-growl-item")).stream().noneMatch(e -> e.getText().contains("请写明理由")),
                "a refusal is no toast");
        assertEquals("PENDING_REVIEW", status(c, id), "nothing was decided");

        type("review-form:queue:0:note", "请补充学位证书扫描件");
        byId("review-form:queue:0:more").click();
        growlSays("已要求补充材料");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-form:queue"), "等待考生补充材料"));
        row = browser.findElement(By.cssSelector("[id='review-form:queue_data'] > tr"));
        assertTrue(row.getText().contains("请补充学位证书扫描件"), "what was asked for is shown");
        assertTrue(row.getAttribute("class").contains("kw-row-waiting"), row.getAttribute("class"));
        assertFalse(row.getAttribute("class").contains("kw-row-refused"));
        assertTrue(browser.findElements(By.id("review-form:queue:0:approve")).isEmpty(), "nothing to decide while the candidate is asked");
        assertEquals("MORE_REQUESTED", status(c, id));

    }

    /** Item 12: verifiers from a list (the server refuses others), the facts shown, harmful outcomes confirmed first. */
    @Test
    void verificationAssignsFromAListShowsTheFactsAndAsksBeforeAFalseCommitment() throws Exception {
        ownPlan();
        Kaowu.Client c = RegistrationFixtures.candidate();
        String number = c.get("/api/profile").json().getString("idNumber");
        long id = id(commitment(c));
        Kaowu.Client office = Kaowu.as("office", Kaowu.DEMO_PASSWORD);
        String name = "核查" + UUID.randomUUID().toString().substring(0, 8);
        Kaowu.Response campaign = office.post("/api/office/verification/campaigns", "application/json",
                "{\"year\":" + YEAR + ",\"examCode\":\"" + EXAM + "\",\"name\":\"" + name + "\",\"mode\":\"ALL\"}");
        assertEquals(201, campaign.status(), campaign.body());
        long task = office.get("/api/office/verification/campaigns/" + campaign.json().getJsonNumber("id").longValue() + "/tasks?size=200")
                .array().stream().map(JsonObject.class::cast).filter(t -> t.getJsonNumber("registrationId").longValue() == id)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        // The server refuses an account that does not exist, and one that is not the office's, naming it.
        for (String who : List.of("nobody-xyz", "supervisor")) {
            Kaowu.Response refused = office.post("/api/office/verification/tasks/" + task + "/assign", "application/json",
                    "{\"verifier\":\"" + who + "\"}");
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.isProblem());
            assertEquals("urn:kaowu:problem:invalid-verifier", refused.json().getString("type"));
            assertEquals("verifier", refused.json().getString("field"));
            assertTrue(refused.json().getString("detail").contains(who), refused.body());
        }

        signInAsOffice();
        open("/office/verification");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks-form:tasks"), Long.toString(id)));
        int row = row(id);
        String prefix = "tasks-form:tasks:" + row + ":";

        byId(prefix + "assign").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='tasks-form:tasks_data'] > tr:nth-child(" + (row + 1) + ")"), "请从列表中选择核查人员"));
        choose(prefix + "verifier", optionEndingWith(prefix + "verifier_input", "(office)"));
        byId(prefix + "assign").click();
        growlSays("已指派给 office");

        byId(prefix + "facts").click();
        WebElement facts = byId("facts-form:facts");
        wait.until(ExpectedConditions.textToBePresentInElement(facts, "同济大学"));
        for (String fact : List.of(number, "张建国", "大学本科", "土木工程", "中建某局", "建设工程项目施工管理", "相关专业")) {
            assertTrue(facts.getText().contains(fact), fact + " in " + facts.getText());
        }
        facts.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("facts-form:facts")));

        List<String> offered = browser.findElements(By.cssSelector("[id='" + prefix + "outcome_input'] option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.containsAll(List.of("CONFIRMED", "NOT_MET", "FRAUD", "UNABLE")) && !offered.contains("FALSE"),
                "the legacy outcome cannot be chosen: " + offered);
        choose(prefix + "outcome", "弄虚作假（立案处理）");
        type(prefix + "evidence", "学信网查无此学历");
        byId(prefix + "decide").click();
        WebElement confirm = byId("decision-form:decision-confirm");
        assertTrue(confirm.getText().contains("报名" + id) && confirm.getText().contains("第十条")
                && confirm.getText().contains("书面决定"), confirm.getText());
        byId("decision-form:confirm-no").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decision-form:decision-confirm")));
        settle();
        assertEquals("ACCEPTED", status(c, id), "nothing is saved until confirmed");

        byId(prefix + "decide").click();
        byId("decision-form:confirm-yes").click();
        growlSays("已认定弄虚作假");
        settle();
        // No record before the case's decision (Art. 17): the archive does not show this registration.
        assertFalse(byId("integrity-form:records").getText().contains("报名" + id + "的告知承诺核查"),
                byId("integrity-form:records").getText());
        assertEquals("VOIDED", status(c, id));
    }

    /** The index of the registration's task among the rows shown (asked again while the table is being replaced). */
    private int row(long registration) {
        settle();
        return wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[id='tasks-form:tasks_data'] > tr"));
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).findElements(By.tagName("td")).get(0).getText().endsWith(Long.toString(registration))) {
                    return i;
                }
            }
            return null;
        });
    }

    /** The year of the latest plan whose registration is open now (the statistics' default). */
    private static int openPlanYear() {
        Kaowu.Client anyone = Kaowu.anonymous();
        return anyone.get("/api/plans").array().stream().map(JsonObject.class::cast)
                .filter(p -> !p.getString("status").equals("DRAFT"))
                .mapToInt(p -> p.getInt("year"))
                .filter(y -> anyone.get("/api/plans/" + y).json().getJsonArray("exams").stream().map(JsonObject.class::cast)
                        .anyMatch(e -> "REGISTRATION_OPEN".equals(e.getString("phase", ""))))
                .max().orElseThrow();
    }

    /** Item 15 and 5: the statistics' year, identity cases masked, a registration found to confirm its payment. */
    @Test
    void theDeskOpensOnTheOpenYearShowsIdentityCasesMaskedAndFindsARegistrationToConfirmItsPayment() throws Exception {
        ownPlan();
        Kaowu.Client c = RegistrationFixtures.candidate();
        String number = c.get("/api/profile").json().getString("idNumber");
        JsonObject registration = commitment(c);
        long id = id(registration);
        String reference = registration.getString("paymentRef");

        // Two accounts claim one number: an identity case.
        String disputed = RegistrationFixtures.idNumber();
        String profile = RegistrationFixtures.profile(disputed).replace("张建国", "欧阳明远").replace("13812345678", "13987651234");
        for (int i = 0; i < 2; i++) {
            Kaowu.Client claimant = Kaowu.session(Kaowu.newCandidate(RegistrationFixtures.PASSWORD), RegistrationFixtures.PASSWORD);
            Kaowu.Response p = claimant.put("/api/profile", profile);
            assertEquals(200, p.status(), p.body());
        }

        signInAsOffice();
        open("/office/registrations");
        assertEquals(Integer.toString(openPlanYear()), byId("stats-form:year").getAttribute("value"),
                "the statistics open on the year whose registration is open");
        // Other classes may open later years of their own: the counts shown are that year's, as the API counts them.
        boolean registered = !Kaowu.as("office", Kaowu.DEMO_PASSWORD).get("/api/office/statistics?year=" + openPlanYear()).array().isEmpty();
        assertEquals(registered, !byId("stats-form:counts").getText().contains("该年度没有报名"), byId("stats-form:counts").getText());
        // The API without a year answers the same year.
        assertTrue(Kaowu.as("office", Kaowu.DEMO_PASSWORD).get("/api/office/statistics").array().stream()
                .map(JsonObject.class::cast).allMatch(row -> row.getInt("year") == openPlanYear()), "the API's default year");

        String masked = disputed.substring(0, 4) + "*".repeat(10) + disputed.substring(14);
        WebElement caseRow = byId("identity-form:cases").findElements(By.cssSelector("tbody > tr")).stream()
                .filter(r -> r.getText().contains(masked)).findFirst().orElseThrow(() -> new AssertionError("no case for " + masked));
        assertTrue(caseRow.getText().contains("欧***"), caseRow.getText());
        assertTrue(caseRow.getText().contains("139****1234"), caseRow.getText());
        assertFalse(caseRow.getText().contains("欧阳明远") || caseRow.getText().contains(disputed), "masked in the list");

        // A year that is no number is said beside the field, in words.
        type("stats-form:year", "20x6");
        byId("stats-form:show").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats-form"), "年度须为2000～2100之间的四位数字"));
        assertFalse(browser.getPageSource().matches("(?s).*j_idt\\d+: .*"), "no message naming a component");

        // The payment: found by the candidate's number, picked, confirmed.
        type("payment-form:query", number);
        byId("payment-form:find").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-form:hits"), reference));
        WebElement hits = byId("payment-form:hits");
        assertFalse(hits.getText().contains(number), "the number is masked among the hits");
        assertTrue(hits.getText().contains("张**"), hits.getText());
        byId("payment-form:hits:0:pick").click();
        wait.until(d -> Long.toString(id).equals(d.findElement(By.id("payment-form:registration")).getAttribute("value")));
        type("payment-form:reference", "柜台收据0001");
        byId("payment-form:confirm").click();
        growlSays("已确认缴费");
        assertEquals("PAID", c.get("/api/registrations/" + id).json().getString("payment"));

        // The bank's file: its results under headers in words.
        Path file = Files.createTempFile("bank", ".csv");
        Files.writeString(file, "payment_ref,amount,paid_at,bank_txn\n" + reference + ",136,2026-03-01 10:00,T1\n", StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("[id='bank-form'] input[type='file']")).sendKeys(file.toString());
        byId("bank-form:reconcile").click();
        WebElement lines = byId("bank-form:lines");
        String headers = lines.findElement(By.tagName("thead")).getText();
        assertTrue(headers.contains("缴费编号") && headers.contains("金额"), headers);
        assertFalse(headers.contains("payment_ref") || headers.contains("amount"), headers);
        assertTrue(lines.getText().contains("此前已缴费"), lines.getText());
    }

    /** Item 21: the office search, paged and sorted by the database, its details, the way to the review; English; phone. */
    @Test
    void theOfficeSearchFindsByPaymentReferenceSortsOpensDetailsAndWorksInEnglishAndOnAPhone() throws Exception {
        RegistrationFixtures.plan();
        Kaowu.Client c = RegistrationFixtures.candidate();
        String number = c.get("/api/profile").json().getString("idNumber");
        Kaowu.Response made = c.post("/api/registrations", "application/json",
                RegistrationFixtures.registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(201, made.status(), made.body());
        long id = id(made.json());
        String reference = made.json().getString("paymentRef");

        signInAsOffice();
        byId("office-search").click();
        byId("search-heading");
        type("search-form:text", reference.toLowerCase(java.util.Locale.ROOT));
        byId("search-form:search").click();
        wait.until(d -> results().size() == 1 && results().get(0).getText().contains(reference));
        WebElement hit = results().get(0);
        assertTrue(hit.getText().contains("张**"), hit.getText());
        assertFalse(hit.getText().contains(number), "the number is masked");
        assertTrue(hit.getText().contains("待审核"), "the status in words: " + hit.getText());

        // By the identity number and status, then sorted on each sortable column by the database.
        type("search-form:text", number);
        choose("search-form:status", "待审核");
        byId("search-form:search").click();
        wait.until(d -> results().size() == 1 && results().get(0).getText().contains(Long.toString(id)));
        type("search-form:text", "张");
        byId("search-form:search").click();
        settle();
        for (WebElement header : browser.findElements(By.cssSelector("[id='results-form:results'] th.ui-sortable-column"))) {
            header.click();
            settle();
            assertTrue(browser.findElements(By.id("error-heading")).isEmpty(), "sorting is no error");
        }
        assertFalse(results().isEmpty());

        type("search-form:text", Long.toString(id));
        byId("search-form:search").click();
        wait.until(d -> results().size() == 1 && results().get(0).getText().contains(reference));
        byId("results-form:results:0:open").click();
        WebElement details = byId("details-form:details");
        wait.until(ExpectedConditions.textToBePresentInElement(details, reference));
        assertTrue(details.getText().contains("土木工程") && details.getText().contains("1Z101"), details.getText());
        byId("details-form:to-review").click();
        assertEquals(Long.toString(id), byId("review-form:queue").findElement(By.cssSelector(".kw-registration-id")).getText());

        // In English: the page in English, the status and payment in words.
        open("/office/search");
        submit("session-form:lang-en");
        assertEquals("Find registrations", byId("search-heading").getText());
        type("search-form:text", reference);
        byId("search-form:search").click();
        wait.until(d -> results().size() == 1);
        String english = results().get(0).getText();
        assertFalse(english.contains("PENDING_REVIEW") || english.contains("UNPAID"), english);
        assertFalse(english.contains("待审核") || english.contains("未缴费"), english);
        submit("session-form:lang-zh");
        byId("search-heading");

        // On a phone: the search and the verification pages without sideways scrolling.
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : List.of("/office/search", "/office/verification", "/office/registrations", "/office/review")) {
                open(page);
                settle();
                Number scrollWidth = (Number) js().executeScript("return document.documentElement.scrollWidth;");
                Number clientWidth = (Number) js().executeScript("return document.documentElement.clientWidth;");
                assertTrue(scrollWidth.intValue() <= clientWidth.intValue(), page + " is " + scrollWidth + " px wide on a "
                        + clientWidth + " px screen");
            }
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * Item 5 on these pages: one language at a time. With data on every list, each page in Chinese and in English has
     * no missing key, no enum name, and nothing of the other language in what the page itself says (headings, labels,
     * column titles, buttons, menus, hints); what people wrote and proper names are data and may be in either.
     */
    @Test
    void theOfficePagesSpeakOneLanguageAtATime() throws Exception {
        ownPlan();
        RegistrationFixtures.plan();
        Kaowu.Client c = RegistrationFixtures.candidate();
        long id = id(commitment(c));
        Kaowu.Client p = RegistrationFixtures.candidate();
        assertEquals(201, p.post("/api/registrations", "application/json",
                RegistrationFixtures.registration("YJ", "PROOF", null, "RELATED")).status());
        Kaowu.Client office = Kaowu.as("office", Kaowu.DEMO_PASSWORD);
        Kaowu.Response campaign = office.post("/api/office/verification/campaigns", "application/json",
                "{\"year\":" + YEAR + ",\"examCode\":\"" + EXAM + "\",\"name\":\"语言" + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"mode\":\"SAMPLE\",\"percent\":100,\"seed\":\"7\"}");
        assertEquals(201, campaign.status(), campaign.body());

        signInAsOffice();
        for (String language : List.of("zh", "en")) {
            if (language.equals("en")) {
                submit("session-form:lang-en");
                byId("session-form:lang-zh");
            }
            for (String page : List.of("/office/", "/office/registrations", "/office/review", "/office/verification", "/office/search")) {
                open(page);
                settle();
                if (page.equals("/office/search")) {
                    byId("search-form:search").click();
                    settle();
                }
                String all = byId("kw-header").getText() + "\n" + browser.findElement(By.tagName("main")).getText();
                assertFalse(all.contains("???"), page + " " + language + ": a missing key");
                java.util.regex.Matcher enumName = java.util.regex.Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b(?:PENDING|UNPAID|PAID|SUCCESS|ACCEPTED|APPROVED|REJECTED|VOIDED|LAPSED|CONFIRMED|FALSE|UNABLE|SAMPLE|TARGETED|REPORTED|FLAGGED|OPEN|DONE)\\b").matcher(all);
                boolean hasEnum = enumName.find();
                assertFalse(hasEnum, page + " " + language + ": an enum name " + (hasEnum ? enumName.group() : ""));
                String own = js().executeScript("""
                        var out = [];
                        document.querySelectorAll('main h1, main h2, main h3, main label, main th, main button, main p.kw-muted, main .ui-paginator-current, li.ui-selectonemenu-item, main .ui-datatable-empty-message, main input[placeholder]').forEach(function (e) {
                            if (e.closest('[id$="verifier_panel"], [id$=":verifier"], [id$="owner_panel"], [id$=":owner"]')) { return; }
                            if (e.tagName === 'INPUT') { out.push(e.getAttribute('placeholder')); return; }
                            var copy = e.cloneNode(true);
                            copy.querySelectorAll('code, .ui-column-title').forEach(function (c) { c.remove(); });
                            out.push(copy.textContent);
                        });
                        return out.join('\\n');
                        """).toString();
                if (language.equals("en")) {
                    java.util.regex.Matcher chinese = java.util.regex.Pattern.compile("\\p{IsHan}+").matcher(own);
                    List<String> found = new java.util.ArrayList<>();
                    while (chinese.find()) {
                        found.add(chinese.group());
                    }
                    // Exam names and levels in the menus are proper names (the catalogue's own), and so are people's.
                    found.removeIf(h -> own.lines().anyMatch(l -> l.contains(h) && l.matches(".*\\d{4} · .*")));
                    assertTrue(found.isEmpty(), page + " in English says " + found + " in:\n" + own);
                } else {
                    java.util.regex.Matcher english = java.util.regex.Pattern.compile("\\b[A-Za-z]{4,}\\b").matcher(own);
                    List<String> found = new java.util.ArrayList<>();
                    while (english.find()) {
                        found.add(english.group());
                    }
                    found.removeIf(w -> List.of("office", "system").contains(w));
                    assertTrue(found.isEmpty(), page + " in Chinese says " + found + " in:\n" + own);
                }
            }
        }
        assertEquals("ACCEPTED", status(c, id));
    }

    private List<WebElement> results() {
        return browser.findElements(By.cssSelector("[id='results-form:results_data'] > tr:not(.ui-datatable-empty-message)"));
    }
}
