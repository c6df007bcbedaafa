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
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan pages as their users see them (issue items 7, 8, 10, 16, 19): windows end on the day written, the calendar
 * keeps Beijing time in a browser elsewhere and opens the exam, the editor says what is wrong beside the field, the
 * committees are planned for next year and corrected, archiving waits for the plan's end, the public exam page shows
 * fees and marks and leads to registration.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanPagesBrowserIT extends Chromium {

    /** This class's own published plan: exam PB, registration open now and closing on {@link #closes}. */
    private static int year;
    private static LocalDate closes;

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
        Kaowu.Client office = Kaowu.as("office", Kaowu.DEMO_PASSWORD);
        year = freeYear(office);
        LocalDate today = Kaowu.serverNow().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        closes = today.plusDays(40);
        assertEquals(201, office.post("/api/plans", "application/json", "{\"year\":" + year + ",\"title\":\"" + year
                + "年度考试工作计划（页面测试）\",\"authority\":\"某省人事考试中心\"}").status());
        String exam = """
                {"code":"PB","qualification":"一级建造师","levels":["一级"],
                 "windows":{"registrationOpens":"%s","registrationCloses":"%s","withdrawalDeadline":"%s",
                  "verificationDeadline":"%4$d-08-31","ticketsOpen":"%4$d-09-01","ticketsClose":"%4$d-09-10",
                  "examStart":"%4$d-09-08","examEnd":"%4$d-09-10","scoreRelease":"%4$d-11-30","certificatesFrom":"%5$d-01-15"},
                 "subjects":[{"level":"一级","code":"1Z101","name":"建设工程经济","durationMinutes":120,"fullMarks":100,"passMark":60,"fee":68},
                             {"level":"一级","code":"1Z102","name":"建设工程项目管理","durationMinutes":180,"fullMarks":130,"passMark":78,"fee":68}],
                 "sessions":[{"level":"一级","subjectCode":"1Z101","date":"%4$d-09-08","start":"09:00","end":"11:00"},
                             {"level":"一级","subjectCode":"1Z102","date":"%4$d-09-10","start":"14:00","end":"17:00"}]}
                """.formatted(today.minusDays(1), closes, today.plusDays(30), year, year + 1);
        Kaowu.Response saved = office.put("/api/plans/" + year + "/exams/PB", exam);
        assertEquals(201, saved.status(), saved.body());
        assertEquals(200, office.post("/api/plans/" + year + "/publish", "application/json", "").status());
    }

    /**
     * A year no plan has yet (tests share one database), between 2062 and 2069: years from 2070 are taken one plan at a
     * time by the other tests walking up to 2100 (and SecurityIT expects no plan in 2099), so a random pick there could
     * leave them without a year.
     */
    private static int freeYear(Kaowu.Client office) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int y = ThreadLocalRandom.current().nextInt(2062, 2070);
            if (office.get("/api/plans/" + y).status() == 404) {
                return y;
            }
        }
        throw new AssertionError("no free plan year between 2062 and 2069");
    }

    private void signIn(String user, String password) {
        open("/login");
        byId("login-form:username").sendKeys(user);
        byId("login-form:password").sendKeys(password);
        byId("login-form:sign-in").click();
        byId("role-home");
    }

    @Test
    void aWindowEndsOnTheDayWrittenOnEveryPageAndTheEditorKeepsThatDay() {
        String last = closes.toString();
        String dayAfter = closes.plusDays(1).toString();

        open("/public/exam?year=" + year + "&code=PB");
        String windows = text("windows");
        assertTrue(windows.contains(last), windows);
        assertFalse(windows.contains(dayAfter), "the day after the last day of registration: " + windows);
        assertTrue(windows.contains(year + "-09-10") && !windows.contains(year + "-09-11"), "the exam ends on its last day: " + windows);
        assertTrue(byId("register-open").getText().contains(last), byId("register-open").getText());

        open("/public/calendar");
        new Select(byId("calendar-form:year")).selectByValue(Integer.toString(year));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-title"), Integer.toString(year)));
        String calendar = text("calendar-form:exams");
        assertTrue(calendar.contains(last) && !calendar.contains(dayAfter), calendar);
        assertTrue(calendar.contains(year + "-09-08 ～ " + year + "-09-10"), calendar);

        signIn("office", Kaowu.DEMO_PASSWORD);
        open("/office/plans?year=" + year);
        String office = text("plans-form:exams");
        assertTrue(office.contains(last) && !office.contains(dayAfter), office);

        open("/office/exam?year=" + year + "&code=PB");
        assertEquals(last, byId("exam-form:windows:1:window").getAttribute("value"), "the editor shows the day written");
        assertEquals(year + "-09-10", byId("exam-form:windows:7:window").getAttribute("value"));
        String earlier = closes.minusDays(5).toString();
        type("exam-form:windows:1:window", earlier);
        type("exam-form:reason", "报名截止提前五天");
        byId("exam-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "PB"));
        open("/office/exam?year=" + year + "&code=PB");
        assertEquals(earlier, byId("exam-form:windows:1:window").getAttribute("value"), "the day typed is the day shown");
        // Stored as the exclusive instant: the midnight after the day typed, Beijing time.
        String stored = Kaowu.as("office", Kaowu.DEMO_PASSWORD).get("/api/plans/" + year).json().getJsonArray("exams")
                .getJsonObject(0).getJsonObject("windows").getString("registrationCloses");
        assertEquals(closes.minusDays(4) + "T00:00+08:00", stored);
    }

    @Test
    void theCalendarKeepsBeijingTimeInABrowserSetToUtcAndAnEventOpensItsExam() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
        try {
            open("/public/calendar");
            assertEquals("UTC", js().executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;"),
                    "the browser's clock is in UTC");
            new Select(byId("calendar-form:year")).selectByValue(Integer.toString(year));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-title"), Integer.toString(year)));
            settle();
            WebElement session = wait.until(d -> d.findElements(By.cssSelector("[id^='calendar-form:schedule'] .fc-event")).stream()
                    .filter(e -> e.getText().contains("建设工程经济")).findFirst().orElse(null));
            String time = session.findElement(By.cssSelector(".fc-event-time")).getText();
            Matcher hour = Pattern.compile("(\\d{1,2})").matcher(time);
            assertTrue(hour.find(), time);
            assertEquals(9, Integer.parseInt(hour.group(1)), "the 09:00 Beijing session reads 9 whatever the browser's zone: " + time);
            session.click();
            wait.until(ExpectedConditions.urlContains("/public/exam"));
            assertTrue(browser.getCurrentUrl().contains("year=" + year) && browser.getCurrentUrl().contains("code=PB"),
                    browser.getCurrentUrl());
            assertEquals("建造师 一级", byId("exam-name").getText());
        } finally {
            chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    @Test
    void thePublicExamPageShowsFeesAndMarksAndLeadsToRegistrationWhileItIsOpen() throws Exception {
        open("/public/exam?year=" + year + "&code=PB");
        String subjects = text("subjects");
        assertTrue(subjects.contains("68 元"), "the fee per subject: " + subjects);
        assertTrue(subjects.contains("60 / 100") && subjects.contains("78 / 130"), "pass mark of full marks: " + subjects);
        String href = byId("register").getAttribute("href");
        assertTrue(href.contains("/candidate/register") && href.contains("exam=" + year + "%3APB"), href);

        String password = RegistrationFixtures.PASSWORD;
        String user = Kaowu.newCandidate(password);
        Kaowu.Client api = Kaowu.session(user, password);
        assertEquals(200, api.put("/api/profile", RegistrationFixtures.profile(RegistrationFixtures.idNumber())).status());
        assertEquals(200, api.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
        signIn(user, password);
        open("/public/exam?year=" + year + "&code=PB");
        byId("register").click();
        wait.until(ExpectedConditions.urlContains("/candidate/register"));
        wait.until(d -> (year + ":PB").equals(js().executeScript(
                "var s = document.getElementById('register-form:exam_input'); return s ? s.value : null;")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-form:subjects"), "1Z101"));
    }

    @Test
    void theEditorSaysWhatIsWrongBesideEachFieldInWords() {
        Kaowu.Client office = Kaowu.as("office", Kaowu.DEMO_PASSWORD);
        int draft = freeYear(office);
        assertEquals(201, office.post("/api/plans", "application/json", "{\"year\":" + draft + ",\"title\":\"" + draft
                + "年度草稿（页面测试）\",\"authority\":\"某省人事考试中心\"}").status());
        signIn("office", Kaowu.DEMO_PASSWORD);
        open("/office/exam?year=" + draft);
        type("exam-form:code", "PX");
        type("exam-form:windows:0:window", draft + "-13-45");
        byId("exam-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exam-form:windows:0:window-message"), draft + "-13-45"));
        assertTrue(byId("exam-form:windows:0:window-message").getText().contains("不是有效的日期"));

        type("exam-form:windows:0:window", draft + "-06-01");
        type("exam-form:subjects:0:s-duration", "abc");
        byId("exam-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exam-form:subjects:0:s-duration-message"), "整数分钟"));
        assertFalse(browser.getPageSource().contains("9223372036854775807"), "no converter default message");

        type("exam-form:subjects:0:s-duration", "150");
        byId("exam-form:save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exam-form:qualification-message"), "资格名称"));
        String qualification = byId("exam-form:qualification-message").getText();
        assertFalse(qualification.contains("qualification"), qualification);
        assertTrue(byId("exam-form:windows:1:window-message").getText().contains("报名截止"),
                "the missing window is named beside its field");
        String page = browser.findElement(By.tagName("main")).getText();
        assertFalse(page.contains("请逐项修正后重新导入"), page);
        assertFalse(page.contains("文件中的问题"), "the editor has no file: " + page);
        assertTrue(office.get("/api/plans/" + draft).json().getJsonArray("exams").isEmpty(), "nothing stored");
    }

    @Test
    void archivingWaitsUntilEveryExamHasRunItsCourseAndSaysWhen() {
        signIn("office", Kaowu.DEMO_PASSWORD);
        open("/office/plans?year=" + year);
        WebElement archive = byId("plans-form:archive");
        assertTrue(archive.getAttribute("class").contains("ui-state-disabled") || archive.getAttribute("disabled") != null,
                "archive is not offered while exams are running");
        String why = byId("archive-blocked").getText();
        assertTrue(why.contains((year + 1) + "-01-15") && why.contains("建造师 一级"), why);
    }

    @Test
    void theImportPageExplainsTheColumnsAndOffersTheSampleForDownload() {
        signIn("office", Kaowu.DEMO_PASSWORD);
        open("/office/plans");
        byId("help-form:show-columns").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("help-form:columns"), "registration_opens"));
        assertTrue(byId("help-form:columns").getText().contains("qualification"), "each column by the name the file uses");
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("README"), "the page itself explains");
        for (String link : new String[]{"sample-csv", "sample-xlsx"}) {
            String href = byId(link).getAttribute("href");
            Kaowu.Response sample = Kaowu.anonymous().get(href.substring(Kaowu.BASE.length()));
            assertEquals(200, sample.status(), href);
            assertTrue(sample.headers().firstValue("Content-Disposition").orElse("").contains("attachment"), href);
        }
        assertTrue(Kaowu.anonymous().get("/api/plans/sample.csv").body().contains("exam_code"));
    }

    @Test
    void committeesArePlannedForNextYearCorrectedAndDeleted() {
        int next = Kaowu.serverNow().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;
        String name = "营口市工程系列评委会-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("office", Kaowu.DEMO_PASSWORD);
        open("/office/committees");
        type("committee-form:name", name);
        type("committee-form:series", "工程");
        type("committee-form:organiser", "营口市人社局");
        byId("committee-form:register").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-form:committees"), name));

        choose("sessions-form:year", Integer.toString(next));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions-title"), Integer.toString(next)));
        choose("meeting-form:committee", name);
        js().executeScript("arguments[0].value = arguments[1]", byId("meeting-form:from_input"), next + "-11-20");
        js().executeScript("arguments[0].value = arguments[1]", byId("meeting-form:to_input"), next + "-11-24");
        byId("meeting-form:plan").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions-form:sessions"), name));
        assertTrue(byId("sessions-form:sessions").getText().contains(next + "-11-20"), "next year's session is kept");

        row("sessions-form:sessions", name).findElement(By.cssSelector(".kw-edit-session")).click();
        wait.until(d -> (next + "-11-24").equals(d.findElement(By.id("meeting-form:to_input")).getAttribute("value")));
        js().executeScript("arguments[0].value = arguments[1]", byId("meeting-form:to_input"), next + "-12-03");
        byId("meeting-form:plan").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions-form:sessions"), next + "-12-03"));
        assertTrue(row("sessions-form:sessions", name).getText().contains("晚于11月底"), "moved after November: flagged");

        row("register-form:committees", name).findElement(By.cssSelector(".kw-delete-committee")).click();
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "不能删除"));
        assertTrue(byId("page-messages").getText().contains("1次例会计划"), byId("page-messages").getText());

        row("sessions-form:sessions", name).findElement(By.cssSelector(".kw-delete-session")).click();
        confirm();
        wait.until(d -> !d.findElement(By.id("sessions-form:sessions")).getText().contains(name));

        row("register-form:committees", name).findElement(By.cssSelector(".kw-edit-committee")).click();
        wait.until(d -> name.equals(d.findElement(By.id("committee-form:name")).getAttribute("value")));
        type("committee-form:name", name + "（更正）");
        byId("committee-form:register").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-form:committees"), name + "（更正）"));

        row("register-form:committees", name).findElement(By.cssSelector(".kw-delete-committee")).click();
        confirm();
        wait.until(d -> !d.findElement(By.id("register-form:committees")).getText().contains(name));
    }

    @Test
    void thePlanPagesFitAPhone() {
        signIn("office", Kaowu.DEMO_PASSWORD);
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : new String[]{"/public/exam?year=" + year + "&code=PB", "/public/calendar",
                    "/office/plans?year=" + year, "/office/committees", "/office/exam?year=" + year + "&code=PB"}) {
                open(page);
                settle();
                Number scroll = (Number) js().executeScript("return document.documentElement.scrollWidth;");
                Number client = (Number) js().executeScript("return document.documentElement.clientWidth;");
                assertTrue(scroll.intValue() <= client.intValue(), page + " is " + scroll + " px wide on a " + client + " px phone");
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private WebElement row(String tableId, String containing) {
        settle();
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(r -> r.getText().contains(containing)).findFirst().orElse(null));
        // Into the middle of the window, clear of the confirmation toasts in the top corner.
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        return row;
    }

    /** A table's text once the page has settled (a reflowing table is shown by its script). */
    private String text(String id) {
        settle();
        WebElement table = byId(id);
        wait.until(d -> table.isDisplayed() && !table.findElements(By.cssSelector("tbody tr")).isEmpty());
        return table.getText();
    }

    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        settle();
    }
}
