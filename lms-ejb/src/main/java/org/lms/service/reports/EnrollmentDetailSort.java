package org.lms.service.reports;

/** The columns the enrollment detail report sorts by, and the expressions they sort on. */
public enum EnrollmentDetailSort {
    LEARNER("LOWER(u.name)"), ORGANIZATION("LOWER(o.name)"), COURSE("LOWER(c.title)"), ASSIGNED_AT("e.assignedAt"),
    DUE_ON("e.dueOn"), COMPLETED_AT("e.completedAt"), PROGRESS("e.progress"), SCORE("e.score");

    final String expression;

    EnrollmentDetailSort(String expression) {
        this.expression = expression;
    }
}
