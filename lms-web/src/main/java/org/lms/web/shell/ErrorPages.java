package org.lms.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;

/**
 * The "not found" and "something went wrong" pages. Plain servlet output on purpose: an error page
 * must render whatever broke the request (Faces, the database), and must never show details.
 */
@WebServlet(name = "ErrorPages", urlPatterns = {ErrorPages.NOT_FOUND, ErrorPages.SERVER_ERROR})
public class ErrorPages extends HttpServlet {

    static final String NOT_FOUND = "/errors/not-found";
    static final String SERVER_ERROR = "/errors/error";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ActiveUser activeUser;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean notFound = request.getServletPath().equals(NOT_FOUND);
        Locale locale = locale(request);
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String prefix = notFound ? "errors.notFound." : "errors.error.";
        String title = bundle.getString(prefix + "title");

        if (request.getAttribute("jakarta.servlet.error.status_code") == null) {
            response.setStatus(notFound ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String context = request.getContextPath();
        try (PrintWriter out = response.getWriter()) {
            out.println("<!DOCTYPE html>");
            out.println("<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">");
            out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            out.println("<title>" + Html.escape(title) + "</title>");
            out.println("<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/css/lms.css.xhtml\">");
            out.println("</head><body class=\"plain\"><main id=\"main\" class=\"plain-main\">");
            out.println("<section class=\"card error-page\" id=\"" + (notFound ? "notFound" : "serverError") + "\">");
            out.println("<h1>" + Html.escape(title) + "</h1>");
            out.println("<p>" + Html.escape(bundle.getString(prefix + "text")) + "</p>");
            out.println("<p><a href=\"" + context + "/index.xhtml\">" + Html.escape(bundle.getString("errors.backHome")) + "</a></p>");
            out.println("</section></main></body></html>");
        }
    }

    /** The person's own language if it can be read, else the browser's first language the portal speaks. */
    private Locale locale(HttpServletRequest request) {
        try {
            if (request.getUserPrincipal() != null) {
                Optional<Locale> chosen = activeUser.chosenLocale();
                if (chosen.isPresent()) {
                    return "de".equals(chosen.get().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
                }
            }
        } catch (RuntimeException unreadable) {
            // Whatever broke the request may break this too: fall back to the browser.
        }
        for (Enumeration<Locale> wanted = request.getLocales(); wanted.hasMoreElements();) {
            String language = wanted.nextElement().getLanguage();
            if ("de".equals(language)) {
                return Locale.GERMAN;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
