package org.kaowu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The deployed system as a black box: the EAR that the build produced, deployed once in the server Arquillian starts
 * for the run (ear/pom.xml puts it in the deployments folder), and an HTTP client for it.
 */
public final class Kaowu {

    /** The server under test: {@code -Dkaowu.it.base} (set by ear/pom.xml), by default WildFly on this machine. */
    public static final String BASE = System.getProperty("kaowu.it.base", "http://127.0.0.1:8080");
    public static final String DEMO_PASSWORD = "demo-2026";

    private Kaowu() {
    }

    /** The server's authority clock. */
    public static java.time.Instant serverNow() {
        Response r = as("admin", DEMO_PASSWORD).get("/api/admin/clock");
        if (r.status() != 200) {
            throw new AssertionError("clock: " + r.status() + " " + r.body());
        }
        return java.time.Instant.parse(r.json().getString("now"));
    }

    /**
     * Moves the test server's clock ({@code {"now": …}}, {@code {"advance": "PT2H"}} or {@code {"reset": true}}) and
     * answers once the work that fell due is done (every due trigger fired exactly once).
     */
    public static JsonObject moveClock(String json) {
        Response r = as("admin", DEMO_PASSWORD).post("/api/admin/clock", "application/json", json);
        if (r.status() != 200) {
            throw new AssertionError("clock: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    public static JsonObject moveClockTo(java.time.Instant at) {
        return moveClock("{\"now\":\"" + at.atOffset(java.time.ZoneOffset.ofHours(8)) + "\"}");
    }

    /** Back to the system's time: what now lies ahead is scheduled again and every phase settles. */
    public static void resetClock() {
        moveClock("{\"reset\":true}");
    }

    public static Client anonymous() {
        return new Client((String) null, null);
    }

    public static Client as(String username, String password) {
        return new Client(username, password);
    }

    /**
     * Signs in once (HTTP Basic, one password check) and answers a client that goes on with the session cookie alone,
     * as real clients do: password hashing belongs to sign-in, not to every request.
     */
    public static Client session(String username, String password) {
        Client signIn = new Client(username, password);
        Response me = signIn.get("/api/me");
        if (me.status() != 200) {
            throw new AssertionError("sign-in failed: " + me.status() + " " + me.body());
        }
        return new Client(signIn.http, null);
    }

    /** A fresh candidate account, signed up through the API. */
    public static String newCandidate(String password) {
        String email = "it-" + UUID.randomUUID().toString().substring(0, 12) + "@example.cn";
        Response r = anonymous().post("/api/accounts", "application/json",
                Json.createObjectBuilder().add("contact", email).add("displayName", "测试考生").add("password", password)
                        .build().toString());
        if (r.status() != 201) {
            throw new AssertionError("sign-up failed: " + r.status() + " " + r.body());
        }
        return email;
    }

    public static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public String location() {
            return headers.firstValue("Location").orElse(null);
        }
    }

    /** Sends Basic credentials when it has them; never follows redirects, so tests see them. */
    public static final class Client {
        private final HttpClient http;
        private final String authorization;

        Client(String username, String password) {
            this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(new CookieManager()).build();
            this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        Client(HttpClient http, String authorization) {
            this.http = http;
            this.authorization = authorization;
        }

        /** Sends without waiting, for tests of many requests at once. */
        public java.util.concurrent.CompletableFuture<Response> postAsync(String path, String json, String... headers) {
            HttpRequest r = request(path, headers).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
            return http.sendAsync(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .thenApply(x -> new Response(x.statusCode(), x.headers().firstValue("Content-Type").orElse(null),
                            x.body(), x.headers()));
        }

        public Response postBytes(String path, String contentType, byte[] body) {
            return send(request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        }

        public Response putBytes(String path, String contentType, byte[] body) {
            return send(request(path).header("Content-Type", contentType)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        }

        public Response get(String path, String... headers) {
            return send(request(path, headers).GET().build());
        }

        public Response post(String path, String contentType, String body, String... headers) {
            return send(request(path, headers).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        }

        public Response put(String path, String json) {
            return send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        }

        /** Any method, any content type, extra headers: for requests a browser on another site could send. */
        public Response send(String method, String path, String contentType, String body, String... headers) {
            HttpRequest.Builder b = request(path, headers);
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        }

        public Response delete(String path) {
            return send(request(path).DELETE().build());
        }

        private HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return b;
        }

        private Response send(HttpRequest request) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                        r.headers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
