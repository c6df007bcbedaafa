package org.kaowu.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address people reach this site at, for links sent by mail: {@code -Dkaowu.publicUrl} (set it in production,
 * e.g. {@code https://kaowu.example.cn}, so that a forged Host header can never put another site into a reset mail),
 * else the address of the request.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    public static String of(HttpServletRequest request) {
        String configured = System.getProperty("kaowu.publicUrl", "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    public static String resetPage(HttpServletRequest request) {
        return of(request) + "/public/reset-password";
    }
}
