package org.lms.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.lms.web.shell.Page;

/**
 * A page the caller may not open answers exactly like a page that does not exist, and so does an
 * administration page missing from {@link Page} (closed unless listed). This only
 * spares people a page of refusals: every service behind a page checks the caller again.
 */
@WebFilter(filterName = "PageAccessFilter", urlPatterns = "*.xhtml")
public class PageAccessFilter extends HttpFilter {

    @Inject
    private ActiveUser activeUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        Optional<Page> page = Page.forViewId(path);
        boolean unlistedAdministrationPage = page.isEmpty() && path.startsWith("/admin/");
        if (unlistedAdministrationPage
                || page.isPresent() && request.getUserPrincipal() != null && !activeUser.mayOpen(page.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
