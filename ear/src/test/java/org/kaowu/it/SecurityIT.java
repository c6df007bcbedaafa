package org.kaowu.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.anonymous;
import static org.kaowu.it.Kaowu.as;

/** Who may open what: the four areas, the API's 401 and 403, sign-up and the sign-in throttle. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    static final List<String> AREAS = List.of("candidate", "office", "supervisor", "admin");
    static final String CANDIDATE = "candidate@kaowu.demo";


    @Test
    void anonymousVisitorsAreSentToSignInFromEveryArea() {
        for (String area : AREAS) {
            Kaowu.Response r = anonymous().get("/" + area + "/");
            assertEquals(302, r.status(), area);
            assertEquals(Kaowu.BASE + "/login?next=%2F" + area + "%2F", r.location(), area);
        }
        assertEquals(200, anonymous().get("/public/catalogue").status());
        assertEquals(200, anonymous().get("/").status());
    }

    @ParameterizedTest
    @CsvSource({CANDIDATE + ",candidate", "office,office", "supervisor,supervisor", "admin,admin"})
    void eachRoleOpensItsOwnAreaAndNoOther(String user, String own) {
        Kaowu.Client client = as(user, DEMO_PASSWORD);
        for (String area : AREAS) {
            Kaowu.Response r = client.get("/" + area + "/");
            if (area.equals(own)) {
                assertEquals(200, r.status(), user + " in " + area);
                assertTrue(r.body().contains("data-role=\"" + own + "\""), "the home page of " + own);
            } else {
                assertEquals(403, r.status(), user + " in " + area);
                assertTrue(r.body().contains("id=\"error-heading\""), "a friendly page, not a stack trace");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"-,/", "-,/login", "-,/public/catalogue", "-,/public/signup", CANDIDATE + ",/candidate/",
            "office,/office/", "office,/office/plans", "office,/office/committees", "-,/public/calendar", "supervisor,/supervisor/", "admin,/admin/", "admin,/admin/accounts", "admin,/admin/catalogue",
            "-,/public/forgot-password", "-,/public/reset-password", CANDIDATE + ",/account/password", CANDIDATE + ",/candidate/registrations",
            "office,/office/payment", "office,/office/search", "office,/office/review", "office,/office/verification", "office,/office/registrations",
            "office,/office/seating", "supervisor,/supervisor/check", "office,/office/staff", "office,/office/roster", "office,/office/documents",
            // conduct: exam-day incident reports (issue 13, part B)
            "supervisor,/supervisor/reports", "supervisor,/supervisor/report", "supervisor,/supervisor/report-view",
            "office,/office/conduct-statistics",
            // conduct: archive, verification, rules, identical answers (issue 13, part A)
            "office,/office/integrity", "office,/office/rules", "admin,/admin/rules", "office,/office/identical-answers",
            "-,/public/integrity",
            // conduct: cases (issue 13, part C)
            "office,/office/cases", "office,/office/case", CANDIDATE + ",/candidate/cases",
            // certification: results (issue 14, part A)
            "office,/office/results", CANDIDATE + ",/candidate/scores",
            // certification: public listing (issue 14, part E)
            "-,/public/passed", "office,/office/listing"})
    void everyPageRendersForItsAudience(String user, String path) {
        Kaowu.Response r = ("-".equals(user) ? anonymous() : as(user, DEMO_PASSWORD)).get(path);
        assertEquals(200, r.status(), path);
        assertFalse(r.body().contains("id=\"error-heading\""), path);
        assertTrue(r.body().contains("lang=\"zh\""), "Chinese by default: " + path);
    }

    @Test
    void theApiAnswers401WithoutAndAfterWrongCredentials() {
        Kaowu.Response none = anonymous().get("/api/me");
        assertEquals(401, none.status());
        assertTrue(none.isProblem());
        assertEquals("urn:kaowu:problem:unauthenticated", none.json().getString("type"));
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        Kaowu.Response wrong = as("office", "not-the-password1").get("/api/me");
        assertEquals(401, wrong.status());
        assertEquals("urn:kaowu:problem:unauthenticated", wrong.json().getString("type"));
    }

    @Test
    void theApiAnswers403ToTheWrongRoleAnd200ToTheRightOne() {
        Kaowu.Response office = as("office", DEMO_PASSWORD).get("/api/admin/schema");
        assertEquals(403, office.status());
        assertEquals("urn:kaowu:problem:forbidden", office.json().getString("type"));
        assertEquals(200, as("admin", DEMO_PASSWORD).get("/api/admin/schema").status());
        assertEquals("OFFICE", as("office", DEMO_PASSWORD).get("/api/me").json().getString("role"));
        Kaowu.Response csv = as("office", DEMO_PASSWORD).post("/api/catalogue/editions?dryRun=true", "text/csv", "code\n");
        assertEquals(403, csv.status());
    }

    @Test
    void signUpRefusesBadInputClearlyAndStoresNothing() {
        Kaowu.Response bad = anonymous().post("/api/accounts", "application/json",
                "{\"contact\":\"12345\",\"displayName\":\"李四\",\"password\":\"abc12345\"}");
        assertEquals(400, bad.status());
        assertEquals("urn:kaowu:problem:invalid-account", bad.json().getString("type"));
        assertEquals("contact", bad.json().getString("field"));
        Kaowu.Response markup = anonymous().post("/api/accounts", "application/json",
                "{\"contact\":\"13900000001\",\"displayName\":\"<script>x</script>\",\"password\":\"abc12345\"}");
        assertEquals(400, markup.status());
        assertEquals("displayName", markup.json().getString("field"));
        Kaowu.Response weak = anonymous().post("/api/accounts", "application/json",
                "{\"contact\":\"13900000001\",\"displayName\":\"李四\",\"password\":\"abcdefgh\"}");
        assertEquals("password", weak.json().getString("field"));
        assertEquals(401, as("13900000001", "abc12345").get("/api/me").status(), "nothing half-stored");
        Kaowu.Response twice = anonymous().post("/api/accounts", "application/json",
                "{\"contact\":\"" + CANDIDATE + "\",\"displayName\":\"李四\",\"password\":\"abc12345\"}");
        assertEquals(409, twice.status());
        assertEquals("urn:kaowu:problem:account-exists", twice.json().getString("type"));
        Kaowu.Response notJson = anonymous().post("/api/accounts", "application/json", "{not json");
        assertEquals(400, notJson.status());
        assertTrue(notJson.isProblem());
    }

    @Test
    void fiveFailedSignInsLockTheAccountEvenForTheRightPassword() {
        String user = Kaowu.newCandidate("right-pass-1");
        assertEquals(200, as(user, "right-pass-1").get("/api/me").status());
        for (int i = 0; i < 5; i++) {
            as(user, "wrong-pass-" + i).get("/api/me");
        }
        Kaowu.Response locked = as(user, "right-pass-1").get("/api/me");
        assertEquals(429, locked.status());
        assertEquals("urn:kaowu:problem:too-many-attempts", locked.json().getString("type"));
        assertFalse(locked.headers().firstValue("Retry-After").isEmpty());
    }

    /** Every state-changing endpoint, as a cross-site page would send it with the victim's session cookie. */
    static final String[][] STATE_CHANGING = {
            {"POST", "/api/admin/scheduler/standby", "admin"}, {"POST", "/api/admin/scheduler/start", "admin"},
            {"POST", "/api/office/registrations/1/review", "office"}, {"POST", "/api/office/registrations/1/payment", "office"},
            {"POST", "/api/office/payments/reconcile", "office"}, {"POST", "/api/office/identity-cases/1/resolve", "office"},
            {"POST", "/api/office/verification/campaigns", "office"}, {"POST", "/api/office/verification/campaigns/1/targets", "office"},
            {"POST", "/api/office/verification/tasks/1/assign", "office"}, {"POST", "/api/office/verification/tasks/1/decision", "office"},
            {"POST", "/api/office/integrity/search", "office"}, {"PUT", "/api/profile", CANDIDATE},
            {"PUT", "/api/profile/photo", CANDIDATE}, {"POST", "/api/registrations/eligibility", CANDIDATE},
            {"POST", "/api/registrations", CANDIDATE}, {"POST", "/api/registrations/1/withdraw-commitment", CANDIDATE},
            {"POST", "/api/registrations/1/documents?name=x", CANDIDATE}, {"DELETE", "/api/registrations/1/documents/1", CANDIDATE},
            {"POST", "/api/committees", "office"},
            {"POST", "/api/committees/1/sessions", "office"}, {"PUT", "/api/committees/1", "office"},
            {"DELETE", "/api/committees/1", "office"}, {"PUT", "/api/committees/sessions/1", "office"},
            {"DELETE", "/api/committees/sessions/1", "office"}, {"POST", "/api/plans/2041/import", "office"},
            {"POST", "/api/plans/2041/publish", "office"}, {"PUT", "/api/plans/2041/exams/JJ/windows", "office"},
            {"POST", "/api/plans", "office"}, {"PUT", "/api/plans/2041/exams/JJ", "office"},
            {"DELETE", "/api/plans/2041/exams/JJ", "office"}, {"POST", "/api/plans/2041/archive", "office"},
            {"POST", "/api/accounts", "-"}, {"POST", "/api/catalogue/editions?code=X", "admin"},
            {"POST", "/api/admin/clock", "admin"},
            // accounts helper (issue item 20): password reset, own password, ADMIN account tools
            {"POST", "/api/password-resets", "-"}, {"POST", "/api/password-resets/complete", "-"},
            {"POST", "/api/me/password", CANDIDATE}, {"POST", "/api/admin/accounts/office/unlock", "admin"},
            {"POST", "/api/admin/accounts/office/disable", "admin"}, {"POST", "/api/admin/accounts/office/enable", "admin"},
            {"POST", "/api/admin/accounts/office/reset-password", "admin"},
            // venues (issue 12)
            {"POST", "/api/venues/import/preview", "office"}, {"POST", "/api/venues/import", "office"},
            {"PUT", "/api/venues/sites/1", "office"}, {"PUT", "/api/venues/rooms/1", "office"},
            {"DELETE", "/api/venues/rooms/1", "office"}, {"DELETE", "/api/venues/sites/1", "office"},
            // seat allocation (issue 12)
            {"POST", "/api/seating/runs", "office"},
            // re-seating (issue 12) and the test server's seating fault hook
            {"POST", "/api/seating/reseatings", "office"}, {"POST", "/api/admin/test/seating/fault", "admin"},
            {"POST", "/api/admin/test/seating/disarm", "admin"}, {"POST", "/api/admin/test/seating/runs/1/resume", "admin"},
            // the ticket check at the door (issue 12): audited, so a state change
            {"POST", "/api/tickets/check", "supervisor"},
            // the staff pool and invigilator rosters (issue 12)
            {"POST", "/api/staff/import/preview", "office"}, {"POST", "/api/staff/import", "office"},
            {"PUT", "/api/staff/1", "office"}, {"DELETE", "/api/staff/1", "office"},
            {"POST", "/api/staff/1/account", "office"}, {"POST", "/api/rosters", "office"},
            {"POST", "/api/rosters/duties/1/pin", "office"},
            // conduct: exam-day incident reports (issue 13, part B)
            {"POST", "/api/supervisor/reports", "supervisor"}, {"PUT", "/api/supervisor/reports/1", "supervisor"},
            {"POST", "/api/supervisor/reports/1/confirm", "supervisor"}, {"POST", "/api/supervisor/reports/1/addenda", "supervisor"},
            {"POST", "/api/supervisor/reports/1/evidence?name=x", "supervisor"},
            // conduct: archive, verification, rules, identical answers (issue 13, part A)
            {"POST", "/api/office/integrity/records/1/publication", "office"},
            {"POST", "/api/office/verification/tasks/1/classification", "office"},
            {"POST", "/api/conduct/rules/N1/revisions", "admin"}, {"POST", "/api/office/conduct/identical-answers", "office"},
            // conduct: cases (issue 13, part C)
            {"POST", "/api/office/cases/1/rule", "office"}, {"POST", "/api/office/cases/1/notice", "office"},
            {"POST", "/api/office/cases/1/defences", "office"}, {"POST", "/api/office/cases/1/points/1/recheck", "office"},
            {"POST", "/api/office/cases/1/decision", "office"}, {"POST", "/api/office/cases/1/service", "office"},
            {"POST", "/api/office/cases/1/appeals", "office"}, {"POST", "/api/office/cases/1/appeals/1/outcome", "office"},
            {"POST", "/api/cases/1/defences", CANDIDATE},
            // certification: results (issue 14, part A)
            {"PUT", "/api/office/results/exams/1/pass-marks/01", "office"},
            {"POST", "/api/office/results/exams/1/import/preview", "office"},
            {"POST", "/api/office/results/exams/1/import", "office"},
            // certification: public listing (issue 14, part E)
            {"POST", "/api/public/listings/1/objections", "-"}, {"PUT", "/api/office/listings/1/period", "office"},
            {"POST", "/api/office/listings/objections/1/resolution", "office"},
            // certification: issuance, revocation, annotation (issue 14, part F) and the fault hook
            {"POST", "/api/office/certificates/exams/1/runs", "office"},
            {"POST", "/api/office/certificates/1/revocation", "office"},
            {"POST", "/api/office/certificates/1/reinstatement", "office"},
            {"POST", "/api/certificates/1/annotation", CANDIDATE},
            {"POST", "/api/admin/test/certificates/fault", "admin"}, {"POST", "/api/admin/test/certificates/disarm", "admin"},
            {"POST", "/api/admin/test/certificates/runs/1/resume", "admin"}};

    @Test
    void everyStateChangingRequestFromAnotherSiteIsRefused() {
        java.util.Map<String, Kaowu.Client> sessions = new java.util.HashMap<>();
        for (String[] e : STATE_CHANGING) {
            Kaowu.Client c = "-".equals(e[2]) ? anonymous() : sessions.computeIfAbsent(e[2], u -> Kaowu.session(u, DEMO_PASSWORD));
            for (String[] how : new String[][]{{"Origin", "http://evil.example"}, {"Origin", "null"},
                    {"Referer", "http://evil.example/attack.html"}, {"Origin", "http://127.0.0.1.evil.example:8080"}}) {
                for (String type : new String[]{"text/plain", "application/x-www-form-urlencoded", "application/json"}) {
                    Kaowu.Response r = c.send(e[0], e[1], type, "a=1", how[0], how[1]);
                    String what = e[0] + " " + e[1] + " as " + e[2] + " with " + how[0] + ": " + how[1] + " (" + type + ")";
                    assertEquals(403, r.status(), what + ": " + r.body());
                    assertTrue(r.isProblem(), what);
                    assertEquals("urn:kaowu:problem:cross-site-request", r.json().getString("type"), what);
                }
            }
        }
        // Pages too: a form posted from elsewhere never reaches the page.
        Kaowu.Response page = anonymous().send("POST", "/login.xhtml", "application/x-www-form-urlencoded",
                "login-form=login-form", "Origin", "http://evil.example");
        assertEquals(403, page.status());
        // Every page whose forms change something, posted by a signed-in user's browser from elsewhere.
        for (String[] p : new String[][]{{"/public/forgot-password", "-"}, {"/public/reset-password", "-"},
                {"/public/signup", "-"}, {"/account/password", CANDIDATE}, {"/candidate/profile", CANDIDATE},
                {"/candidate/register", CANDIDATE}, {"/candidate/registrations", CANDIDATE}, {"/office/payment", "office"},
                {"/office/search", "office"}, {"/office/review", "office"}, {"/office/registrations", "office"},
                {"/office/verification", "office"}, {"/office/committees", "office"}, {"/office/plans", "office"},
                {"/office/exam", "office"}, {"/office/venues", "office"}, {"/office/seating", "office"}, {"/admin/accounts", "admin"}, {"/admin/", "admin"}, {"/admin/catalogue", "admin"},
                {"/supervisor/check", "supervisor"}, {"/office/staff", "office"}, {"/office/roster", "office"},
                {"/supervisor/", "supervisor"}, {"/office/documents", "office"},
                // conduct: exam-day incident reports (issue 13, part B)
                {"/supervisor/reports", "supervisor"}, {"/supervisor/report", "supervisor"},
                {"/supervisor/report-view", "supervisor"}, {"/office/conduct-statistics", "office"},
                // conduct: archive, verification, rules, identical answers (issue 13, part A)
                {"/office/integrity", "office"}, {"/admin/rules", "admin"}, {"/office/identical-answers", "office"},
                // conduct: cases (issue 13, part C)
                {"/office/cases", "office"}, {"/office/case", "office"}, {"/candidate/cases", CANDIDATE},
                // certification: results (issue 14, part A)
                {"/office/results", "office"},
                // certification: public listing (issue 14, part E)
                {"/public/passed", "-"}, {"/office/listing", "office"}}) {
            Kaowu.Client c = "-".equals(p[1]) ? anonymous() : sessions.computeIfAbsent(p[1], u -> Kaowu.session(u, DEMO_PASSWORD));
            Kaowu.Response r = c.send("POST", p[0], "application/x-www-form-urlencoded", "a=1", "Origin", "http://evil.example");
            assertEquals(403, r.status(), "a form on " + p[0] + " posted from another site: " + r.status());
        }
    }

    @Test
    void aCrossSiteWithdrawalChangesNothingWhileTheSameRequestFromTheSiteItselfWorks() throws Exception {
        RegistrationFixtures.plan();
        Kaowu.Client c = RegistrationFixtures.candidate();
        Kaowu.Response made = c.post("/api/registrations", "application/json",
                RegistrationFixtures.registration("YJ", "COMMITMENT", RegistrationFixtures.notice(c), "RELATED"));
        assertEquals(201, made.status(), made.body());
        String path = "/api/registrations/" + made.json().getJsonNumber("id") + "/withdraw-commitment";
        Kaowu.Response forged = c.send("POST", path, "application/x-www-form-urlencoded", "", "Origin", "http://evil.example");
        assertEquals(403, forged.status());
        // A form-like POST without any Origin (an old browser, a stripped header) is refused as well.
        Kaowu.Response formLike = c.send("POST", path, "text/plain", "");
        assertEquals(403, formLike.status());
        assertEquals("urn:kaowu:problem:cross-site-request", formLike.json().getString("type"));
        assertEquals("COMMITMENT", c.get(path.replace("/withdraw-commitment", "")).json().getString("path"), "nothing changed");
        Kaowu.Response own = c.send("POST", path, "application/json", "", "Origin", Kaowu.BASE);
        assertEquals(200, own.status(), own.body());
        assertEquals("PROOF", own.json().getString("path"));
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeadersAndPersonalDataIsNotCached() {
        for (String path : List.of("/", "/login", "/public/catalogue")) {
            Kaowu.Response r = anonymous().get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'self'"), path + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
            assertEquals("SAMEORIGIN", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), path);
        }
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        Kaowu.Response officeHome = office.get("/office/");
        assertEquals("SAMEORIGIN", officeHome.headers().firstValue("X-Frame-Options").orElse(null), "office pages cannot be framed");
        assertTrue(officeHome.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(office.get("/api/office/identity-cases").headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        Kaowu.Response profile = as(CANDIDATE, DEMO_PASSWORD).get("/api/profile");
        assertTrue(profile.headers().firstValue("Cache-Control").orElse("").contains("no-store"), profile.headers().toString());
        assertEquals("nosniff", profile.headers().firstValue("X-Content-Type-Options").orElse(null));
        // The session cookie is HttpOnly and SameSite=Lax.
        Kaowu.Response signedIn = as(CANDIDATE, DEMO_PASSWORD).get("/api/me");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("JSESSIONID"))
                .findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void unknownAndKnownUserNamesGetTheSameAnswersToWrongPasswords() {
        String known = Kaowu.newCandidate("right-pass-2");
        String unknown = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        for (int i = 0; i < 5; i++) {
            Kaowu.Response k = as(known, "wrong-pass-" + i).get("/api/me");
            Kaowu.Response u = as(unknown, "wrong-pass-" + i).get("/api/me");
            assertEquals(k.status(), u.status(), "attempt " + (i + 1));
            assertEquals(k.json().getString("type"), u.json().getString("type"), "attempt " + (i + 1));
        }
        Kaowu.Response k = as(known, "wrong-pass-x").get("/api/me");
        Kaowu.Response u = as(unknown, "wrong-pass-x").get("/api/me");
        assertEquals(429, k.status());
        assertEquals(429, u.status(), "an unknown name is throttled exactly like a known one");
        assertEquals("urn:kaowu:problem:too-many-attempts", u.json().getString("type"));
        assertTrue(u.headers().firstValue("Retry-After").isPresent());
    }

    /** The demonstration plan is next year's (the run command and the tests start the server with it). */
    static final int DEMO_YEAR = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> documentedGets() {
        String y = Integer.toString(DEMO_YEAR);
        String[][] gets = {{"-", "/api/catalogue"}, {"-", "/api/catalogue/check?name=%E4%B8%80%E5%BB%BA"},
                {"-", "/api/catalogue/editions"}, {"-", "/api/plans"}, {"office", "/api/plans"}, {"-", "/api/plans/" + y},
                {"office", "/api/plans/" + y}, {"office", "/api/plans/" + y + "/jobs"}, {"-", "/api/plans/" + y + "/calendar.ics"},
                {CANDIDATE, "/api/me"}, {"admin", "/api/admin/schema"}, {"admin", "/api/admin/scheduler"},
                {"admin", "/api/admin/clock"},
                {CANDIDATE, "/api/registrations"}, {CANDIDATE, "/api/registrations/notifications"},
                {CANDIDATE, "/api/registrations/notice?year=" + y + "&exam=YJ&level=%E4%B8%80%E7%BA%A7"},
                {"office", "/api/office/registrations/review?year=" + y + "&exam=YJ"}, {"office", "/api/office/identity-cases"},
                {"office", "/api/office/verification/campaigns"}, {"office", "/api/office/integrity"},
                {"office", "/api/office/statistics?year=" + y}, {"office", "/api/committees"},
                {"office", "/api/committees/sessions?year=" + y}};
        return java.util.Arrays.stream(gets).map(g -> org.junit.jupiter.params.provider.Arguments.of(g[0], g[1]));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("documentedGets")
    void everyDocumentedGetAnswersWithTheDemoDataLoaded(String user, String path) {
        Kaowu.Response r = ("-".equals(user) ? anonymous() : as(user, DEMO_PASSWORD)).get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        if (path.equals("/api/plans")) {
            assertTrue(r.array().stream().map(jakarta.json.JsonObject.class::cast)
                    .anyMatch(p -> p.getInt("year") == DEMO_YEAR && p.getInt("exams") == 3), "the demonstration plan is listed: " + r.body());
        }
    }

    @Test
    void invisibleControlAndFormatCharactersAreRefusedWhereverTextIsStored() throws Exception {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        for (String hostile : new String[]{"\\u0000", "\\u001b[2J", "\\u202e", "\\u200b"}) {
            Kaowu.Response committee = office.post("/api/committees", "application/json", "{\"name\":\"评审委员会" + hostile
                    + "\",\"series\":\"工程\",\"grade\":\"INTERMEDIATE\",\"organiser\":\"辽阳市人社局\",\"jurisdiction\":\"CITY\"}");
            assertEquals(400, committee.status(), hostile + ": " + committee.body());
            assertEquals("name", committee.json().getString("field"));
            assertTrue(committee.json().getString("detail").contains("控制字符"), committee.body());
            Kaowu.Response plan = office.post("/api/plans", "application/json",
                    "{\"year\":2099,\"title\":\"2099年度计划" + hostile + "\",\"authority\":\"某省人事考试中心\"}");
            assertEquals(400, plan.status(), hostile + ": " + plan.body());
            assertEquals("title", plan.json().getString("field"));
            Kaowu.Response signUp = anonymous().post("/api/accounts", "application/json",
                    "{\"contact\":\"13900000077\",\"displayName\":\"李" + hostile + "四\",\"password\":\"abc12345\"}");
            assertEquals(400, signUp.status(), hostile + ": " + signUp.body());
            assertEquals("displayName", signUp.json().getString("field"));
        }
        assertEquals(404, office.get("/api/plans/2099").status(), "nothing stored");
        assertFalse(office.get("/api/committees").body().contains("评审委员会\\u202e"));
        Kaowu.Client c = Kaowu.session(Kaowu.newCandidate(RegistrationFixtures.PASSWORD), RegistrationFixtures.PASSWORD);
        String good = RegistrationFixtures.profile(RegistrationFixtures.idNumber());
        Kaowu.Response school = c.put("/api/profile", good.replace("同济大学", "同济\\u202e大学"));
        assertEquals(422, school.status(), school.body());
        assertTrue(school.json().getJsonArray("problems").toString().contains("[school]"), school.body());
        assertTrue(school.json().getJsonArray("problems").toString().contains("控制字符"), school.body());
        assertEquals(404, c.get("/api/profile").status(), "nothing stored");
    }

    @Test
    void unknownPagesGetAFriendly404AndNoStackTrace() {
        Kaowu.Response page = anonymous().get("/no/such/page");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("id=\"error-heading\""));
        assertFalse(page.body().matches("(?s).*\\.java:\\d+\\).*") || page.body().contains("Caused by"),
                "no stack trace: " + page.body());
        Kaowu.Response api = anonymous().get("/api/no-such-thing");
        assertEquals(404, api.status());
        assertEquals("urn:kaowu:problem:not-found", api.json().getString("type"));
    }
}
