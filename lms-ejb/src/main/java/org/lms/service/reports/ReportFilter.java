package org.lms.service.reports;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.learning.LearnerStatus;

/**
 * Which enrollments a report counts or lists: learners in an organization's subtree or a group,
 * one course, assigned or completed within a time range (from inclusive, to exclusive), in one
 * status ("overdue" included). Nulls mean "any". The viewer's scope applies on top, always.
 */
public record ReportFilter(Long organizationId, Long groupId, Long courseId, Instant assignedFrom, Instant assignedTo,
        Instant completedFrom, Instant completedTo, LearnerStatus status) implements Serializable {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null, null);
    }

    public static ReportFilter ofCourse(long courseId) {
        return new ReportFilter(null, null, courseId, null, null, null, null, null);
    }

    public static ReportFilter ofOrganization(long organizationId) {
        return new ReportFilter(organizationId, null, null, null, null, null, null, null);
    }
}
