package org.lms.domain.learning;

import java.time.LocalDate;

/**
 * Where a learner stands as people read it: the enrollment's status, or "overdue" when it is not
 * finished and its due date has passed.
 */
public enum LearnerStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, PASSED, FAILED, OVERDUE;

    public static LearnerStatus of(EnrollmentStatus status, LocalDate dueOn, LocalDate today) {
        if (!status.finished() && dueOn != null && today.isAfter(dueOn)) {
            return OVERDUE;
        }
        return valueOf(status.name());
    }
}
