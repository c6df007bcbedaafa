package org.kaowu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.anonymous;
import static org.kaowu.it.Kaowu.as;

/**
 * Issue item 20: a candidate resets a forgotten password by the contact they signed up with (a link by e-mail through
 * the server's mail session to {@link SmtpCatcher}, a code by the logging SMS gateway), and an ADMIN unlocks,
 * disables, enables and resets accounts, every decision in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountRecoveryIT {

    static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    static final Pattern LINK = Pattern.compile("(http\\S*/public/reset-password\\?token=[A-Za-z0-9_-]+)");

    static SmtpCatcher smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = SmtpCatcher.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.close();
    }

    static Kaowu.Response requestReset(String contact) {
        return anonymous().post("/api/password-resets", "application/json", "{\"contact\":\"" + contact + "\"}");
    }

    static String mailedToken(String email) throws InterruptedException {
        String link = smtp.find(email, LINK, MAIL_WAIT);
        assertTrue(link.startsWith(Kaowu.BASE + "/public/reset-password?token="), link);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    static Kaowu.Response completeByLink(String token, String password) {
        return anonymous().post("/api/password-resets/complete", "application/json",
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    static String newMobileCandidate(String password) {
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Kaowu.Response r = anonymous().post("/api/accounts", "application/json",
                "{\"contact\":\"" + mobile + "\",\"displayName\":\"短信考生\",\"password\":\"" + password + "\"}");
        assertEquals(201, r.status(), r.body());
        return mobile;
    }

    static String smsCode(String mobile) {
        JsonArray sent = as("admin", DEMO_PASSWORD).get("/api/admin/test/sms").array();
        for (JsonObject m : sent.getValuesAs(JsonObject.class)) {
            if (mobile.equals(m.getString("mobile"))) {
                var matcher = Pattern.compile("(\\d{6})").matcher(m.getString("text"));
                assertTrue(matcher.find(), m.toString());
                return matcher.group(1);
            }
        }
        throw new AssertionError("no text message to " + mobile + " in " + sent);
    }

    @Test
    void aCandidateResetsAForgottenPasswordByTheMailedLinkOnceAndTheResetIsAudited() throws Exception {
        String email = Kaowu.newCandidate("old-pass-11");
        Kaowu.Response asked = requestReset(email);
        assertEquals(202, asked.status(), asked.body());
        assertEquals("EMAIL", asked.json().getString("channel"));
        SmtpCatcher.Mail mail = smtp.await(email, MAIL_WAIT);
        assertTrue(mail.text().contains("测试考生"), "addressed by name, in Chinese by default: " + mail.text());
        String token = mailedToken(email);

        Kaowu.Response weak = completeByLink(token, "abcdefgh");
        assertEquals(400, weak.status(), weak.body());
        assertEquals("password", weak.json().getString("field"), "the password rules apply");
        assertEquals(204, completeByLink(token, "new-pass-22").status(), "the link still works after a refused password");

        assertEquals(401, as(email, "old-pass-11").get("/api/me").status(), "the old password is gone");
        assertEquals(200, as(email, "new-pass-22").get("/api/me").status());
        Kaowu.Response again = completeByLink(token, "other-pass-33");
        assertEquals(400, again.status(), "a link works once");
        assertEquals("urn:kaowu:problem:reset-token-invalid", again.json().getString("type"));
        assertEquals(200, as(email, "new-pass-22").get("/api/me").status());

        JsonArray audit = as("admin", DEMO_PASSWORD).get("/api/admin/audit?actor=" + email
                + "&action=account.password.reset").array();
        assertEquals(1, audit.size(), audit.toString());
        assertEquals(email, audit.getJsonObject(0).getString("subjectId"));
    }

    @Test
    void theAnswerIsTheSameForAnUnknownContactAndNoMailGoesOut() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        Kaowu.Response none = requestReset(unknown);
        String known = Kaowu.newCandidate("known-pass-1");
        Kaowu.Response some = requestReset(known);
        assertEquals(some.status(), none.status());
        assertEquals(some.body(), none.body(), "no one learns whether a contact is registered");
        smtp.await(known, MAIL_WAIT);
        assertTrue(smtp.to(unknown).isEmpty(), "nothing is sent to an unregistered address");

        Kaowu.Response bad = requestReset("not-a-contact");
        assertEquals(400, bad.status());
        assertEquals("contact", bad.json().getString("field"));
    }

    @Test
    void requestsAreThrottledPerContactLikeSignIns() {
        String unknown = "busy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        for (int i = 0; i < 5; i++) {
            assertEquals(202, requestReset(unknown).status(), "request " + (i + 1));
        }
        Kaowu.Response sixth = requestReset(unknown);
        assertEquals(429, sixth.status(), sixth.body());
        assertEquals("urn:kaowu:problem:too-many-attempts", sixth.json().getString("type"));
        assertFalse(sixth.headers().firstValue("Retry-After").isEmpty());
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() throws Exception {
        String email = Kaowu.newCandidate("late-pass-1");
        assertEquals(202, requestReset(email).status());
        String token = mailedToken(email);
        try {
            Kaowu.moveClock("{\"advance\":\"PT31M\"}");
            Kaowu.Response late = completeByLink(token, "late-pass-2");
            assertEquals(400, late.status(), late.body());
            assertEquals("urn:kaowu:problem:reset-token-expired", late.json().getString("type"));
        } finally {
            Kaowu.resetClock();
        }
        assertEquals(200, as(email, "late-pass-1").get("/api/me").status(), "the password did not change");
    }

    @Test
    void aMobileCandidateResetsByTheCodeSentByTextMessage() {
        String mobile = newMobileCandidate("sms-pass-11");
        Kaowu.Response asked = requestReset(mobile);
        assertEquals(202, asked.status(), asked.body());
        assertEquals("SMS", asked.json().getString("channel"));
        String code = smsCode(mobile);
        String wrong = code.equals("000000") ? "000001" : "000000";
        Kaowu.Response refused = anonymous().post("/api/password-resets/complete", "application/json",
                "{\"contact\":\"" + mobile + "\",\"code\":\"" + wrong + "\",\"password\":\"sms-pass-22\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("urn:kaowu:problem:reset-token-invalid", refused.json().getString("type"));
        Kaowu.Response done = anonymous().post("/api/password-resets/complete", "application/json",
                "{\"contact\":\"" + mobile + "\",\"code\":\"" + code + "\",\"password\":\"sms-pass-22\"}");
        assertEquals(204, done.status(), done.body());
        assertEquals(200, as(mobile, "sms-pass-22").get("/api/me").status());
        assertEquals(401, as(mobile, "sms-pass-11").get("/api/me").status());
    }

    @Test
    void aCompletedResetLiftsTheSignInLock() throws Exception {
        String email = Kaowu.newCandidate("lock-pass-1");
        for (int i = 0; i < 5; i++) {
            as(email, "wrong-pass-" + i).get("/api/me");
        }
        assertEquals(429, as(email, "lock-pass-1").get("/api/me").status());
        assertEquals(202, requestReset(email).status());
        assertEquals(204, completeByLink(mailedToken(email), "lock-pass-2").status());
        assertEquals(200, as(email, "lock-pass-2").get("/api/me").status(), "the lock went with the reset");
    }

    @Test
    void anAdminDisablesAnAccountItsSessionEndsAndItCannotSignInUntilEnabled() {
        String user = Kaowu.newCandidate("dis-pass-11");
        Kaowu.Client session = Kaowu.session(user, "dis-pass-11");
        Kaowu.Client admin = as("admin", DEMO_PASSWORD);
        String path = "/api/admin/accounts/" + user;

        Kaowu.Response noReason = admin.post(path + "/disable", "application/json", "{}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().getString("field"));
        assertEquals(200, session.get("/api/me").status(), "nothing changed without a reason");

        assertEquals(204, admin.post(path + "/disable", "application/json", "{\"reason\":\"离职交接\"}").status());
        Kaowu.Response ended = session.get("/api/me");
        assertEquals(403, ended.status(), "the open session ends at its next request");
        assertEquals("urn:kaowu:problem:account-disabled", ended.json().getString("type"));
        Kaowu.Response signIn = as(user, "dis-pass-11").get("/api/me");
        assertEquals(403, signIn.status());
        assertEquals("urn:kaowu:problem:account-disabled", signIn.json().getString("type"));
        assertEquals(401, as(user, "wrong-pass-1").get("/api/me").status(), "a wrong password learns nothing");

        assertEquals(409, admin.post(path + "/disable", "application/json", "{\"reason\":\"再次\"}").status());
        assertEquals(204, admin.post(path + "/enable", "application/json", "{\"reason\":\"返岗\"}").status());
        assertEquals(200, as(user, "dis-pass-11").get("/api/me").status());

        JsonArray audit = admin.get("/api/admin/audit?actor=admin&action=account.disable").array();
        assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(e -> user.equals(e.getString("subjectId"))
                && "离职交接".equals(e.getString("reason"))), "who, what and why are audited: " + audit);

        Kaowu.Response backwards = admin.get("/api/admin/audit?from=2030-01-02&to=2030-01-01");
        assertEquals(400, backwards.status(), backwards.body());
        assertEquals("to", backwards.json().getString("field"));

        Kaowu.Response self = admin.post("/api/admin/accounts/admin/disable", "application/json", "{\"reason\":\"x\"}");
        assertEquals(422, self.status(), self.body());
        assertEquals(404, admin.post("/api/admin/accounts/no-such-user-x/unlock", "application/json",
                "{\"reason\":\"x\"}").status());
        assertEquals(403, as("office", DEMO_PASSWORD).post(path + "/disable", "application/json",
                "{\"reason\":\"x\"}").status(), "only an ADMIN");
    }

    @Test
    void anAdminUnlocksAnAccountAndResetsItToATemporaryPasswordThatMustBeChanged() {
        String user = Kaowu.newCandidate("tmp-pass-11");
        for (int i = 0; i < 5; i++) {
            as(user, "wrong-pass-" + i).get("/api/me");
        }
        assertEquals(429, as(user, "tmp-pass-11").get("/api/me").status());
        Kaowu.Client admin = as("admin", DEMO_PASSWORD);
        String path = "/api/admin/accounts/" + user;
        assertEquals(204, admin.post(path + "/unlock", "application/json", "{\"reason\":\"本人电话确认\"}").status());
        assertEquals(200, as(user, "tmp-pass-11").get("/api/me").status(), "unlocked at once");

        Kaowu.Response reset = admin.post(path + "/reset-password", "application/json", "{\"reason\":\"忘记密码\"}");
        assertEquals(200, reset.status(), reset.body());
        String temporary = reset.json().getString("temporaryPassword");
        assertTrue(temporary.length() >= 12, temporary);
        assertEquals(401, as(user, "tmp-pass-11").get("/api/me").status(), "the old password is gone");

        Kaowu.Client temp = Kaowu.session(user, temporary);
        Kaowu.Response blocked = temp.get("/api/catalogue/check?name=" + java.net.URLEncoder.encode("一建",
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(403, blocked.status(), "a temporary password opens nothing but the change");
        assertEquals("urn:kaowu:problem:password-change-required", blocked.json().getString("type"));
        Kaowu.Response same = temp.post("/api/me/password", "application/json",
                "{\"current\":\"" + temporary + "\",\"password\":\"" + temporary + "\"}");
        assertEquals(400, same.status(), same.body());
        assertEquals(204, temp.post("/api/me/password", "application/json",
                "{\"current\":\"" + temporary + "\",\"password\":\"own-pass-22\"}").status());
        assertEquals(200, temp.get("/api/catalogue/check?name=" + java.net.URLEncoder.encode("一建",
                java.nio.charset.StandardCharsets.UTF_8)).status());
        assertEquals(200, as(user, "own-pass-22").get("/api/me").status());
        assertNotEquals(temporary, "own-pass-22");

        JsonArray audit = admin.get("/api/admin/audit?action=account.password.temporary&actor=admin").array();
        assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(e -> user.equals(e.getString("subjectId"))
                && "忘记密码".equals(e.getString("reason"))), audit.toString());
        assertFalse(admin.get("/api/admin/audit?action=account.password.temporary").body().contains(temporary),
                "the temporary password is never kept");
    }

    @Test
    void aMailServerThatDoesNotAnswerNeverHoldsTheRequest() throws Exception {
        String email = Kaowu.newCandidate("slow-pass-1");
        smtp.close();
        try (java.net.ServerSocket silent = new java.net.ServerSocket()) {
            silent.setReuseAddress(true);
            silent.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), SmtpCatcher.PORT));
            long start = System.nanoTime();
            Kaowu.Response asked = requestReset(email);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(202, asked.status(), asked.body());
            assertTrue(millis < 3000, "answered in " + millis + " ms although the mail server is silent");
        } finally {
            smtp = SmtpCatcher.start();
        }
    }

    @Test
    void theTextMessageOutboxIsForAdminsOnly() {
        assertEquals(403, as("office", DEMO_PASSWORD).get("/api/admin/test/sms").status());
        assertEquals(401, anonymous().get("/api/admin/test/sms").status());
    }
}
