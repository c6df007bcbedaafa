package org.kaowu.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Pages answer at their clean address: {@code /public/catalogue} serves {@code /public/catalogue.xhtml} and
 * {@code /admin/} serves {@code /admin/index.xhtml}. Security constraints apply to the address asked for.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ExtensionlessUrls extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && !path.startsWith("/jakarta.faces.resource") && !path.contains(".")) {
            String page = path.endsWith("/") ? path + "index.xhtml" : path + ".xhtml";
            if (!page.startsWith("/WEB-INF") && getServletContext().getResource(page) != null) {
                request.getRequestDispatcher(page).forward(request, response);
                return;
            }
            if (!path.endsWith("/") && getServletContext().getResource(path + "/index.xhtml") != null) {
                response.sendRedirect(request.getContextPath() + path + "/");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
