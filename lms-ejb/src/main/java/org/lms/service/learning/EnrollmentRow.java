package org.lms.service.learning;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.lms.domain.learning.LearnerStatus;

/** One learner of a course, as the course's enrollment list shows them. */
public record EnrollmentRow(long id, long userId, String name, String email, String organizationName, LearnerStatus status,
        int progress, boolean mandatory, LocalDate dueOn, Instant assignedAt, Instant completedAt, Integer score)
        implements Serializable {
}
