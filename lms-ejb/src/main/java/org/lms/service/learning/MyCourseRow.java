package org.lms.service.learning;

import java.io.Serializable;
import java.time.LocalDate;
import org.lms.domain.learning.LearnerStatus;

/** A course on the learner's "My learning" list. */
public record MyCourseRow(long courseId, String title, String description, LearnerStatus status, int progress,
        boolean mandatory, LocalDate dueOn) implements Serializable {
}
