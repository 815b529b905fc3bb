package org.lms.web.api.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.learning.AssignmentRow;

/** An assignment rule of a course: whom it names, on what terms, and how many enrollments it made. */
@Schema(name = "Assignment")
public record AssignmentView(long id, @Schema(enumeration = {"USER", "GROUP", "ORGANIZATION"}) String targetType, long targetId,
        String targetLabel, boolean mandatory, @Schema(type = SchemaType.STRING, format = "date") LocalDate dueOn,
        String assignedByName, @Schema(type = SchemaType.STRING, format = "date-time") Instant assignedAt, long enrollments) {

    static AssignmentView of(AssignmentRow row) {
        return new AssignmentView(row.id(), row.targetType().name(), row.targetId(), row.targetLabel(), row.mandatory(),
                row.dueOn(), row.assignedByName(), row.assignedAt(), row.enrollments());
    }

    /** The assignment rules of a course, newest first. */
    @Schema(name = "AssignmentList")
    public record Page(List<AssignmentView> items, long total) {
    }

    /** What assigning did: the rule, new or the one that already named the target, and how many people it enrolled now. */
    @Schema(name = "AssignmentOutcome")
    public record Outcome(long id, @Schema(description = "How many people this call enrolled") int enrolled) {
    }
}
