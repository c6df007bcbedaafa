package org.kaowu.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.kaowu.api.Problems;
import org.kaowu.platform.security.AccountStandings;
import org.kaowu.platform.security.Accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Set;

/**
 * Runs for every signed-in request (after {@link RequestGuard}, before clean URLs forward to pages):
 * <ul>
 * <li>an account an ADMIN disabled loses its session here, at its next request: a page goes to the sign-in page,
 * which says why; an API call gets 403 {@code account-disabled};</li>
 * <li>an account with a temporary password (an ADMIN's reset) can do nothing but choose its own password
 * ({@code /account/password}, or {@code POST /api/me/password}); other API calls get 403
 * {@code password-change-required}.</li>
 * </ul>
 */
@WebFilter(filterName = "AccountStanding", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class AccountStanding extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String CHANGE_PASSWORD = "/account/password";
    /** What a holder of a temporary password may still open. */
    private static final Set<String> WHILE_TEMPORARY = Set.of(CHANGE_PASSWORD, CHANGE_PASSWORD + ".xhtml", "/api/me",
            "/api/me/password", "/login", "/login.xhtml");

    @Inject
    private AccountStandings standings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (principal == null || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path.startsWith("/api/");
        Accounts.Standing standing = standings.of(principal.getName());
        if (!standing.active()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (api) {
                Problems.write(request, response, Problems.of("account-disabled", 403, Problems.locale(request),
                        "account.disabled"));
            } else {
                redirect(request, response, "/login?ended=disabled");
            }
            return;
        }
        if (standing.mustChangePassword() && !WHILE_TEMPORARY.contains(path)) {
            if (api) {
                Problems.write(request, response, Problems.of("password-change-required", 403,
                        Problems.locale(request), "account.mustChangePassword"));
            } else {
                redirect(request, response, CHANGE_PASSWORD);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** A redirect a full page follows, and one an Ajax request of a page follows too (a partial response). */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        String url = request.getContextPath() + target;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(url);
    }
}
