package org.lms.service.content;

import java.io.Serializable;
import org.lms.domain.content.ContentStatus;
import org.lms.service.platform.Like;

/**
 * What the content library shows: courses whose title contains {@code text}, in one state, sorted
 * by title, state or creation (newest first unless asked otherwise). Nulls mean "any".
 */
public record CourseFilter(String text, ContentStatus status, Sort sort, boolean ascending) implements Serializable {

    /** The columns the library sorts by, and the expressions they sort on. */
    public enum Sort {
        TITLE("LOWER(c.title)"), STATUS("c.status"), CREATED("c.createdAt");

        private final String expression;

        Sort(String expression) {
            this.expression = expression;
        }

        String expression() {
            return expression;
        }
    }

    public static CourseFilter all() {
        return new CourseFilter(null, null, Sort.CREATED, false);
    }

    String pattern() {
        return text == null || text.isBlank() ? null : Like.contains(text);
    }

    String orderBy() {
        Sort by = sort == null ? Sort.CREATED : sort;
        String direction = ascending ? " ASC" : " DESC";
        return " ORDER BY " + by.expression() + direction + ", c.id" + direction;
    }
}
