package org.lms.service.reports;

import java.io.Serializable;

/** One learner's assigned courses: how many, finished, overdue, and their average progress in percent. */
public record UserProgressRow(long userId, String name, String email, String organizationName, long assigned,
        long completed, long overdue, double averageProgress) implements Serializable {
}
