package org.lms.service.reports;

import java.io.Serializable;

/** A course a report may be narrowed to: its id and title. */
public record ReportCourse(long courseId, String title) implements Serializable {
}
