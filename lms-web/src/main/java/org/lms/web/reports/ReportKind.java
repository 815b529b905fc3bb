package org.lms.web.reports;

import java.util.Locale;
import java.util.Optional;

/** The reports the Reports page shows and exports, with the base names of their files. */
public enum ReportKind {
    COURSES("course-progress"), PEOPLE("people-progress"), GROUPS("group-progress"), OVERDUE("overdue"),
    ENROLLMENTS("enrollments"), ORGANIZATIONS("organizations"), PROGRESS("progress-over-time");

    private final String fileName;

    ReportKind(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The name used in export links, e.g. "courses". */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportKind> parse(String name) {
        for (ReportKind kind : values()) {
            if (kind.parameter().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
