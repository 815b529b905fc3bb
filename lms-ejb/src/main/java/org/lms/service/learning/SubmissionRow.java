package org.lms.service.learning;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.learning.SubmissionStatus;

/**
 * One submission as its learner sees it: what they handed in (the text as written, the file's
 * name and size), when, where it stands, and once graded the score, whether it passed and the
 * grader's feedback.
 */
public record SubmissionRow(long id, Instant submittedAt, SubmissionStatus status, String text, String fileName,
        Long fileSize, Integer score, boolean passed, String feedback, Instant gradedAt, long version) implements Serializable {
}
