package org.lms.web.api.learning;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.learning.QueuedSubmission;
import org.lms.service.learning.SubmissionDetail;

/** A submission as a grader sees it in the queue; {@link Detail} when opened. */
@Schema(name = "SubmissionToGrade")
public record GradingView(long id, long courseId, String courseTitle, long lessonId, String lessonTitle, long learnerId,
        String learnerName, String learnerEmail, Instant submittedAt,
        @Schema(enumeration = {"SUBMITTED", "REPLACED", "GRADED"}) String status, Integer score, boolean hasFile) {

    static GradingView of(QueuedSubmission row) {
        return new GradingView(row.id(), row.courseId(), row.courseTitle(), row.lessonId(), row.lessonTitle(), row.learnerId(),
                row.learnerName(), row.learnerEmail(), row.submittedAt(), row.status().name(), row.score(), row.hasFile());
    }

    /** GET /submissions. */
    @Schema(name = "SubmissionToGradePage")
    public record Page(List<GradingView> items, long total) {
    }

    /** A submission with the learner's text (plain text, to be shown escaped), the file's description and the grade. */
    @Schema(name = "SubmissionDetail")
    public record Detail(long id, long courseId, String courseTitle, long lessonId, String lessonTitle,
            @Schema(description = "Sanitized rich text") String instructions, int passMark, long learnerId, String learnerName,
            String learnerEmail, Instant submittedAt, @Schema(enumeration = {"SUBMITTED", "REPLACED", "GRADED"}) String status,
            String text, String fileName, String fileContentType, Long fileSize, Integer score, boolean passed, String feedback,
            Instant gradedAt) {

        static Detail of(SubmissionDetail d) {
            return new Detail(d.id(), d.courseId(), d.courseTitle(), d.lessonId(), d.lessonTitle(), d.instructions(), d.passMark(),
                    d.learnerId(), d.learnerName(), d.learnerEmail(), d.submittedAt(), d.status().name(), d.text(),
                    d.file() == null ? null : d.file().name(), d.file() == null ? null : d.file().contentType(),
                    d.file() == null ? null : d.file().size(), d.score(), d.passed(), d.feedback(), d.gradedAt());
        }
    }
}
