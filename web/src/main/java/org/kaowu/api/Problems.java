package org.kaowu.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.LocatedProblem;
import org.kaowu.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFC 9457 problem details: the one shape every API error takes. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:kaowu:problem:";
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** A problem ready to send; {@code extensions} become extra members. */
    public record Problem(String type, int status, String title, String detail, Map<String, Object> extensions,
                          Map<String, String> headers, Locale locale) {
        public Problem(String type, int status, String title, String detail, Map<String, Object> extensions,
                       Map<String, String> headers) {
            this(type, status, title, detail, extensions, headers, Messages.CHINESE);
        }
    }

    private Problems() {
    }

    /** The language of the answer: Chinese unless the client prefers English. */
    public static Locale locale(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Messages.CHINESE;
            }
        }
        return Messages.CHINESE;
    }

    public static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Messages.CHINESE
                : locale(java.util.Collections.list(request.getLocales()));
    }

    public static Problem of(DomainException e, Locale locale) {
        Map<String, Object> ext = new LinkedHashMap<>();
        if (e.field() != null) {
            ext.put("field", e.field());
        }
        ext.putAll(e.extensions());
        return new Problem(e.type(), e.status(), e.title(locale), e.message(locale), ext, Map.of(), locale);
    }

    public static Problem of(String type, int status, Locale locale, String detailKey, Object... args) {
        return new Problem(type, status, Messages.text(locale, "problem." + type + ".title"),
                Messages.text(locale, detailKey, args), new LinkedHashMap<>(), Map.of(), locale);
    }

    public static Problem unauthenticated(HttpServletRequest request) {
        Problem p = of("unauthenticated", 401, locale(request), "api.unauthenticated");
        return new Problem(p.type(), p.status(), p.title(), p.detail(), p.extensions(),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kaowu\", charset=\"UTF-8\""), p.locale());
    }

    public static Problem tooManyAttempts(HttpServletRequest request, Instant until, Instant now) {
        long seconds = Math.max(1, until.getEpochSecond() - now.getEpochSecond());
        Problem p = of("too-many-attempts", 429, locale(request), "api.locked", (seconds + 59) / 60);
        return new Problem(p.type(), p.status(), p.title(), p.detail(), p.extensions(),
                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds)), p.locale());
    }

    public static String json(Problem p) {
        return json(p, p.locale());
    }

    public static String json(Problem p, Locale locale) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + p.type())
                .add("title", p.title())
                .add("status", p.status())
                .add("detail", p.detail());
        p.extensions().forEach((k, v) -> add(o, k, v, locale));
        return o.build().toString();
    }

    public static Response response(Problem p) {
        Response.ResponseBuilder r = Response.status(p.status()).type(PROBLEM_JSON.withCharset("UTF-8")).entity(json(p));
        p.headers().forEach(r::header);
        return r.build();
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, Problem p) throws IOException {
        response.setStatus(p.status());
        p.headers().forEach(response::setHeader);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(json(p).getBytes(StandardCharsets.UTF_8));
    }

    private static void add(JsonObjectBuilder o, String key, Object v, Locale locale) {
        if (v == null) {
            o.addNull(key);
        } else if (v instanceof Boolean b) {
            o.add(key, b);
        } else if (v instanceof Integer i) {
            o.add(key, i);
        } else if (v instanceof Long l) {
            o.add(key, l);
        } else if (v instanceof Collection<?> c) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            c.forEach(x -> a.add(x instanceof LocatedProblem lp ? lp.describe(locale) : String.valueOf(x)));
            o.add(key, a);
        } else {
            o.add(key, String.valueOf(v));
        }
    }
}
