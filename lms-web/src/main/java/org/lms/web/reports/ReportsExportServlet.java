package org.lms.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.reports.CourseProgressReport;
import org.lms.service.reports.CourseProgressSort;
import org.lms.service.reports.GroupProgressReport;
import org.lms.service.reports.GroupProgressSort;
import org.lms.service.reports.OrganizationSummary;
import org.lms.service.reports.OverdueReport;
import org.lms.service.reports.OverdueSort;
import org.lms.service.reports.ReportExport;
import org.lms.service.reports.ReportFilter;
import org.lms.service.reports.ReportService;
import org.lms.service.reports.UserProgressReport;
import org.lms.service.reports.UserProgressSort;
import org.lms.web.export.ExportServlet;
import org.lms.web.shell.AddressParameters;

/**
 * The Reports page's exports, for holders of Export reports: the report, filter and order of a
 * tab's export link, paged through the same scoped service query the tab shows.
 */
@WebServlet(name = "ReportsExport", urlPatterns = "/admin/reports/export")
public class ReportsExportServlet extends ExportServlet {

    private static final long serialVersionUID = 1L;
    /** The export link's parameters besides the filter's. */
    public static final String REPORT = "report";
    public static final String SORT = "sort";
    public static final String DESCENDING = "descending";

    @Inject
    private transient ReportExport export;

    @Inject
    private transient CourseProgressReport courses;

    @Inject
    private transient UserProgressReport people;

    @Inject
    private transient GroupProgressReport groups;

    @Inject
    private transient OverdueReport overdue;

    @Inject
    private transient ReportService reports;

    @Override
    protected Download prepare(HttpServletRequest request, ResourceBundle texts, ZoneId zone) {
        export.requirePermission();
        ReportKind kind = ReportKind.parse(request.getParameter(REPORT)).orElseThrow(() -> InvalidInput.field(REPORT, "input.required"));
        ReportCriteria criteria = ReportCriteria.parse(request::getParameter);
        ReportFilter filter = criteria.filter(zone);
        String sort = request.getParameter(SORT);
        boolean descending = "true".equals(request.getParameter(DESCENDING));
        return switch (kind) {
            case COURSES -> {
                courses.count(filter);
                CourseProgressSort order = orDefault(AddressParameters.enumValue(CourseProgressSort.class, sort), CourseProgressSort.TITLE);
                yield Download.of(kind.fileName(), ReportExports.courses(texts),
                        (first, size) -> courses.page(filter, order, descending, first, size));
            }
            case PEOPLE -> {
                people.count(filter);
                UserProgressSort order = orDefault(AddressParameters.enumValue(UserProgressSort.class, sort), UserProgressSort.NAME);
                yield Download.of(kind.fileName(), ReportExports.people(texts),
                        (first, size) -> people.page(filter, order, descending, first, size));
            }
            case GROUPS -> {
                groups.count(filter);
                GroupProgressSort order = orDefault(AddressParameters.enumValue(GroupProgressSort.class, sort), GroupProgressSort.NAME);
                yield Download.of(kind.fileName(), ReportExports.groups(texts),
                        (first, size) -> groups.page(filter, order, descending, first, size));
            }
            case OVERDUE -> {
                overdue.count(filter);
                OverdueSort order = orDefault(AddressParameters.enumValue(OverdueSort.class, sort), OverdueSort.DUE_ON);
                yield Download.of(kind.fileName(), ReportExports.overdue(texts),
                        (first, size) -> overdue.page(filter, order, descending, first, size));
            }
            case ORGANIZATIONS -> {
                if (criteria.getOrganizationId() == null) {
                    throw InvalidInput.field(ReportCriteria.ORGANIZATION, "input.required");
                }
                OrganizationSummary summary = reports.organizationSummary(criteria.getOrganizationId());
                yield Download.of(kind.fileName(), ReportExports.organizations(texts),
                        (first, size) -> organizationRows(summary, first, size));
            }
        };
    }

    /** The organization itself as the file's first row, then its direct children, page by page. */
    private List<OrganizationSummary> organizationRows(OrganizationSummary summary, int first, int size) {
        List<OrganizationSummary> rows = new ArrayList<>(size);
        if (first == 0) {
            rows.add(summary);
            rows.addAll(reports.organizationChildren(summary.organizationId(), 0, size - 1));
        } else {
            rows.addAll(reports.organizationChildren(summary.organizationId(), first - 1, size));
        }
        return rows;
    }

    private static <S> S orDefault(S chosen, S fallback) {
        return chosen == null ? fallback : chosen;
    }
}
