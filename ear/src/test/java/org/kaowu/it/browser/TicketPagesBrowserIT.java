package org.kaowu.it.browser;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Admission tickets in the browser: the candidate downloads the ticket from 我的报名 inside the ticket window (a real
 * PDF lands in the download folder) and is told why not after it closed; a supervisor checks the ticket's QR code on
 * /supervisor/check (photo, name, ticket number shown), a forged code is refused beside the field, and the page keeps
 * to a 390 px phone's width; the office makes the area's room documents as one batch with a progress bar and downloads
 * the zip (one PDF per site and day). The server's clock is moved and reset afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketPagesBrowserIT extends Chromium {

    private static final String AREA = "吉林省";
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
    }

    private void signIn(String username, String password) {
        open("/login");
        byId("login-form:username").sendKeys(username);
        byId("login-form:password").sendKeys(password);
        byId("login-form:sign-in").click();
        byId("role-home");
    }

    private static int plan(Kaowu.Client office, LocalDateTime now) {
        int year = 2095;
        while (office.get("/api/plans/" + year).status() == 200) {
            year++;
        }
        assertEquals(201, office.post("/api/plans", "application/json",
                "{\"year\":" + year + ",\"title\":\"准考证页面测试计划\",\"authority\":\"某省人事考试中心\"}").status());
        LocalDate day = LocalDate.of(year, 9, 8); // the paper in the plan's own year; the ticket window is now
        String exam = """
                {"code":"JJ","qualification":"经济专业技术资格","levels":["中级"],
                 "windows":{"registrationOpens":"%s","registrationCloses":"%s","withdrawalDeadline":"%2$s",
                  "verificationDeadline":"%2$s","ticketsOpen":"%s","ticketsClose":"%s",
                  "examStart":"%s","examEnd":"%5$s","scoreRelease":"%s","certificatesFrom":"%s"},
                 "subjects":[{"level":"中级","code":"01","name":"经济基础知识","durationMinutes":150,"fullMarks":140,"passMark":84,"fee":56.5}],
                 "sessions":[{"level":"中级","subjectCode":"01","date":"%5$s","start":"09:00","end":"11:30"}]}
                """.formatted(now.minusDays(1).format(SECONDS), now.plusHours(1).format(SECONDS),
                now.plusHours(2).format(SECONDS), now.plusHours(3).format(SECONDS), day, day.plusDays(30),
                day.plusDays(40));
        assertEquals(201, office.put("/api/plans/" + year + "/exams/JJ", exam).status());
        assertEquals(200, office.post("/api/plans/" + year + "/publish", "application/json", "").status());
        return year;
    }

    private static List<Path> pdfs(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
        }
    }


    @Test
    void theCandidateDownloadsTheTicketInItsWindowAndASupervisorChecksIt() throws Exception {
        Kaowu.Client office = Kaowu.session("office", Kaowu.DEMO_PASSWORD);
        String site = "JL" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        assertEquals(200, office.post("/api/venues/import", "text/csv",
                "area,site_code,site_name,address,room_number,capacity,rows,columns\n"
                        + AREA + "," + site + ",长春市第一中学考点,长春市朝阳区人民大街1号,201,30,5,6\n").status());
        Instant serverNow = Kaowu.serverNow();
        int year = plan(office, LocalDateTime.ofInstant(serverNow, ZoneId.of("Asia/Shanghai")));
        String username = Kaowu.newCandidate(RegistrationFixtures.PASSWORD);
        Kaowu.Client c = Kaowu.session(username, RegistrationFixtures.PASSWORD);
        assertEquals(200, c.put("/api/profile", RegistrationFixtures.profile(RegistrationFixtures.idNumber())).status());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
        Kaowu.Response made = c.post("/api/registrations", "application/json", RegistrationFixtures.registration(year,
                        "JJ", "中级", "COMMITMENT", RegistrationFixtures.notice(c, year, "JJ", "中级"), "OTHER")
                .replace("[\"1Z101\",\"1Z102\"]", "[\"01\"]").replace("北京市", AREA));
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonNumber("id").longValue();
        assertEquals(200, office.post("/api/office/registrations/" + id + "/payment", "application/json",
                "{\"reference\":\"柜台收据 " + id + "\"}").status());
        JsonObject examChoice = office.get("/api/seating/exams").array().stream().map(JsonObject.class::cast)
                .filter(e -> e.getInt("year") == year).findFirst().orElseThrow();
        long exam = examChoice.getJsonNumber("id").longValue();
        Path downloads = Files.createTempDirectory("kaowu-tickets");
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        try {
            Kaowu.moveClockTo(serverNow.plusSeconds(3600 + 1));
            wait.until(d -> office.get("/api/seating/runs?exam=" + exam).array().stream().map(JsonObject.class::cast)
                    .anyMatch(r -> r.getString("area").equals(AREA) && r.getString("state").equals("COMPLETED")));
            Kaowu.moveClockTo(serverNow.plusSeconds(2 * 3600 + 1));

            // Inside the window: the button on 我的报名 downloads the PDF.
            signIn(username, RegistrationFixtures.PASSWORD);
            open("/candidate/registrations");
            String ticketNumber = browser.findElement(By.cssSelector(".kw-admission .kw-ticket-number")).getText();
            wait.until(d -> d.findElement(By.cssSelector("[id$='ticket-form:download-ticket']"))).click();
            Path pdf = wait.until(d -> {
                try {
                    List<Path> found = pdfs(downloads);
                    return found.size() == 1 && Files.size(found.get(0)) > 1000 ? found.get(0) : null;
                } catch (Exception e) {
                    return null;
                }
            });
            byte[] bytes = Files.readAllBytes(pdf);
            assertTrue(pdf.getFileName().toString().contains(ticketNumber), pdf.toString());
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("张建国") && text.contains(ticketNumber) && text.contains("长春市第一中学考点"),
                        text);
            }
            String token = org.kaowu.it.QrCodes.scan(bytes);

            // The supervisor checks the ticket at the door: photo, name, ticket number.
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            signIn("supervisor", Kaowu.DEMO_PASSWORD);
            open("/supervisor/check");
            type("check-form:token", token);
            byId("check-form:check").click();
            WebElement valid = wait.until(d -> d.findElements(By.cssSelector(".kw-ticket-valid")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(valid.getText().contains("张建国"), valid.getText());
            assertTrue(valid.getText().contains(ticketNumber), valid.getText());
            assertTrue(valid.getText().contains("201"), valid.getText());
            WebElement photo = valid.findElement(By.cssSelector("img.kw-ticket-photo"));
            assertTrue(photo.getAttribute("src").startsWith("data:image/jpeg;base64,"));
            assertTrue(((Number) js().executeScript("return arguments[0].naturalWidth;", photo)).intValue() > 0,
                    "the photo shows");

            // A forged code is refused beside the field, and nothing of the candidate is shown.
            char last = token.charAt(token.length() - 1);
            type("check-form:token", token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'));
            byId("check-form:check").click();
            WebElement refusal = wait.until(d -> d.findElements(By.cssSelector(".ui-message-error")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(refusal.getText().contains("无效"), refusal.getText());
            settle();
            assertTrue(browser.findElements(By.cssSelector(".kw-ticket-valid")).isEmpty());
            assertFalse(browser.getPageSource().contains("张建国"));

            // On a phone the check page keeps to the screen's width.
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            try {
                open("/supervisor/check");
                type("check-form:token", token);
                byId("check-form:check").click();
                wait.until(d -> !d.findElements(By.cssSelector(".kw-ticket-valid")).isEmpty());
                settle();
                Number scrollWidth = (Number) js().executeScript("return document.documentElement.scrollWidth;");
                Number clientWidth = (Number) js().executeScript("return document.documentElement.clientWidth;");
                assertTrue(scrollWidth.intValue() <= clientWidth.intValue(), "/supervisor/check is " + scrollWidth
                        + " px wide on a " + clientWidth + " px screen");
            } finally {
                ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }

            // The office makes the area's room documents in one batch, follows its progress, downloads the zip.
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            signIn("office", Kaowu.DEMO_PASSWORD);
            open("/office/documents");
            choose("documents-form:exam", year + " JJ " + examChoice.getString("title"));
            choose("documents-form:area", AREA);
            wait.until(d -> d.findElement(By.id("documents-form:sites")).getText().contains(site));
            byId("documents-form:start-batch").click();
            wait.until(d -> !d.findElements(By.cssSelector(".kw-batch-state[data-state='COMPLETED']")).isEmpty());
            settle();
            assertTrue(byId("documents-form:batch-progress").getText().contains("100"),
                    byId("documents-form:batch-progress").getText());
            byId("documents-form:download-batch").click();
            Path zip = wait.until(d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    return files.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst().orElse(null);
                } catch (Exception e) {
                    return null;
                }
            });
            wait.until(d -> {
                try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                    var entry = in.getNextEntry();
                    return entry != null && entry.getName().contains(site) && entry.getName().endsWith(".pdf");
                } catch (Exception e) {
                    return false;
                }
            });

            // After the window: the candidate is told it closed, and no file comes.
            Kaowu.moveClockTo(serverNow.plusSeconds(3 * 3600 + 1));
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            signIn(username, RegistrationFixtures.PASSWORD);
            open("/candidate/registrations");
            wait.until(d -> d.findElement(By.cssSelector("[id$='ticket-form:download-ticket']"))).click();
            WebElement closed = wait.until(d -> d.findElements(By.cssSelector(".ui-messages-error")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(closed.getText().contains("准考证打印已于"), closed.getText());
            assertEquals(1, pdfs(downloads).size(), "no second ticket");
        } finally {
            Kaowu.resetClock();
        }
    }
}
