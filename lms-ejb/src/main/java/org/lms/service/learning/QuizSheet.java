package org.lms.service.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lms.domain.content.QuestionKind;

/**
 * An attempt as its learner answers it: the questions and their options, by when to hand it in,
 * and the learner's own answers kept so far ({@code saved}: a question's id to the places of the
 * options chosen). It has no place for correct answers, so none can reach the learner before they
 * submit.
 */
public record QuizSheet(long attemptId, long courseId, long lessonId, String title, Instant startedAt, Instant dueAt,
        List<SheetQuestion> questions, Map<Long, Set<Integer>> saved) implements Serializable {

    /** A question as the learner sees it: options by their place, nothing about which are correct. */
    public record SheetQuestion(long id, int position, QuestionKind kind, String text, List<String> options)
            implements Serializable {
    }
}
