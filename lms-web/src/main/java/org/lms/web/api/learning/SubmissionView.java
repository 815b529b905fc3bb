package org.lms.web.api.learning;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.learning.MyAssignment;
import org.lms.service.learning.SubmissionRow;

/** A submission as its learner sees it; {@link Assignment} is the assignment with all of them. */
@Schema(name = "MySubmission")
public record SubmissionView(long id, Instant submittedAt,
        @Schema(enumeration = {"SUBMITTED", "REPLACED", "GRADED"}) String status, String text, String fileName, Long fileSize,
        @Schema(description = "0 to 100, once graded") Integer score, boolean passed, String feedback, Instant gradedAt,
        @Schema(description = "Send it back to replace the submission while it waits for its grade") long version) {

    static SubmissionView of(SubmissionRow row) {
        return new SubmissionView(row.id(), row.submittedAt(), row.status().name(), row.text(), row.fileName(), row.fileSize(),
                row.score(), row.passed(), row.feedback(), row.gradedAt(), row.version());
    }

    /** An assignment of one of the caller's courses with the caller's submissions, oldest first. */
    @Schema(name = "MyAssignment")
    public record Assignment(long courseId, long lessonId, String title,
            @Schema(description = "Sanitized rich text") String instructions, int passMark, boolean passed,
            @Schema(description = "Whether a new submission may be handed in (none waits for a grade, none passed)") boolean maySubmit,
            List<SubmissionView> submissions) {

        static Assignment of(MyAssignment assignment) {
            return new Assignment(assignment.courseId(), assignment.lessonId(), assignment.title(), assignment.instructions(),
                    assignment.passMark(), assignment.passed(), assignment.maySubmit(),
                    assignment.submissions().stream().map(SubmissionView::of).toList());
        }
    }
}
