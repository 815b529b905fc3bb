package org.lms.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.lms.web.i18n.Messages;

/**
 * The "not found" and "something went wrong" pages. Plain servlet output on purpose: an error page
 * must render whatever broke the request (Faces, the database), and must never show details.
 */
@WebServlet(name = "ErrorPages", urlPatterns = {ErrorPages.NOT_FOUND, ErrorPages.SERVER_ERROR})
public class ErrorPages extends HttpServlet {

    static final String NOT_FOUND = "/errors/not-found";
    static final String SERVER_ERROR = "/errors/error";

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean notFound = request.getServletPath().equals(NOT_FOUND);
        Locale locale = request.getLocale() != null && "de".equals(request.getLocale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
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
            out.println("<title>" + escape(title) + "</title>");
            out.println("<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/css/lms.css.xhtml\">");
            out.println("</head><body class=\"plain\"><main id=\"main\" class=\"plain-main\">");
            out.println("<section class=\"card error-page\" id=\"" + (notFound ? "notFound" : "serverError") + "\">");
            out.println("<h1>" + escape(title) + "</h1>");
            out.println("<p>" + escape(bundle.getString(prefix + "text")) + "</p>");
            out.println("<p><a href=\"" + context + "/index.xhtml\">" + escape(bundle.getString("errors.backHome")) + "</a></p>");
            out.println("</section></main></body></html>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
