package org.lms.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.reports.CourseProgressReport;
import org.lms.service.reports.CourseProgressSort;
import org.lms.service.reports.EnrollmentDetailReport;
import org.lms.service.reports.EnrollmentDetailSort;
import org.lms.service.reports.GroupProgressReport;
import org.lms.service.reports.GroupProgressSort;
import org.lms.service.reports.MonthProgress;
import org.lms.service.reports.OrganizationSummary;
import org.lms.service.reports.OverdueReport;
import org.lms.service.reports.OverdueSort;
import org.lms.service.reports.ProgressOverTimeReport;
import org.lms.service.reports.ReportExport;
import org.lms.service.reports.ReportFilter;
import org.lms.service.reports.ReportService;
import org.lms.service.reports.UserProgressReport;
import org.lms.service.reports.UserProgressSort;
import org.lms.web.export.ExportServlet.Download;
import org.lms.web.shell.AddressParameters;

/**
 * A Reports tab's file, for holders of Export reports: the report, filter and order named by the
 * export parameters, read from the same scoped service query the tab shows (through one database
 * cursor where the list can be long; the groups and organizations, a few hundred rows at most,
 * page by page). The direct
 * download and the background export both start here, so they hold the same rows. Preparing asks
 * the service for the count once: a refusal or an out-of-scope filter is answered before anything
 * is written, and the count is the progress's total.
 */
@ApplicationScoped
public class ReportFiles {

    /** The export parameters besides the filter's and the format. */
    public static final String REPORT = "report";
    public static final String SORT = "sort";
    public static final String DESCENDING = "descending";
    /** The first and last month of the progress over time, as {@code 2026-03}; absent for the report's default range. */
    public static final String FIRST_MONTH = "firstMonth";
    public static final String LAST_MONTH = "lastMonth";

    @Inject
    private ReportExport export;

    @Inject
    private CourseProgressReport courses;

    @Inject
    private UserProgressReport people;

    @Inject
    private GroupProgressReport groups;

    @Inject
    private OverdueReport overdue;

    @Inject
    private EnrollmentDetailReport enrollments;

    @Inject
    private ReportService reports;

    @Inject
    private ProgressOverTimeReport progress;

    public Download prepare(Function<String, String> parameter, ResourceBundle texts, ZoneId zone) {
        export.requirePermission();
        ReportKind kind = ReportKind.parse(parameter.apply(REPORT)).orElseThrow(() -> InvalidInput.field(REPORT, "input.required"));
        ReportCriteria criteria = ReportCriteria.parse(parameter::apply);
        ReportFilter filter = criteria.filter(zone);
        String sort = parameter.apply(SORT);
        boolean descending = "true".equals(parameter.apply(DESCENDING));
        return switch (kind) {
            case COURSES -> {
                long rows = courses.count(filter);
                CourseProgressSort order = orDefault(AddressParameters.enumValue(CourseProgressSort.class, sort), CourseProgressSort.TITLE);
                yield Download.of(kind.fileName(), rows, ReportExports.courses(texts),
                        chunks -> courses.export(filter, order, descending, chunks));
            }
            case PEOPLE -> {
                long rows = people.count(filter);
                UserProgressSort order = orDefault(AddressParameters.enumValue(UserProgressSort.class, sort), UserProgressSort.NAME);
                yield Download.of(kind.fileName(), rows, ReportExports.people(texts),
                        chunks -> people.export(filter, order, descending, chunks));
            }
            case GROUPS -> {
                long rows = groups.count(filter);
                GroupProgressSort order = orDefault(AddressParameters.enumValue(GroupProgressSort.class, sort), GroupProgressSort.NAME);
                yield Download.of(kind.fileName(), rows, ReportExports.groups(texts),
                        (first, size) -> groups.page(filter, order, descending, first, size));
            }
            case OVERDUE -> {
                long rows = overdue.count(filter);
                OverdueSort order = orDefault(AddressParameters.enumValue(OverdueSort.class, sort), OverdueSort.DUE_ON);
                yield Download.of(kind.fileName(), rows, ReportExports.overdue(texts),
                        chunks -> overdue.export(filter, order, descending, chunks));
            }
            case ENROLLMENTS -> {
                long rows = enrollments.count(filter);
                EnrollmentDetailSort order = orDefault(AddressParameters.enumValue(EnrollmentDetailSort.class, sort),
                        EnrollmentDetailSort.LEARNER);
                yield Download.of(kind.fileName(), rows, ReportExports.enrollments(texts, zone),
                        chunks -> enrollments.export(filter, order, descending, chunks));
            }
            case ORGANIZATIONS -> {
                if (criteria.getOrganizationId() == null) {
                    throw InvalidInput.field(ReportCriteria.ORGANIZATION, "input.required");
                }
                OrganizationSummary summary = reports.organizationSummary(criteria.getOrganizationId());
                long rows = 1 + reports.countOrganizationChildren(summary.organizationId());
                yield Download.of(kind.fileName(), rows, ReportExports.organizations(texts),
                        (first, size) -> organizationRows(summary, first, size));
            }
            case PROGRESS -> {
                // At most 36 months, counted in the reader's time zone as the tab counts them.
                List<MonthProgress> months = progress.months(filter, ProgressOverTime.yearMonth(parameter.apply(FIRST_MONTH)),
                        ProgressOverTime.yearMonth(parameter.apply(LAST_MONTH)), zone);
                yield Download.of(kind.fileName(), months.size(), ReportExports.progress(texts), chunks -> chunks.accept(months));
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
