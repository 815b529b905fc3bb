package org.lms.service.learning;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.learning.SubmissionStatus;

/** A row of the grading queue: whose submission, for which assignment of which course, when, and its grade. */
public record QueuedSubmission(long id, long courseId, String courseTitle, long lessonId, String lessonTitle, long learnerId,
        String learnerName, String learnerEmail, Instant submittedAt, SubmissionStatus status, Integer score, boolean hasFile)
        implements Serializable {
}
