package org.lms.domain.learning;

/**
 * Where a submission stands: handed in and waiting for a grader, replaced by the learner with a
 * newer one before anyone graded it, or graded (then it stays as it is, as history).
 */
public enum SubmissionStatus {
    SUBMITTED, REPLACED, GRADED
}
