package org.lms.service.learning;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.learning.SubmissionStatus;
import org.lms.service.content.StoredFile;

/**
 * A submission as a grader opens it: the assignment (instructions and pass mark), the learner, the
 * text as written (to be shown escaped), the file's description, and the grade once given.
 */
public record SubmissionDetail(long id, long courseId, String courseTitle, long lessonId, String lessonTitle,
        String instructions, int passMark, long learnerId, String learnerName, String learnerEmail, Instant submittedAt,
        SubmissionStatus status, String text, StoredFile file, Integer score, boolean passed, String feedback,
        Instant gradedAt, long version) implements Serializable {
}
