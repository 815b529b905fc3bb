package org.lms.service.reports;

import java.io.Serializable;

/** People and learning in an organization's subtree, counted by the database. */
public record OrganizationSummary(long organizationId, String organizationName, long people, long enrollments,
        long completed, long overdue) implements Serializable {
}
