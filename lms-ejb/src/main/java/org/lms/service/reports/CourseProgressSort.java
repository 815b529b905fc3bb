package org.lms.service.reports;

/** The columns the course progress report sorts by, and the expressions (or result variables) they sort on. */
public enum CourseProgressSort {
    TITLE("LOWER(c.title)"), ENROLLED("enrolled"), COMPLETED("finished"), AVERAGE_SCORE("averageScore"), OVERDUE("overdue");

    final String expression;

    CourseProgressSort(String expression) {
        this.expression = expression;
    }
}
