package org.lms.web.reports;

import java.util.List;
import org.lms.service.reports.EnrollmentDetailReport;
import org.lms.service.reports.EnrollmentDetailRow;
import org.lms.service.reports.EnrollmentDetailSort;
import org.lms.service.reports.ReportFilter;

/** Every enrollment of the filter, by learner unless sorted otherwise, a page at a time. */
public class EnrollmentDetailRows extends ReportRows<EnrollmentDetailRow, EnrollmentDetailSort> {

    private static final long serialVersionUID = 1L;

    private final EnrollmentDetailReport report;

    public EnrollmentDetailRows(EnrollmentDetailReport report, FilterSource source) {
        super(source, EnrollmentDetailSort.class, EnrollmentDetailSort.LEARNER);
        this.report = report;
    }

    @Override
    protected long count(ReportFilter filter) {
        return report.count(filter);
    }

    @Override
    protected List<EnrollmentDetailRow> page(ReportFilter filter, EnrollmentDetailSort sort, boolean descending, int first, int size) {
        return report.page(filter, sort, descending, first, size);
    }

    @Override
    protected long key(EnrollmentDetailRow row) {
        return row.enrollmentId();
    }
}
