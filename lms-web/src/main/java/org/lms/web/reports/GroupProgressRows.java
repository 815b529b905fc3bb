package org.lms.web.reports;

import java.util.List;
import org.lms.service.reports.GroupProgressReport;
import org.lms.service.reports.GroupProgressRow;
import org.lms.service.reports.GroupProgressSort;
import org.lms.service.reports.ReportFilter;

/** The groups' progress report in name order, its only order, a page at a time. */
public class GroupProgressRows extends ReportRows<GroupProgressRow, GroupProgressSort> {

    private static final long serialVersionUID = 1L;

    private final GroupProgressReport report;

    public GroupProgressRows(GroupProgressReport report, FilterSource source) {
        super(source, GroupProgressSort.class, GroupProgressSort.NAME);
        this.report = report;
    }

    @Override
    protected long count(ReportFilter filter) {
        return report.count(filter);
    }

    @Override
    protected List<GroupProgressRow> page(ReportFilter filter, GroupProgressSort sort, boolean descending, int first, int size) {
        return report.page(filter, sort, descending, first, size);
    }

    @Override
    protected long key(GroupProgressRow row) {
        return row.groupId();
    }
}
