package org.kaowu.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaowu.it.Kaowu;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages in Debian's headless chromium: sign-in per role, sign-up, the public catalogue and its check. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT extends Chromium {

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1400, 1000);
    }

    private void signIn(String user, String password) {
        open("/login");
        byId("login-form:username").sendKeys(user);
        byId("login-form:password").sendKeys(password);
        byId("login-form:sign-in").click();
    }

    @ParameterizedTest
    @CsvSource({"candidate@kaowu.demo,candidate", "office,office", "supervisor,supervisor", "admin,admin"})
    void eachRoleSignsInAndLandsOnItsHome(String user, String role) {
        signIn(user, Kaowu.DEMO_PASSWORD);
        WebElement home = byId("role-home");
        assertEquals(role, home.getAttribute("data-role"));
        assertTrue(browser.getCurrentUrl().endsWith("/" + role + "/"), browser.getCurrentUrl());
        assertEquals(user, byId("signed-in-as").getText());
        byId("session-form:sign-out").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-heading")));
        open("/" + role + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aWrongPasswordIsExplainedNextToTheField() {
        signIn("office", "wrong-password-1");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='login-form:password'] ~ *, .ui-message-error")));
        assertTrue(browser.getPageSource().contains("用户名或密码不正确"), message.getText());
    }

    @Test
    void aCandidateSignsUpAndIsSignedIn() {
        open("/public/signup");
        String mobile = "139" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        byId("signup-form:contact").sendKeys(mobile);
        byId("signup-form:display-name").sendKeys("王小明");
        byId("signup-form:password").sendKeys("xiaoming-2026");
        byId("signup-form:confirmation").sendKeys("xiaoming-2026");
        byId("signup-form:sign-up").click();
        assertEquals("candidate", byId("role-home").getAttribute("data-role"));
        assertTrue(byId("welcome").getText().contains("王小明"));
    }

    @Test
    void thePublicCatalogueFiltersByNameAndFamily() {
        open("/public/catalogue");
        assertEquals("国家职业资格目录（2021年版）", byId("edition-title").getText());
        assertEquals(25, rows().size(), "the first page of 75 entries");

        WebElement nameFilter = byId("catalogue-form:entries:name:filter");
        nameFilter.sendKeys("建造");
        wait.until(d -> rows().size() == 1);
        assertTrue(rows().get(0).getText().contains("建造师"), rows().get(0).getText());

        nameFilter.clear();
        nameFilter.sendKeys(" ");
        nameFilter.clear();
        wait.until(d -> rows().size() == 25);
        new Select(byId("catalogue-form:entries:category-filter")).selectByValue("SKILL");
        wait.until(d -> rows().size() == 13);
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("技能人员职业资格")));
    }

    @Test
    void theCheckRefusesAnOffCatalogueNameAndOffersTheClosest() {
        open("/public/catalogue");
        byId("check-form:check-name").sendKeys("一级建筑师");
        byId("check-form:check").click();
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".kw-suggestion")));
        assertTrue(browser.getPageSource().contains("「一级建筑师」不在国家职业资格目录（2021年版）中"));
        assertEquals("注册建筑师", suggestion.getText());
        suggestion.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-result"), "在目录中：注册建筑师"));
    }

    @Test
    void thePagesSwitchToEnglish() {
        open("/public/catalogue");
        submit("session-form:lang-en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "National Qualification Catalogue"));
        assertEquals("National Qualification Catalogue (2021 edition)", byId("edition-title").getText());
        submit("session-form:lang-zh");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "国家职业资格目录"));
    }

    @Test
    void anAdminPreviewsABadEditionFileAndSeesEveryProblem() throws Exception {
        signIn("admin", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        open("/admin/catalogue");
        Path csv = Files.createTempFile("edition", ".csv");
        Files.writeString(csv, "code,category,type,name_zh,status,confidence\n"
                + "X-1,PROFESSIONAL,ACCESS,甲资格,IN_FORCE,READ\nX-2,ROBOT,ACCESS,乙资格,IN_FORCE,READ\n");
        browser.findElement(By.cssSelector("[id='import-form'] input[type='file']")).sendKeys(csv.toString());
        byId("import-form:code").sendKeys("browser-" + UUID.randomUUID().toString().substring(0, 8));
        byId("import-form:title-zh").sendKeys("测试版");
        byId("import-form:preview").click();
        WebElement problems = byId("import-form:problems");
        assertTrue(problems.getText().contains("「ROBOT」不是category的有效值"), problems.getText());
        assertTrue(browser.findElement(By.id("import-form:confirm")).getAttribute("class").contains("ui-state-disabled"));

        Files.writeString(csv, "code,category,type,name_zh,status,confidence\n"
                + "X-1,PROFESSIONAL,ACCESS,甲资格,IN_FORCE,READ\nP-A-04,PROFESSIONAL,ACCESS,注册会计师,IN_FORCE,READ\n");
        browser.findElement(By.cssSelector("[id='import-form'] input[type='file']")).sendKeys(csv.toString());
        // Far in the future, so that no other test's dates reach this edition.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                byId("import-form:effective-from_input"), "2199-01-01");
        byId("import-form:preview").click();
        wait.until(d -> !d.findElements(By.id("import-form:diff")).isEmpty()
                || !d.findElements(By.cssSelector(".ui-message-error, [id='import-form:problems']")).isEmpty());
        WebElement diff = browser.findElement(By.id("import-form:diff"));
        assertTrue(diff.getText().contains("甲资格"), diff.getText());
        byId("import-form:confirm").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editions"), "2199-01-01"));
    }

    @Test
    void anAdminCreatesAStaffAccountThatCanThenSignIn() {
        signIn("admin", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        open("/admin/accounts");
        byId("account-form:username").sendKeys("X!");
        byId("account-form:display-name").sendKeys("李考务");
        byId("account-form:password").sendKeys("office-pass-1");
        byId("account-form:create").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='account-form'] .ui-message-error"),
                "用户名须为"));

        String user = "office-" + UUID.randomUUID().toString().substring(0, 6);
        WebElement username = byId("account-form:username");
        username.clear();
        username.sendKeys(user);
        byId("account-form:password").sendKeys("office-pass-1");
        byId("account-form:create").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-form:staff"), user));
        byId("session-form:sign-out").click();
        byId("home-heading");

        signIn(user, "office-pass-1");
        assertEquals("office", byId("role-home").getAttribute("data-role"));
        assertTrue(byId("welcome").getText().contains("李考务"));
    }

    @Test
    void anOfficeUserImportsAndPublishesAPlanAndThePublicCalendarShowsIt() throws Exception {
        // The sample 2023 plan moved to 2028, a year no other test uses.
        String csv = Files.readString(Path.of(System.getProperty("kaowu.samples"), "plan-2023.csv"))
                .replace("2024", "2029").replace("2023", "2028");
        Path file = Files.createTempFile("plan", ".csv");
        Files.writeString(file, csv);
        signIn("office", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        open("/office/plans");
        WebElement year = byId("import-form:year");
        year.clear();
        year.sendKeys("2028");
        WebElement title = byId("import-form:title");
        title.clear();
        title.sendKeys("2028年度专业技术人员职业资格考试工作计划");
        browser.findElement(By.cssSelector("[id='import-form'] input[type='file']")).sendKeys(file.toString());
        byId("import-form:preview").click();
        try {
            wait.until(d -> !d.findElements(By.id("import-form:preview-table")).isEmpty()
                    || !d.findElements(By.cssSelector(".kw-problem, .ui-message-error")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("body")).getText(), e);
        }
        WebElement preview = browser.findElements(By.id("import-form:preview-table")).stream().findFirst()
                .orElseThrow(() -> new AssertionError(browser.findElement(By.tagName("main")).getText()));
        assertTrue(preview.getText().contains("P-A-14"), preview.getText());
        byId("import-form:confirm").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selected-title"), "2028年度"));
        // Years are written as years, never "2,028" (issue 11, item 6).
        wait.until(d -> d.getPageSource().contains("2028年度考试计划已导入为草稿"));
        assertFalse(browser.getPageSource().contains("2,028"), "a year with a thousands separator");
        byId("plans-form:publish").click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selected-title"), "已发布"));
        assertTrue(byId("plans-form:scheduled").getText().contains("YJJZS"), "the edges ahead are scheduled");

        open("/public/calendar");
        new Select(byId("calendar-form:year")).selectByValue("2028");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-title"), "2028年度"));
        WebElement exams = byId("calendar-form:exams");
        assertTrue(exams.getText().contains("建造师 一级"), exams.getText());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='calendar-form:schedule'] .fc-event, [id^='calendar-form:schedule'].fc, [id^='calendar-form:schedule'] .fc")));
        exams.findElement(By.linkText("建造师 一级")).click();
        assertEquals("建造师 一级", byId("exam-name").getText());
        assertTrue(byId("sessions").getText().contains("1Z101"));
        assertTrue(byId("windows").getText().contains("北京市"), "the area override is shown");
    }

    @Test
    void anOfficeUserStartsAnEmptyPlanAndEntersAnExamInTheEditor() {
        signIn("office", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        open("/office/plans");
        type("import-form:year", "2034");
        type("import-form:title", "2034年度专业技术人员职业资格考试工作计划");
        byId("import-form:create").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selected-title"), "2034年度"));
        byId("plans-form:add-exam").click();

        type("exam-form:code", "JJ");
        type("exam-form:qualification", "区块链理财规划师");
        type("exam-form:levels", "中级");
        String[] windows = {"2034-07-01", "2034-07-20", "2034-07-20", "2034-10-31", "2034-11-01", "2034-11-12",
                "2034-11-11", "2034-11-12", "2034-12-20", "2034-12-31"};
        for (int i = 0; i < windows.length; i++) {
            type("exam-form:windows:" + i + ":window", windows[i]);
        }
        type("exam-form:subjects:0:s-level", "中级");
        type("exam-form:subjects:0:s-code", "01");
        type("exam-form:subjects:0:s-name", "经济基础知识");
        type("exam-form:subjects:0:s-full", "140");
        type("exam-form:subjects:0:s-pass", "84");
        type("exam-form:sessions:0:x-level", "中级");
        type("exam-form:sessions:0:x-subject", "01");
        type("exam-form:sessions:0:x-date", "2034-11-11");
        type("exam-form:sessions:0:x-start", "09:00");
        type("exam-form:sessions:0:x-end", "10:30");
        byId("exam-form:save").click();
        // The refusal stands beside the qualification it concerns (issue item 10).
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exam-form:qualification-message"), "不在国家职业资格目录"));

        // A second session row for a subject the exam does not have: the row is named.
        byId("exam-form:add-session").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exam-form:sessions:1:x-subject")));
        type("exam-form:qualification", "经济专业技术资格");
        type("exam-form:sessions:1:x-subject", "02");
        type("exam-form:sessions:1:x-start", "14:00");
        type("exam-form:sessions:1:x-end", "16:00");
        byId("exam-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exam-form:sessions:1:x-subject-message"), "02"));

        byId("exam-form:sessions:1:x-remove").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("exam-form:sessions:1:x-subject")));
        byId("exam-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "JJ"));

        open("/office/plans?year=2034");
        WebElement exams = byId("plans-form:exams");
        assertTrue(exams.getText().contains("经济专业技术资格"), exams.getText());
        assertTrue(exams.getText().contains("2034-11-11"), exams.getText());
    }

    @Test
    void theOfficeSeesTheReviewQueueStatisticsWithAChartAndIdentityCases() throws Exception {
        org.kaowu.it.RegistrationFixtures.plan();
        Kaowu.Client c = org.kaowu.it.RegistrationFixtures.candidate();
        assertEquals(201, c.post("/api/registrations", "application/json",
                org.kaowu.it.RegistrationFixtures.registration("YJ", "PROOF", null, "RELATED")).status());
        signIn("office", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        byId("office-review").click();
        WebElement queue = byId("review-form:queue");
        assertTrue(queue.getText().contains("张建国"), "proof waiting for review, the candidate in full");
        byId("review-form:queue:0:more").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-item, .ui-messages-error")));
        assertTrue(browser.getPageSource().contains("请写明理由"), "asking for more needs a reason");

        open("/office/registrations");
        type("stats-form:year", "2040");
        byId("stats-form:show").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats-form:counts"), "YJ"));
        byId("stats-form:chart");
        assertTrue(browser.findElements(By.cssSelector("[id='stats-form:chart'] canvas")).size() == 1, "the chart is drawn");
        // Sorting the statistics on a column header stays on the page (it used to end on the error page).
        for (int click = 0; click < 2; click++) {
            browser.findElements(By.cssSelector("[id='stats-form:counts'] th.ui-sortable-column")).get(click).click();
            settle();
            assertFalse(browser.getPageSource().contains("出错了"), "sorting the statistics is no error");
            assertTrue(byId("stats-form:counts").getText().contains("YJ"), "the statistics are still shown, sorted");
        }
        byId("identity-form:cases");
    }

    private void signOut() {
        byId("session-form:sign-out").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-heading")));
    }

    @Test
    void anExemptionChosenOnTheRegisterPageIsNamedInTheNoticeAndUnticksItsSubjects() throws Exception {
        org.kaowu.it.RegistrationFixtures.plan();
        String password = org.kaowu.it.RegistrationFixtures.PASSWORD;
        String user = Kaowu.newCandidate(password);
        Kaowu.Client api = Kaowu.session(user, password);
        assertEquals(200, api.put("/api/profile", org.kaowu.it.RegistrationFixtures.profile(
                org.kaowu.it.RegistrationFixtures.idNumber())).status());
        assertEquals(200, api.putBytes("/api/profile/photo", "image/jpeg", org.kaowu.it.RegistrationFixtures.jpeg(358, 441)).status());
        signIn(user, password);
        byId("role-home");
        open("/candidate/register");
        choose("register-form:exam", optionStartingWith("register-form:exam", "2040 · YJ ·"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-form:subjects"), "1Z101"));
        choose("register-form:area", "北京市");
        String plain = byId("notice-sha").getText();
        assertFalse(byId("notice-text").getText().contains("免试申请"));
        // Both conditions need the 2003 project manager certificate (issue 9, item 14); the alternative is the senior title.
        choose("register-form:exemption", optionStartingWith("register-form:exemption",
                "2003年12月31日前取得建设部颁发的《建筑业企业一级项目经理资质证书》，并受聘担任"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice-text"), "免试申请"));
        assertTrue(byId("notice-text").getText().contains(
                        "并承诺符合免试条件：2003年12月31日前取得建设部颁发的《建筑业企业一级项目经理资质证书》，并受聘担任工程或工程经济类高级专业技术职务"),
                "the notice names the condition claimed");
        assertNotEquals(plain, byId("notice-sha").getText(), "the text to sign has its own digest");
        assertTrue(byId("register-form:subjects").findElements(By.cssSelector("input[type='checkbox']")).stream()
                .noneMatch(WebElement::isSelected), "the subjects the exemption waives are unticked");
    }

    /** The label of the first option of a select menu that starts with {@code prefix}. */
    private String optionStartingWith(String menu, String prefix) {
        settle();
        return byId(menu).findElements(By.tagName("option")).stream().map(o -> o.getAttribute("textContent"))
                .filter(t -> t.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no option " + prefix + " in " + menu));
    }

    @Test
    void aCandidateRegistersWithACommitmentTheOfficeFindsItFalseAndTheCandidateSeesItVoided() throws Exception {
        org.kaowu.it.RegistrationFixtures.plan();
        open("/public/signup");
        String mobile = "137" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        byId("signup-form:contact").sendKeys(mobile);
        byId("signup-form:display-name").sendKeys("刘承诺");
        byId("signup-form:password").sendKeys("chengnuo-2026");
        byId("signup-form:confirmation").sendKeys("chengnuo-2026");
        byId("signup-form:sign-up").click();
        byId("role-home");

        byId("candidate-profile").click();
        type("profile-form:realName", "刘承诺");
        type("profile-form:idNumber", org.kaowu.it.RegistrationFixtures.idNumber());
        type("profile-form:mobile", mobile);
        choose("profile-form:education", "大学本科");
        type("profile-form:school", "中南财经政法大学");
        type("profile-form:major", "经济学");
        type("profile-form:graduationDate", "2015-07-01");
        type("profile-form:work:0:w-employer", "某市财政局");
        type("profile-form:work:0:w-from", "2015-07-15");
        type("profile-form:work:0:w-field", "经济管理");
        byId("profile-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "个人资料已保存"));
        Path photo = Files.createTempFile("photo", ".jpg");
        Files.write(photo, org.kaowu.it.RegistrationFixtures.jpeg(358, 441));
        browser.findElement(By.cssSelector("[id='photo-form'] input[type='file']")).sendKeys(photo.toString());
        byId("photo-form:upload").click();
        byId("photo-preview");

        byId("to-register").click();
        choose("register-form:exam", "2040 · JJ · 经济专业技术资格 · 中级");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-form:subjects"), "1Z101"));
        choose("register-form:area", "北京市");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-form:window"), "～"));
        clickLabel("register-form:major:2");
        clickLabel("register-form:fieldWork:0");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("explanation"), "符合报考条件"));
        assertTrue(byId("notice-text").getText().contains("人力资源社会保障部令第31号"));
        byId("register-form:submit").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error, .ui-messages-error, .ui-growl-item")));
        assertTrue(browser.getPageSource().contains("请先阅读告知承诺书并勾选确认"), "signing is a deliberate act");
        browser.findElement(By.cssSelector("[id='register-form:agreed'] .ui-chkbox-box")).click();
        byId("register-form:submit").click();
        wait.until(ExpectedConditions.urlContains("/candidate/registrations"));
        WebElement status = byId("registrations-form:registrations").findElement(By.cssSelector(".kw-status"));
        assertEquals("ACCEPTED", status.getAttribute("data-status"));
        String registrationId = byId("registrations-form:registrations").findElement(By.cssSelector(".kw-registration-id")).getText();
        signOut();

        signIn("office", Kaowu.DEMO_PASSWORD);
        byId("role-home");
        open("/office/verification");
        choose("campaign-form:exam", byId("campaign-form:exam").findElements(By.tagName("option")).stream()
                .map(o -> o.getAttribute("textContent")).filter(t -> t.startsWith("2040 · JJ")).findFirst().orElseThrow());
        type("campaign-form:name", "2040年经济中级全部核查");
        clickLabel("campaign-form:mode:0");
        byId("campaign-form:create").click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks-form:tasks"), registrationId));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.findElement(By.tagName("body")).getText(), e);
        }
        List<WebElement> taskRows = browser.findElements(By.cssSelector("[id='tasks-form:tasks_data'] > tr"));
        int row = -1;
        for (int i = 0; i < taskRows.size(); i++) {
            if (taskRows.get(i).findElements(By.tagName("td")).get(0).getText().equals(registrationId)) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the new commitment is in the campaign");
        choose("tasks-form:tasks:" + row + ":outcome", "不符合报考条件");
        type("tasks-form:tasks:" + row + ":evidence", "学信网查无此学历");
        byId("tasks-form:tasks:" + row + ":decide").click();
        // Not meeting the conditions harms the candidate: it is saved only once confirmed.
        byId("decision-form:confirm-yes").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks-form:tasks"), "学信网查无此学历"));
        signOut();

        signIn(mobile, "chengnuo-2026");
        byId("role-home");
        byId("candidate-registrations").click();
        assertEquals("VOIDED", byId("registrations-form:registrations").findElement(By.cssSelector(".kw-status")).getAttribute("data-status"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("不符合报考条件"), "the candidate is told why");
    }

    /** Issue #11, 1: every sortable column of the public catalogue sorts (the table's list was immutable). */
    @Test
    void thePublicCatalogueSortsByEveryColumn() {
        open("/public/catalogue");
        byId("edition-title");
        for (String column : List.of("code", "category", "type", "name", "authority", "confidence")) {
            sortBy(column);
            settle();
            assertTrue(browser.findElements(By.id("error-heading")).isEmpty(), column + ": " + browser.getTitle());
            assertEquals(25, rows().size(), column);
        }
        sortBy("code");
        String first = rows().get(0).findElement(By.tagName("td")).getText();
        sortBy("code");
        wait.until(d -> !rows().get(0).findElement(By.tagName("td")).getText().equals(first));
        assertTrue(browser.findElements(By.id("error-heading")).isEmpty());
    }

    /** Clicks a column's title (not its filter) and waits for the table's answer. */
    private void sortBy(String column) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='catalogue-form:entries:" + column + "'] .ui-column-title"))).click();
        settle();
    }

    /** Issue #11, 2: a sign-in from a login page whose session has ended (cookie gone) lands on the home. */
    @Test
    void aLoginPageLeftOpenPastTheSessionsEndStillSignsIn() {
        open("/login");
        byId("login-form:username").sendKeys("office");
        byId("login-form:password").sendKeys(Kaowu.DEMO_PASSWORD);
        browser.manage().deleteCookieNamed("JSESSIONID");
        byId("login-form:sign-in").click();
        try {
            assertEquals("office", byId("role-home").getAttribute("data-role"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Issue #11, 3: an exam page whose parameters name no published exam is a real 404 with the friendly page. */
    @Test
    void anExamPageNamingNoPublishedExamIsANotFound() {
        for (String query : List.of("", "?year=abc&code=YJJZS", "?year=2026", "?code=YJJZS", "?year=2099&code=NOPE",
                "?year=99999999999&code=X")) {
            Kaowu.Response page = Kaowu.anonymous().get("/public/exam" + query);
            assertEquals(404, page.status(), query + ": " + page.body());
            assertTrue(page.body().contains("id=\"error-heading\""), query);
            assertTrue(page.body().contains("您要找的页面不存在或已移动。"), query);
            assertFalse(page.body().matches("(?s).*j_idt\\d+: .*"), query + ": no conversion message naming a component");
        }
        open("/public/exam?year=abc");
        assertEquals("页面不存在", byId("error-heading").getText());
    }

    /** Issue #11, 18: a date typed into 查询日期 applies on Enter and on leaving the field, not only from the popup. */
    @Test
    void aTypedQueryDateAppliesOnEnterAndOnTab() {
        open("/public/catalogue");
        assertEquals(25, rows().size());
        WebElement date = byId("catalogue-form:date_input");
        String today = date.getAttribute("value");
        date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2020-01-01",
                org.openqa.selenium.Keys.ENTER);
        wait.until(d -> rows().isEmpty());
        assertTrue(browser.getPageSource().contains("2020-01-01当日没有生效"), "the refusal names the date");
        date = byId("catalogue-form:date_input");
        date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), today,
                org.openqa.selenium.Keys.TAB);
        wait.until(d -> rows().size() == 25);
        assertEquals("国家职业资格目录（2021年版）", byId("edition-title").getText());
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("[id='catalogue-form:entries_data'] > tr:not(.ui-datatable-empty-message)"));
    }
}
