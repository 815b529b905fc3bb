package org.lms.service.learning;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.lms.domain.learning.AssignmentTarget;

/** An assignment rule of a course: whom it names, on what terms, and how many enrollments it made. */
public record AssignmentRow(long id, AssignmentTarget targetType, long targetId, String targetLabel, boolean mandatory,
        LocalDate dueOn, String assignedByName, Instant assignedAt, long enrollments) implements Serializable {
}
