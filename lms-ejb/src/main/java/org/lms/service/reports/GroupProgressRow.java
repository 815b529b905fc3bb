package org.lms.service.reports;

import java.io.Serializable;

/** One group (team): its members of the viewer's scope, their enrollments, finished ones and overdue ones. */
public record GroupProgressRow(long groupId, String name, String organizationName, long members, long enrollments,
        long completed, long overdue) implements Serializable {
}
