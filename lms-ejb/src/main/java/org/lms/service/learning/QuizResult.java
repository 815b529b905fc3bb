package org.lms.service.learning;

import java.io.Serializable;
import org.lms.domain.learning.LearnerStatus;

/** A submitted attempt's grade, and where the learner stands in the course after it. */
public record QuizResult(AttemptRow attempt, int rightAnswers, int questions, LearnerStatus courseStatus, int progress)
        implements Serializable {
}
