package org.lms.service.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.lms.domain.content.QuestionKind;

/**
 * An attempt as its learner answers it: the questions and their options, and by when to hand it
 * in. It has no place for correct answers, so none can reach the learner before they submit.
 */
public record QuizSheet(long attemptId, long courseId, long lessonId, String title, Instant startedAt, Instant dueAt,
        List<SheetQuestion> questions) implements Serializable {

    /** A question as the learner sees it: options by their place, nothing about which are correct. */
    public record SheetQuestion(long id, int position, QuestionKind kind, String text, List<String> options)
            implements Serializable {
    }
}
