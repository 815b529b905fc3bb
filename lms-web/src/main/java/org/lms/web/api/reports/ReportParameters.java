package org.lms.web.api.reports;

import org.lms.domain.learning.LearnerStatus;
import org.lms.service.reports.ReportFilter;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/**
 * The query parameters every report list shares, as the request gave them: its filter, the page
 * and the format. Read as text, so that a wrong value is a 400 naming the parameter. (The
 * resource names each one in its signature: Payara's OpenAPI reader fails on a bean of parameters.)
 */
record ReportParameters(String organizationId, String groupId, String courseId, String assignedFrom, String assignedTo,
        String completedFrom, String completedTo, String status, String page, String size, String format) {

    static final String ORGANIZATION = "Only learners (the group report: groups) in this organization's subtree;"
            + " it must lie in the caller's scope";
    static final String GROUP = "Only members of this group (the group report: only this group)";
    static final String COURSE = "Only this course";
    static final String INSTANT = "An instant (ISO-8601, such as 2026-01-31T00:00:00Z): from is inclusive, to exclusive";
    static final String STATUS = "NOT_STARTED, IN_PROGRESS, COMPLETED, PASSED, FAILED or OVERDUE (unfinished after the due date)";
    static final String PAGE = "Page number from 0";
    static final String SIZE = "Items per page, 1 to 200 (default 50)";
    static final String FORMAT = "json (default) or csv: the whole list, every page, as one RFC 4180 file in UTF-8"
            + " (needs Export reports)";

    ReportFilter filter(Parameters parameters) {
        ReportFilter filter = new ReportFilter(parameters.number("organizationId", organizationId),
                parameters.number("groupId", groupId), parameters.number("courseId", courseId),
                parameters.instant("assignedFrom", assignedFrom), parameters.instant("assignedTo", assignedTo),
                parameters.instant("completedFrom", completedFrom), parameters.instant("completedTo", completedTo),
                parameters.choice("status", status, LearnerStatus.class));
        // A reversed range would answer an empty report that looks like "nothing happened".
        parameters.requireOrder("assignedFrom", filter.assignedFrom(), "assignedTo", filter.assignedTo());
        parameters.requireOrder("completedFrom", filter.completedFrom(), "completedTo", filter.completedTo());
        return filter;
    }

    Paging paging(Parameters parameters) {
        return parameters.paging(page, size);
    }

    ReportFormat format(Parameters parameters) {
        return ReportFormat.read(parameters, format);
    }
}
