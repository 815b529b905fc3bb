package org.lms.service.reports;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.lms.domain.learning.EnrollmentStatus;

/** One assigned course in a learner's history. */
public record HistoryEntry(long courseId, String courseTitle, EnrollmentStatus status, int progress, Integer score,
        LocalDate dueOn, Instant completedAt) implements Serializable {
}
