package org.lms.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.ResourceBundle;
import org.lms.service.audit.AuditQuery;
import org.lms.service.audit.AuditTrail;
import org.lms.web.export.ExportServlet;

/** The audit log's export: the filter of the page's export link, dates in the reader's time zone. */
@WebServlet(name = "AuditExport", urlPatterns = "/admin/audit/export")
public class AuditExportServlet extends ExportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrail trail;

    @Override
    protected Download prepare(HttpServletRequest request, ResourceBundle texts, ZoneId zone) {
        AuditQuery query = AuditFilter.parse(request::getParameter).query(zone);
        trail.count(query);
        return Download.of(AuditExport.FILE_NAME, AuditExport.table(texts, zone), (first, size) -> trail.page(query, first, size));
    }
}
