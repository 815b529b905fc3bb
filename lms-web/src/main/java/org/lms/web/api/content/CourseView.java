package org.lms.web.api.content;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.content.CourseRow;

/** A course of the content library. */
@Schema(name = "Course")
public record CourseView(long id, String title, String organizationName,
        @Schema(enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}) String status, String authorName,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(description = "Send it back with PATCH: a change made meanwhile by someone else answers 409") long version) {

    static CourseView of(CourseRow row) {
        return new CourseView(row.id(), row.title(), row.organizationName(), row.status().name(), row.authorName(),
                row.createdAt(), row.version());
    }

    /** A page of courses and how many there are in all. */
    @Schema(name = "CourseList")
    public record Page(List<CourseView> items, long total) {
    }
}
