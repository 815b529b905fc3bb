package org.lms.web.users;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import org.lms.service.users.UserColumn;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.web.export.ExportServlet;

/**
 * The user list's export: the filter of the page's export link, with the columns the service lets
 * the caller see.
 */
@WebServlet(name = "UsersExport", urlPatterns = "/admin/users/export")
public class UsersExportServlet extends ExportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserDirectory directory;

    @Override
    protected Download prepare(HttpServletRequest request, ResourceBundle texts, ZoneId zone) {
        UserQuery query = UserFilter.parse(request::getParameter);
        directory.count(query);
        List<UserColumn> columns = directory.columns().stream().sorted().toList();
        return Download.of(UserExport.FILE_NAME, UserExport.table(columns, directory.customColumns(), texts, zone),
                (first, size) -> directory.page(query, first, size));
    }
}
