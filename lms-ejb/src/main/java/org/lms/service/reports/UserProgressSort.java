package org.lms.service.reports;

/** The columns the user progress report sorts by, and the expressions (or result variables) they sort on. */
public enum UserProgressSort {
    NAME("LOWER(u.name)"), ORGANIZATION("LOWER(o.name)"), ASSIGNED("assigned"), COMPLETED("finished"), OVERDUE("overdue"),
    AVERAGE_PROGRESS("averageProgress");

    final String expression;

    UserProgressSort(String expression) {
        this.expression = expression;
    }
}
