package org.lms.service.reports;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.lms.domain.learning.LearnerStatus;

/**
 * One assigned course of one learner, as a transcript lists it: who, where, which course, where
 * they stand (overdue included), and when it was assigned, is due and was finished. The score is
 * the best one handed in, when the course has quizzes or assignments.
 */
public record EnrollmentDetailRow(long enrollmentId, long userId, String learnerName, String email, String organizationName,
        long courseId, String courseTitle, LearnerStatus status, boolean mandatory, int progress, Integer score,
        Instant assignedAt, LocalDate dueOn, Instant completedAt) implements Serializable {
}
