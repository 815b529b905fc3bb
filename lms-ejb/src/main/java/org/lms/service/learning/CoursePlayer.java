package org.lms.service.learning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.lms.domain.learning.LearnerStatus;

/** A course as its learner takes it: the outline, where they stand, and the lesson to resume at. */
public record CoursePlayer(long courseId, String title, String description, LearnerStatus status, int progress,
        LocalDate dueOn, Long resumeLessonId, List<PlayerLesson> lessons) implements Serializable {
}
