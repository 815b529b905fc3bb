package org.lms.service.learning;

/** The orders of the grading queue; each ends on the submission's id, so pages never overlap. */
public enum SubmissionSort {
    SUBMITTED_AT("s.submittedAt"),
    COURSE("LOWER(c.title)"),
    LEARNER("LOWER(u.name)");

    private final String expression;

    SubmissionSort(String expression) {
        this.expression = expression;
    }

    String orderBy(boolean descending) {
        String direction = descending ? " DESC" : "";
        return " ORDER BY " + expression + direction + ", s.id" + direction;
    }
}
