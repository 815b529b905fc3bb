package org.lms.web.reports;

import java.util.List;
import org.lms.service.reports.ReportFilter;
import org.lms.service.reports.UserProgressReport;
import org.lms.service.reports.UserProgressRow;
import org.lms.service.reports.UserProgressSort;

/** The learners' progress report, a page at a time. */
public class PeopleProgressRows extends ReportRows<UserProgressRow, UserProgressSort> {

    private static final long serialVersionUID = 1L;

    private final UserProgressReport report;

    public PeopleProgressRows(UserProgressReport report, FilterSource source) {
        super(source, UserProgressSort.class, UserProgressSort.NAME);
        this.report = report;
    }

    @Override
    protected long count(ReportFilter filter) {
        return report.count(filter);
    }

    @Override
    protected List<UserProgressRow> page(ReportFilter filter, UserProgressSort sort, boolean descending, int first, int size) {
        return report.page(filter, sort, descending, first, size);
    }

    @Override
    protected long key(UserProgressRow row) {
        return row.userId();
    }
}
