package org.lms.web.api.content;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.content.QuizEditor;

/** A quiz as its editor sees it: its rules and its questions, correct answers included. */
@Schema(name = "Quiz")
public record QuizView(long courseId, long lessonId, String title,
        @Schema(description = "Percent of questions answered exactly right needed to pass, 0 to 100") int passMark,
        @Schema(description = "Attempts a learner has; null: unlimited") Integer maxAttempts,
        @Schema(description = "Minutes one attempt may take; null: no limit") Integer timeLimitMinutes,
        @Schema(description = "The rules' version (0 before they were first set); send it back with PUT") long version,
        @Schema(description = "Whether the caller may change the quiz (Instructors change only their own)") boolean editable,
        List<QuestionView> questions) {

    static QuizView of(QuizEditor quiz) {
        return new QuizView(quiz.courseId(), quiz.lessonId(), quiz.title(), quiz.passMark(), quiz.maxAttempts(),
                quiz.timeLimitMinutes(), quiz.version(), quiz.editable(), quiz.questions().stream().map(QuestionView::of).toList());
    }

    /** A question with its options and which of them are correct. */
    @Schema(name = "QuizQuestion")
    public record QuestionView(long id, int position,
            @Schema(enumeration = {"SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE"}) String kind, String text,
            List<OptionView> options,
            @Schema(description = "Send it back with PUT: a change made meanwhile by someone else answers 409") long version) {

        static QuestionView of(QuizEditor.QuestionRow row) {
            return new QuestionView(row.id(), row.position(), row.kind().name(), row.text(),
                    row.options().stream().map(o -> new OptionView(o.index(), o.text(), o.correct())).toList(), row.version());
        }
    }

    /** An option of a question, by its place (from 0). */
    @Schema(name = "QuizOption")
    public record OptionView(int index, String text, boolean correct) {
    }
}
