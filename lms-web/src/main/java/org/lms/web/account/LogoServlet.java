package org.lms.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.lms.service.account.AccountBranding;

/**
 * Serves the account's logo, to anyone (the sign-in page shows it). Pages link it with the logo's
 * tag in the address, so a tagged request may be cached for good; any other is checked each time.
 * The type is the one the service recognized from the bytes, never the uploader's claim.
 */
@WebServlet(name = "AccountLogo", urlPatterns = LogoServlet.PATH)
public class LogoServlet extends HttpServlet {

    public static final String PATH = "/branding/logo";
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountBranding branding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AccountBranding.Logo> found = branding.logo();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AccountBranding.Logo logo = found.get();
        boolean tagged = logo.tag().equals(request.getParameter("v"));
        response.setContentType(logo.contentType());
        response.setContentLength(logo.content().length);
        response.setHeader("Cache-Control", tagged ? "public, max-age=31536000, immutable" : "no-cache");
        response.setHeader("ETag", "\"" + logo.tag() + "\"");
        response.setHeader("Content-Disposition", "inline; filename=\"logo\"");
        response.getOutputStream().write(logo.content());
    }
}
