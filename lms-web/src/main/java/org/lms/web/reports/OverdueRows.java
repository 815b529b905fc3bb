package org.lms.web.reports;

import java.util.List;
import org.lms.service.reports.OverdueReport;
import org.lms.service.reports.OverdueRow;
import org.lms.service.reports.OverdueSort;
import org.lms.service.reports.ReportFilter;

/** The overdue courses, the oldest due date first unless sorted otherwise, a page at a time. */
public class OverdueRows extends ReportRows<OverdueRow, OverdueSort> {

    private static final long serialVersionUID = 1L;

    private final OverdueReport report;

    public OverdueRows(OverdueReport report, FilterSource source) {
        super(source, OverdueSort.class, OverdueSort.DUE_ON);
        this.report = report;
    }

    @Override
    protected long count(ReportFilter filter) {
        return report.count(filter);
    }

    @Override
    protected List<OverdueRow> page(ReportFilter filter, OverdueSort sort, boolean descending, int first, int size) {
        return report.page(filter, sort, descending, first, size);
    }

    @Override
    protected long key(OverdueRow row) {
        return row.enrollmentId();
    }
}
