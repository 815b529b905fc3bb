package org.lms.service.learning;

import java.io.Serializable;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.platform.Like;

/**
 * Which learners of a course to list: name or email containing {@code text}, in one status
 * ("overdue" included), sorted by a column. Nulls mean "any"; the default order is by name.
 */
public record EnrollmentFilter(String text, LearnerStatus status, Sort sort, boolean ascending) implements Serializable {

    /** The columns the list sorts by, and the expressions they sort on. */
    public enum Sort {
        NAME("LOWER(u.name)"), STATUS("e.status"), PROGRESS("e.progress"), DUE("e.dueOn"), ASSIGNED("e.assignedAt");

        private final String expression;

        Sort(String expression) {
            this.expression = expression;
        }
    }

    public static EnrollmentFilter all() {
        return new EnrollmentFilter(null, null, Sort.NAME, true);
    }

    String pattern() {
        return text == null || text.isBlank() ? null : Like.contains(text);
    }

    String orderBy() {
        String direction = ascending ? " ASC" : " DESC";
        return " ORDER BY " + (sort == null ? Sort.NAME : sort).expression + direction + ", e.id" + direction;
    }
}
