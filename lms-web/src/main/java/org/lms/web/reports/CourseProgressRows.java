package org.lms.web.reports;

import java.util.List;
import org.lms.service.reports.CourseProgressReport;
import org.lms.service.reports.CourseProgressRow;
import org.lms.service.reports.CourseProgressSort;
import org.lms.service.reports.ReportFilter;

/** The course progress report, a page at a time. */
public class CourseProgressRows extends ReportRows<CourseProgressRow, CourseProgressSort> {

    private static final long serialVersionUID = 1L;

    private final CourseProgressReport report;

    public CourseProgressRows(CourseProgressReport report, FilterSource source) {
        super(source, CourseProgressSort.class, CourseProgressSort.TITLE);
        this.report = report;
    }

    @Override
    protected long count(ReportFilter filter) {
        return report.count(filter);
    }

    @Override
    protected List<CourseProgressRow> page(ReportFilter filter, CourseProgressSort sort, boolean descending, int first, int size) {
        return report.page(filter, sort, descending, first, size);
    }

    @Override
    protected long key(CourseProgressRow row) {
        return row.courseId();
    }
}
