package org.lms.service.platform;

import java.util.Locale;

/**
 * Search text for JPQL {@code LIKE ... ESCAPE '\'}: what a person types is matched literally,
 * wildcards included, and case-insensitively against a lower-cased column.
 */
public final class Like {

    /** Append to a {@code LIKE :param} in JPQL. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private Like() {
    }

    /** A pattern matching values that contain {@code text}; blank text matches everything. */
    public static String contains(String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + escape(clean) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
