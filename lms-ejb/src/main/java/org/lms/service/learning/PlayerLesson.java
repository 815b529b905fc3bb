package org.lms.service.learning;

import java.io.Serializable;
import org.lms.domain.content.LessonKind;

/** A lesson in the course player's outline: whether the learner marked it complete. */
public record PlayerLesson(long id, int position, String title, LessonKind kind, boolean completed) implements Serializable {
}
