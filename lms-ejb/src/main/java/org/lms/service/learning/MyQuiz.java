package org.lms.service.learning;

import java.io.Serializable;
import java.util.List;

/**
 * A quiz of one of the learner's courses as they see it before and after attempts: its rules,
 * attempts left (none: unlimited), whether they passed, their best score and their attempts.
 */
public record MyQuiz(long courseId, long lessonId, String title, int passMark, Integer maxAttempts, Integer attemptsLeft,
        Integer timeLimitMinutes, int questions, boolean passed, Integer bestScore, List<AttemptRow> attempts)
        implements Serializable {
}
