package org.lms.service.content;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.lms.domain.content.ContentStatus;

/** A course as its editor sees it: the description, the lessons in order, and who may change it. */
public record CourseDetail(long id, String title, String description, long organizationId, String organizationName,
        ContentStatus status, String authorName, Instant createdAt, long version, boolean editable, long enrollments,
        List<LessonRow> lessons) implements Serializable {
}
