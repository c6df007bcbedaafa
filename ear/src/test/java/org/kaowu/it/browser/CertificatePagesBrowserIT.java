package org.kaowu.it.browser;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaowu.it.Kaowu;
import org.kaowu.it.QrCodes;
import org.kaowu.it.RegistrationFixtures;
import org.kaowu.it.ResultFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;

/**
 * The certificate pages (issue 14) with a certificate on them: one candidate passes, one fails a subject; the
 * CERTIFICATES edge runs the batch and the office's page follows it to its counts, lists the refusal with its reason
 * weighed again, runs the batch again from its button, finds the certificate, refuses a revocation without a reason
 * beside the field, revokes and reinstates it; the holder sees it revoked (no downloads), then in force with its
 * downloads; the PDF downloaded in the browser carries a QR code that opens the public page for a visitor signed out:
 * in force, then revoked with its reason the moment the office revokes it, then in force again; the holder renews the
 * lapsed annotation; the candidate who failed reads why there is no certificate. Both pages fit
 * a phone. Area 新疆生产建设兵团 and a year from 2051 (no other class uses them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatePagesBrowserIT extends Chromium {

    private static final String JSON = "application/json";

    @BeforeAll
    static void openBrowser() throws Exception {
        start(1366, 900);
    }

    private static String candidate(Kaowu.Client office, int year, String area, long[] registration) throws Exception {
        String username = Kaowu.newCandidate(RegistrationFixtures.PASSWORD);
        Kaowu.Client c = Kaowu.session(username, RegistrationFixtures.PASSWORD);
        assertEquals(200, c.put("/api/profile", RegistrationFixtures.profile(RegistrationFixtures.idNumber())).status());
        assertEquals(200, c.putBytes("/api/profile/photo", "image/jpeg", RegistrationFixtures.jpeg(358, 441)).status());
        registration[0] = ResultFixtures.register(office, c, year, area, "[\"01\",\"02\"]");
        return username;
    }

    @Test
    void theOfficeIssuesRevokesAndReinstatesTheHolderDownloadsAndRenews() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        String area = "新疆生产建设兵团";
        ResultFixtures.venue(office, area);
        try {
            Instant now = Kaowu.serverNow();
            int year = ResultFixtures.freeYears(office, 2051);
            ResultFixtures.plan(office, year, LocalDateTime.ofInstant(now, ResultFixtures.BEIJING));
            long exam = ResultFixtures.examId(office, year);
            long[] r1 = new long[1];
            long[] r2 = new long[1];
            String passer = candidate(office, year, area, r1);
            String failer = candidate(office, year, area, r2);
            Map<Long, String> t = ResultFixtures.seated(office, exam, area, now.plusSeconds(3600));
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 9, 11, 9));
            String file = "ticket_number,subject,score,absent\n" + t.get(r1[0]) + ",01,90,\n" + t.get(r1[0]) + ",02,88,\n"
                    + t.get(r2[0]) + ",01,90,\n" + t.get(r2[0]) + ",02,50,\n";
            assertEquals(200, office.post("/api/office/results/exams/" + exam + "/import", "text/csv", file).status());

            // Published; the post-exam check confirms whoever it drew.
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 11, 30, 9));
            for (JsonObject c : office.get("/api/office/verification/campaigns?size=200").array().getValuesAs(JsonObject.class)) {
                if (c.getJsonNumber("examId").longValue() == exam) {
                    for (JsonObject task : office.get("/api/office/verification/campaigns/" + c.getJsonNumber("id")
                            + "/tasks?size=200").array().getValuesAs(JsonObject.class)) {
                        Kaowu.Response d = office.post("/api/office/verification/tasks/" + task.getJsonNumber("id") + "/decision",
                                JSON, "{\"outcome\":\"CONFIRMED\",\"evidence\":\"学历经学信网核验属实\"}");
                        assertEquals(200, d.status(), d.body());
                    }
                }
            }

            // The CERTIFICATES edge: the page follows the batch to its end.
            Kaowu.moveClockTo(ResultFixtures.beijing(year, 12, 15, 9));
            long end = System.nanoTime() + 120_000_000_000L;
            while (true) {
                List<JsonObject> runs = office.get("/api/office/certificates/exams/" + exam + "/runs").array()
                        .getValuesAs(JsonObject.class);
                if (!runs.isEmpty() && List.of("COMPLETED", "FAILED").contains(runs.get(0).getString("state"))) {
                    break;
                }
                assertTrue(System.nanoTime() < end, "the batch did not end: " + runs);
                Thread.sleep(200); // waits for the batch job, not for the clock
            }
            signInAs("office", DEMO_PASSWORD);
            open("/office/certificates?exam=" + exam);
            assertEquals("已完成", byId("run-state").getText());
            assertEquals("1", byId("issued").getText());
            assertEquals("1", byId("refused").getText());
            assertEquals("100%", browser.findElement(By.cssSelector(".kw-percent")).getText());
            String table = byId("verdicts-form:verdicts").getText();
            assertTrue(table.contains(ResultFixtures.SUBJECT_02), "the missing subject named: " + table);

            choose("verdicts-form:decision", "不予签发");
            wait.until(d -> d.findElements(By.cssSelector("[id='verdicts-form:verdicts'] tbody tr")).size() == 1);
            choose("verdicts-form:decision", "全部结论");
            wait.until(d -> d.findElements(By.cssSelector("[id='verdicts-form:verdicts'] tbody tr")).size() == 2);

            // Again from the button: nothing issued twice.
            byId("exam-form:start").click();
            settle();
            assertTrue(List.of("排队中", "签发中", "已完成").contains(byId("run-state").getText()), byId("run-state").getText());
            wait.until(d -> d.findElement(By.id("run-state")).getText().equals("已完成"));
            settle();
            assertEquals("1", byId("issued").getText());

            // The certificate from its row; the search needs a number; a revocation needs a reason.
            browser.findElement(By.cssSelector("a[id$=':open']")).click();
            settle();
            String number = byId("certificate-number").getText();
            assertEquals(number, byId("search-form:number").getAttribute("value"));
            type("search-form:number", " ");
            byId("search-form:find").click();
            settle();
            assertTrue(byId("search-form").getText().contains("请填写证书编号"), byId("search-form").getText());
            type("search-form:number", number);
            byId("search-form:find").click();
            settle();
            assertEquals("有效", byId("certificate-status").getText());
            byId("revoke-form:revoke").click();
            settle();
            assertTrue(byId("revoke-form").getText().contains("请写明理由"), byId("revoke-form").getText());
            assertEquals("有效", byId("certificate-status").getText(), "nothing changed");
            type("revoke-form:revoke-reason", "持证人出借证书，经查属实");
            byId("revoke-form:revoke").click();
            wait.until(d -> d.findElement(By.id("certificate-status")).getText().startsWith("已撤销"));
            assertTrue(byId("certificate-panel").getText().contains("持证人出借证书，经查属实"));
            assertTrue(byId("reinstate-form:reinstate-reason").isDisplayed());

            // The holder: revoked, no downloads.
            signInAs(passer, RegistrationFixtures.PASSWORD);
            open("/candidate/certificates");
            assertEquals(number, byId("number-0").getText());
            assertTrue(byId("status-0").getText().startsWith("已撤销"), byId("status-0").getText());
            assertTrue(browser.findElements(By.id("pdf-0")).isEmpty(), "a revoked certificate is not offered");
            assertTrue(byId("blocked-0").getText().contains("撤销") || byId("blocked-0").getText().contains("注销"));

            // Reinstated by the office.
            signInAs("office", DEMO_PASSWORD);
            open("/office/certificates?exam=" + exam);
            type("search-form:number", number);
            byId("search-form:find").click();
            settle();
            type("reinstate-form:reinstate-reason", "行政复议撤销原决定");
            byId("reinstate-form:reinstate").click();
            wait.until(d -> d.findElement(By.id("certificate-status")).getText().equals("有效"));
            assertEquals(2, browser.findElements(By.cssSelector("[id='history'] tbody tr")).size());

            // In force: the downloads, and the day a renewal opens.
            signInAs(passer, RegistrationFixtures.PASSWORD);
            open("/candidate/certificates");
            assertEquals("有效", byId("status-0").getText());
            assertTrue(byId("pdf-0").getAttribute("href").endsWith("/certificate.pdf"));
            assertTrue(byId("vc-0").getAttribute("href").endsWith("/credential"));
            assertTrue(byId("renew-opens-0").getText().contains(java.time.LocalDate.of(year, 12, 15).plusDays(89 - 15).toString()),
                    byId("renew-opens-0").getText());
            phone("/candidate/certificates");

            // The holder downloads the PDF in the browser; its QR code opens the public page for anyone: in force.
            open("/candidate/certificates");
            String pdf = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + " fetch(arguments[0]).then(r => r.headers.get('content-type').startsWith('application/pdf')"
                            + " ? r.arrayBuffer() : Promise.reject(r.status)).then(b => {"
                            + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })"
                            + ".catch(e => done('failed: ' + e));",
                    byId("pdf-0").getAttribute("href"));
            assertFalse(pdf.startsWith("failed"), pdf);
            String qr = QrCodes.scan(java.util.Base64.getDecoder().decode(pdf));
            assertTrue(qr.startsWith("http://localhost:8080/public/verify?code="), qr);
            signedOut();
            browser.get(qr);
            settle();
            assertEquals("VALID", byId("verify-result").getAttribute("data-result"));
            assertEquals(number, byId("certificate-number").getText());
            assertTrue(browser.findElements(By.id("revoked-reason")).isEmpty());
            // Revoked: the same link says so at once, with the date and the reason.
            long id = office.get("/api/office/certificates?number=" + number).json().getJsonObject("certificate")
                    .getJsonNumber("id").longValue();
            assertEquals(200, office.post("/api/office/certificates/" + id + "/revocation", JSON,
                    "{\"reason\":\"证书被他人冒用，暂予撤销\"}").status());
            browser.get(qr);
            settle();
            assertEquals("REVOKED", byId("verify-result").getAttribute("data-result"));
            assertEquals("证书被他人冒用，暂予撤销", byId("revoked-reason").getText());
            assertFalse(byId("revoked-at").getText().isBlank());
            assertEquals(200, office.post("/api/office/certificates/" + id + "/reinstatement", JSON,
                    "{\"reason\":\"经核查系误报\"}").status());
            browser.get(qr);
            settle();
            assertEquals("VALID", byId("verify-result").getAttribute("data-result"));

            // The candidate who failed reads why there is no certificate.
            signInAs(failer, RegistrationFixtures.PASSWORD);
            open("/candidate/certificates");
            assertTrue(byId("no-certificates").isDisplayed());
            String pending = byId("pending").getText();
            assertTrue(pending.contains("不予发证") && pending.contains(ResultFixtures.SUBJECT_02), pending);

            // The annotation lapses: no downloads until renewed here.
            Kaowu.moveClockTo(ResultFixtures.beijing(year + 1, 3, 16, 9));
            signInAs(passer, RegistrationFixtures.PASSWORD);
            open("/candidate/certificates");
            assertTrue(byId("blocked-0").getText().contains("加注"), byId("blocked-0").getText());
            assertEquals("今天不在加注有效期内", byId("annotated-0").getText());
            byId("certificates-form:cards:0:renew").click();
            wait.until(d -> !d.findElements(By.id("pdf-0")).isEmpty());
            assertEquals("今天在加注有效期内，可以下载和使用", byId("annotated-0").getText());
            assertFalse(browser.findElements(By.id("renew-opens-0")).isEmpty());

            signInAs("office", DEMO_PASSWORD);
            phone("/office/certificates?exam=" + exam);
        } finally {
            Kaowu.resetClock();
        }
    }

    /** The page at a phone's width: nothing wider than the screen. */
    private void phone(String page) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            open(page);
            assertPhoneWidth(page);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
