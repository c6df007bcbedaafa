package org.kaowu.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kaowu.api.Problems;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first thing every request meets (it runs before {@link org.kaowu.web.ExtensionlessUrls}).
 * <ul>
 * <li><b>Cross-site requests change nothing.</b> A request that may change state (anything but GET, HEAD, OPTIONS)
 * and that a browser marks as coming from another site ({@code Origin}, or failing that {@code Referer}, naming
 * another origin, or {@code Origin: null}) is refused with 403 before it reaches a page or a resource, whatever
 * credentials it carries. Clients that are not browsers send neither header and are not affected.</li>
 * <li><b>An API POST must be one a form cannot send.</b> A cross-site HTML form or a "simple" script request can only
 * send {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or {@code text/plain} (or nothing); an
 * API POST must declare another type (JSON, CSV, a file's own type) or carry {@code X-Requested-With}, so that even a
 * browser that sends no {@code Origin} cannot be made to change state.</li>
 * <li><b>Headers</b>: a Content-Security-Policy ({@code frame-ancestors 'self'}, scripts and styles from this
 * origin; PrimeFaces and Faces write inline scripts and handlers, so those are allowed inline), {@code
 * X-Frame-Options}, {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}; what a signed-in
 * person is shown (pages of the role areas, API answers to a signed-in caller) is {@code Cache-Control: no-store}.</li>
 * </ul>
 * Origins other than the request's own host may be allowed with {@code -Dkaowu.allowedOrigins=https://a,https://b}
 * (a reverse proxy that rewrites the host).
 */
@WebFilter(filterName = "RequestGuard", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private Set<String> allowedOrigins = Set.of();

    @Override
    public void init() {
        String configured = System.getProperty("kaowu.allowedOrigins", "");
        allowedOrigins = Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        headers(request, response, path, api);
        if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            if (crossSite(request)) {
                refuse(request, response, api, "api.crossSite");
                return;
            }
            if (api && "POST".equalsIgnoreCase(request.getMethod()) && formLike(request)) {
                refuse(request, response, true, "api.formLikeRequest");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void headers(HttpServletRequest request, HttpServletResponse response, String path, boolean api) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!api) {
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        } else {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        boolean resource = path.startsWith("/jakarta.faces.resource/");
        boolean roleArea = path.startsWith("/candidate") || path.startsWith("/office") || path.startsWith("/admin")
                || path.startsWith("/supervisor") || path.startsWith("/account");
        if (!resource && (roleArea || (api && (request.getUserPrincipal() != null
                || request.getHeader("Authorization") != null || request.getRequestedSessionId() != null)))) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    /** True when the browser says the request comes from another origin than the one it is sent to. */
    boolean crossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !sameOrigin(origin.trim(), request);
        }
        String referer = request.getHeader("Referer");
        return referer != null && !sameOrigin(referer.trim(), request);
    }

    private boolean sameOrigin(String url, HttpServletRequest request) {
        if (url.isEmpty() || "null".equalsIgnoreCase(url)) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        if (allowedOrigins.contains(origin) || allowedOrigins.contains(stripDefaultPort(origin))) {
            return true;
        }
        String host = request.getHeader("Host");
        if (host == null) {
            return false;
        }
        // The host the browser addressed: the Host header (a proxy in front keeps it), compared with scheme-default ports.
        String h = host.trim().toLowerCase(Locale.ROOT);
        String hostName;
        int hostPort;
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(']') < colon) {
            hostName = h.substring(0, colon);
            try {
                hostPort = Integer.parseInt(h.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        } else {
            hostName = h;
            hostPort = -1;
        }
        if (!hostName.equals(uri.getHost().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return hostPort == -1 ? port == 80 || port == 443 : hostPort == port;
    }

    private static String stripDefaultPort(String origin) {
        return origin.endsWith(":443") || origin.endsWith(":80") ? origin.substring(0, origin.lastIndexOf(':')) : origin;
    }

    private static boolean formLike(HttpServletRequest request) {
        if (request.getHeader("X-Requested-With") != null) {
            return false;
        }
        String type = request.getContentType();
        if (type == null || type.isBlank()) {
            return true;
        }
        String mediaType = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(mediaType);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, String key)
            throws IOException {
        if (api) {
            Problems.write(request, response, Problems.of("cross-site-request", 403, Problems.locale(request), key));
        } else {
            response.sendError(403);
        }
    }
}
