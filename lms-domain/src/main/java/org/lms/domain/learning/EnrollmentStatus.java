package org.lms.domain.learning;

/** Where a learner stands in an assigned course. "Overdue" is derived from the due date. */
public enum EnrollmentStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, PASSED, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == PASSED || this == FAILED;
    }
}
