package org.kaowu.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public verification of certificates without any certificate issued (CertificateIT verifies real ones): the query's
 * 400, NOT_FOUND for an unknown code and for a number with another name, the per-client limit (the test server allows
 * 20 verifications per client in 10 s, ear/pom.xml) with its 429 and Retry-After on the API and its message on the
 * page, the benchmark's exemption, and what verifiers fetch: the status list's 404 and the keys with their cache
 * headers and 304.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerifyIT {

    /** The test server's exemption secret ({@code -Dkaowu.verify.exemptToken}): requests with it are never limited. */
    public static final String EXEMPT_HEADER = "X-Kaowu-Exempt";
    public static final String EXEMPT_TOKEN = "kaowu-it-exempt";
    static final int LIMIT = 20;

    private static Kaowu.Response verify(String query, String... headers) {
        return Kaowu.anonymous().get("/api/verify" + query, headers);
    }

    private static Kaowu.Response exempt(String query, String... more) {
        String[] h = new String[more.length + 2];
        h[0] = EXEMPT_HEADER;
        h[1] = EXEMPT_TOKEN;
        System.arraycopy(more, 0, h, 2, more.length);
        return verify(query, h);
    }

    @Test
    void aQueryWithoutTheCodeOrTheNumberAndNameIsRefusedNamingWhatToGive() {
        Kaowu.Response none = exempt("");
        assertEquals(400, none.status(), none.body());
        assertTrue(none.isProblem());
        assertEquals("urn:kaowu:problem:invalid-verification-query", none.json().getString("type"));
        assertEquals("code", none.json().getString("field"));

        Kaowu.Response numberOnly = exempt("?number=Z2051000001", "Accept-Language", "en");
        assertEquals(400, numberOnly.status());
        assertEquals("name", numberOnly.json().getString("field"));
        assertTrue(numberOnly.json().getString("detail").contains("holder's name"), numberOnly.body());

        Kaowu.Response nameOnly = exempt("?" + Kaowu.query(Kaowu.params("name", "张三", "code", " ")));
        assertEquals(400, nameOnly.status());
        assertEquals("number", nameOnly.json().getString("field"));
        assertTrue(nameOnly.json().getString("detail").contains("证书编号"), nameOnly.body());
    }

    @Test
    void anUnknownCodeAndANumberWithAnotherNameAreNotFound() {
        Kaowu.Response code = exempt("?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assertEquals(200, code.status(), code.body());
        assertEquals("NOT_FOUND", code.json().getString("result"));
        assertFalse(code.json().containsKey("holder") && !code.json().isNull("holder"), "nothing about anyone");
        assertEquals("no-store", code.headers().firstValue("Cache-Control").orElse(null));

        Kaowu.Response number = exempt("?" + Kaowu.query(Kaowu.params("number", "Z20511100010000001", "name", "不是持证人")));
        assertEquals(200, number.status(), number.body());
        assertEquals("NOT_FOUND", number.json().getString("result"));

        Kaowu.Response page = Kaowu.anonymous().get("/public/verify?code=ZZZZZZZZZZZZZZZZ", EXEMPT_HEADER, EXEMPT_TOKEN);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("data-result=\"NOT_FOUND\""), "the deep link verifies on opening");
        assertTrue(page.body().contains("id=\"verify-result\""));
    }

    @Test
    void aClientOverItsLimitWaitsAndTheExemptClientDoesNot() throws InterruptedException {
        Kaowu.Response refused = null;
        for (int i = 0; i <= LIMIT && refused == null; i++) {
            Kaowu.Response r = verify("?code=0000000000000000");
            if (r.status() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.status(), r.body());
            }
        }
        assertNotNull(refused, "refused within " + (LIMIT + 1) + " verifications");
        assertTrue(refused.isProblem());
        JsonObject p = refused.json();
        assertEquals("urn:kaowu:problem:too-many-verifications", p.getString("type"));
        long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 10, "Retry-After " + wait);
        assertEquals(wait, p.getJsonNumber("retryAfter").longValue());

        assertEquals(429, verify("?code=0000000000000000", EXEMPT_HEADER, "a-guess").status(), "a wrong secret exempts nobody");
        assertEquals(200, exempt("?code=0000000000000000").status(), "the benchmark's client is never limited");
        Kaowu.Response page = Kaowu.anonymous().get("/public/verify?code=0000000000000000");
        assertEquals(200, page.status());
        assertFalse(page.body().contains("id=\"verify-result\""), "no answer over the limit");
        assertTrue(page.body().contains("查询过于频繁"), "the page says when to try again");

        Thread.sleep(wait * 1000 + 500);
        assertEquals(200, verify("?code=0000000000000000").status(), "a new window");
    }

    @Test
    void anUnknownStatusListIsAProblem() {
        Kaowu.Response r = Kaowu.anonymous().get("/api/public/status-lists/999999999999");
        assertEquals(404, r.status());
        assertTrue(r.isProblem(), r.body());
        assertEquals("urn:kaowu:problem:no-such-status-list", r.json().getString("type"));
        assertEquals(404, Kaowu.anonymous().get("/api/public/status-lists/abc").status());
    }

    @Test
    void theKeysAreCacheableAndAnsweredUnchanged() {
        Kaowu.Response keys = Kaowu.anonymous().get("/api/public/keys");
        assertEquals(200, keys.status(), keys.body());
        assertTrue(keys.contentType().startsWith("application/jwk-set+json"), keys.contentType());
        assertEquals("public, max-age=3600", keys.headers().firstValue("Cache-Control").orElse(null));
        assertFalse(keys.json().getJsonArray("keys").isEmpty());
        assertFalse(keys.body().contains("\"d\""), "no private part");
        String etag = keys.headers().firstValue("ETag").orElseThrow();

        Kaowu.Response again = Kaowu.anonymous().get("/api/public/keys", "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        assertEquals("public, max-age=3600", again.headers().firstValue("Cache-Control").orElse(null));

        Kaowu.Response signedIn = Kaowu.as("office", Kaowu.DEMO_PASSWORD).get("/api/public/keys");
        assertEquals(200, signedIn.status());
        assertEquals(java.util.List.of("public, max-age=3600"), signedIn.headers().allValues("Cache-Control"),
                "the same for everyone: not the no-store of a signed-in caller's answers");
    }

    @Test
    void thePingAnswersOk() {
        Kaowu.Response r = Kaowu.anonymous().get("/api/public/ping");
        assertEquals(200, r.status());
        assertTrue(r.json().getBoolean("ok"));
    }
}
