package org.lms.service.content;

import java.io.Serializable;
import java.util.List;
import org.lms.domain.content.QuestionKind;

/**
 * A quiz as its editor sees it, correct answers included: its rules, its questions in order, and
 * whether the caller may change it. {@code version} is the rules' version (0 before they were first
 * set).
 */
public record QuizEditor(long courseId, long lessonId, String title, int passMark, Integer maxAttempts,
        Integer timeLimitMinutes, long version, boolean editable, List<QuestionRow> questions) implements Serializable {

    /** A question with its options and which of them are correct. */
    public record QuestionRow(long id, int position, QuestionKind kind, String text, List<OptionRow> options, long version)
            implements Serializable {
    }

    /** An option of a question, by its place. */
    public record OptionRow(int index, String text, boolean correct) implements Serializable {
    }
}
