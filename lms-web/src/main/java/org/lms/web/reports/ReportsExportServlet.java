package org.lms.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.ResourceBundle;
import org.lms.web.export.ExportServlet;

/**
 * The Reports page's direct downloads, for holders of Export reports: the report, filter and
 * order of a tab's export link, streamed while the browser waits. The page itself exports in the
 * background ({@link ReportExportPanel}); both write what {@link ReportFiles} prepares.
 */
@WebServlet(name = "ReportsExport", urlPatterns = "/admin/reports/export")
public class ReportsExportServlet extends ExportServlet {

    private static final long serialVersionUID = 1L;
    /** The export link's parameters besides the filter's. */
    public static final String REPORT = ReportFiles.REPORT;
    public static final String SORT = ReportFiles.SORT;
    public static final String DESCENDING = ReportFiles.DESCENDING;

    @Inject
    private transient ReportFiles files;

    @Override
    protected Download prepare(HttpServletRequest request, ResourceBundle texts, ZoneId zone) {
        return files.prepare(request::getParameter, texts, zone);
    }
}
