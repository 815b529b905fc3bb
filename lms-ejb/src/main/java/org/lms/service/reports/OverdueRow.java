package org.lms.service.reports;

import java.io.Serializable;
import java.time.LocalDate;

/** An assigned course past its due date and not finished: whose, where, and how late. */
public record OverdueRow(long enrollmentId, long userId, String learnerName, String email, String organizationName,
        long courseId, String courseTitle, LocalDate dueOn, long daysOverdue) implements Serializable {
}
