package org.lms.web.users;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.lms.service.permissions.NotFound;
import org.lms.service.users.UserColumn;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;

/**
 * The user list's export: the filter of the page's export link, run through the same scoped
 * query page by page and streamed to the response, with the columns the service lets the caller
 * see. A caller who may not list users, or a filter naming something out of scope, gets "not
 * found", as the pages answer.
 */
@WebServlet(name = "UsersExport", urlPatterns = "/admin/users/export")
public class UsersExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserDirectory directory;

    @Inject
    private transient ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserExport.Format format;
        try {
            format = UserExport.Format.valueOf(String.valueOf(request.getParameter(UserFilter.FORMAT)).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownFormat) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        UserQuery query = UserFilter.parse(request::getParameter);
        List<UserColumn> columns;
        try {
            // Asking first means a refusal still leaves the response free for the error page.
            directory.count(query);
            columns = directory.columns().stream().sorted().toList();
        } catch (EJBAccessException | NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        UserExport export = new UserExport(columns, ResourceBundle.getBundle(Messages.BUNDLE, locale(request)),
                activeUser.getTimeZone());
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        export.write(format, (first, size) -> directory.page(query, first, size), response.getOutputStream());
    }

    /** The person's language, else the browser's first one the portal speaks, else English. */
    private Locale locale(HttpServletRequest request) {
        var chosen = activeUser.chosenLocale();
        if (chosen.isPresent()) {
            return "de".equals(chosen.get().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        }
        for (Enumeration<Locale> wanted = request.getLocales(); wanted.hasMoreElements();) {
            String language = wanted.nextElement().getLanguage();
            if ("de".equals(language) || "en".equals(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return Locale.ENGLISH;
    }
}
