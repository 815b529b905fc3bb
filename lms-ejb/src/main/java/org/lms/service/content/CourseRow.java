package org.lms.service.content;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.content.ContentStatus;

/** A course in the library or a learner's list. */
public record CourseRow(long id, String title, String organizationName, ContentStatus status, String authorName,
        Instant createdAt, long version) implements Serializable {
}
