package org.lms.service.reports;

/** The columns the overdue list sorts by, and the expressions they sort on. */
public enum OverdueSort {
    DUE_ON("e.dueOn"), LEARNER("LOWER(u.name)"), ORGANIZATION("LOWER(o.name)"), COURSE("LOWER(c.title)");

    final String expression;

    OverdueSort(String expression) {
        this.expression = expression;
    }
}
