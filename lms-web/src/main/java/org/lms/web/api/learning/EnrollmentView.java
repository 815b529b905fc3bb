package org.lms.web.api.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.learning.EnrollmentRow;

/** One learner of a course and where they stand. */
@Schema(name = "Enrollment")
public record EnrollmentView(long id, long userId, String name, String email, String organizationName,
        @Schema(enumeration = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "PASSED", "FAILED", "OVERDUE"}) String status,
        @Schema(description = "Percent of the lessons completed") int progress, boolean mandatory,
        @Schema(type = SchemaType.STRING, format = "date") LocalDate dueOn,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant assignedAt,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant completedAt, Integer score) {

    static EnrollmentView of(EnrollmentRow row) {
        return new EnrollmentView(row.id(), row.userId(), row.name(), row.email(), row.organizationName(), row.status().name(),
                row.progress(), row.mandatory(), row.dueOn(), row.assignedAt(), row.completedAt(), row.score());
    }

    /** A page of learners and how many there are in all. */
    @Schema(name = "EnrollmentList")
    public record Page(List<EnrollmentView> items, long total) {
    }
}
