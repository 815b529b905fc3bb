package org.lms.service.reports;

/**
 * The columns the group report sorts by: those of the groups themselves. The counts come from
 * queries over the page's groups only, so they cannot choose the page.
 */
public enum GroupProgressSort {
    NAME("LOWER(g.name)"), ORGANIZATION("LOWER(o.name)");

    final String expression;

    GroupProgressSort(String expression) {
        this.expression = expression;
    }
}
