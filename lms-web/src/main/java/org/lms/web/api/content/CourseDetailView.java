package org.lms.web.api.content;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.content.CourseDetail;
import org.lms.service.content.LessonRow;
import org.lms.web.api.support.OrganizationRef;

/** A course as its editor sees it, with its lessons in order. */
@Schema(name = "CourseDetail")
public record CourseDetailView(long id, String title, String description, OrganizationRef organization,
        @Schema(enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}) String status, String authorName,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(description = "Send it back with PATCH: a change made meanwhile by someone else answers 409") long version,
        @Schema(description = "Whether the caller may change the course (Instructors change only their own)") boolean editable,
        @Schema(description = "How many people are enrolled") long enrollments,
        List<LessonView> lessons) {

    static CourseDetailView of(CourseDetail detail) {
        return new CourseDetailView(detail.id(), detail.title(), detail.description(),
                new OrganizationRef(detail.organizationId(), detail.organizationName(), null), detail.status().name(),
                detail.authorName(), detail.createdAt(), detail.version(), detail.editable(), detail.enrollments(),
                detail.lessons().stream().map(LessonView::of).toList());
    }

    /** A lesson as the course editor shows it. */
    @Schema(name = "Lesson")
    public record LessonView(long id, int position, @Schema(enumeration = {"TEXT", "LINK", "FILE", "QUIZ", "ASSIGNMENT"}) String kind, String title,
            @Schema(description = "Rich text (HTML), as sanitized when it was saved") String body, String url,
            @Schema(description = "The stored file of a FILE lesson; null until one is uploaded") LessonFileView file,
            @Schema(description = "Send it back with PUT: a change made meanwhile by someone else answers 409") long version) {

        static LessonView of(LessonRow row) {
            return new LessonView(row.id(), row.position(), row.kind().name(), row.title(), row.body(), row.url(),
                    LessonFileView.of(row.file()), row.version());
        }
    }
}
