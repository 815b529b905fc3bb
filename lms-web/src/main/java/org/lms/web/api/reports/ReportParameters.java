package org.lms.web.api.reports;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.reports.ReportFilter;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/**
 * The query parameters every report list shares: its filter, the page and the format. Read as
 * text, so that a wrong value is a 400 naming the parameter.
 */
public class ReportParameters {

    @QueryParam("organizationId")
    @Parameter(description = "Only learners (or groups) in this organization's subtree; it must lie in the caller's scope")
    String organizationId;

    @QueryParam("groupId")
    @Parameter(description = "Only members of this group (the group report: only this group)")
    String groupId;

    @QueryParam("courseId")
    @Parameter(description = "Only this course")
    String courseId;

    @QueryParam("assignedFrom")
    @Parameter(description = "Assigned at or after this instant (ISO-8601, such as 2026-01-31T00:00:00Z)")
    String assignedFrom;

    @QueryParam("assignedTo")
    @Parameter(description = "Assigned before this instant")
    String assignedTo;

    @QueryParam("completedFrom")
    @Parameter(description = "Completed at or after this instant")
    String completedFrom;

    @QueryParam("completedTo")
    @Parameter(description = "Completed before this instant")
    String completedTo;

    @QueryParam("status")
    @Parameter(description = "NOT_STARTED, IN_PROGRESS, COMPLETED, PASSED, FAILED or OVERDUE (unfinished after the due date)")
    String status;

    @QueryParam("page")
    @Parameter(description = "Page number from 0")
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 200 (default 50)")
    String size;

    @QueryParam("format")
    @Parameter(description = "json (default) or csv: the whole list, every page, as one RFC 4180 file in UTF-8"
            + " (needs Export reports)")
    String format;

    ReportFilter filter(Parameters parameters) {
        return new ReportFilter(parameters.number("organizationId", organizationId), parameters.number("groupId", groupId),
                parameters.number("courseId", courseId), parameters.instant("assignedFrom", assignedFrom),
                parameters.instant("assignedTo", assignedTo), parameters.instant("completedFrom", completedFrom),
                parameters.instant("completedTo", completedTo), parameters.choice("status", status, LearnerStatus.class));
    }

    Paging paging(Parameters parameters) {
        return parameters.paging(page, size);
    }

    ReportFormat format(Parameters parameters) {
        ReportFormat chosen = parameters.choice("format", format, ReportFormat.class);
        return chosen == null ? ReportFormat.JSON : chosen;
    }
}
