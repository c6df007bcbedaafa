package org.kaowu.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Kaowu.ear();
    }

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
            "office,/office/", "office,/office/plans", "office,/office/committees", "-,/public/calendar", "supervisor,/supervisor/", "admin,/admin/", "admin,/admin/accounts", "admin,/admin/catalogue"})
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
