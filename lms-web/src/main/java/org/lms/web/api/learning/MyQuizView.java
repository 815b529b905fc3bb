package org.lms.web.api.learning;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.learning.AttemptRow;
import org.lms.service.learning.MyQuiz;
import org.lms.service.learning.QuizResult;
import org.lms.service.learning.QuizSheet;

/** A quiz of one of the caller's courses: its rules, the caller's attempts and their scores. */
@Schema(name = "MyQuiz")
public record MyQuizView(long courseId, long lessonId, String title,
        @Schema(description = "Percent of questions answered exactly right needed to pass") int passMark,
        @Schema(description = "null: unlimited") Integer maxAttempts,
        @Schema(description = "null: unlimited") Integer attemptsLeft,
        @Schema(description = "Minutes one attempt may take; null: no limit") Integer timeLimitMinutes,
        @Schema(description = "How many questions the quiz has") int questions, boolean passed,
        @Schema(description = "The best score of an attempt handed in on time; null before one") Integer bestScore,
        @Schema(description = "The caller's attempts, oldest first") List<AttemptView> items, long total) {

    static MyQuizView of(MyQuiz quiz) {
        return new MyQuizView(quiz.courseId(), quiz.lessonId(), quiz.title(), quiz.passMark(), quiz.maxAttempts(),
                quiz.attemptsLeft(), quiz.timeLimitMinutes(), quiz.questions(), quiz.passed(), quiz.bestScore(),
                quiz.attempts().stream().map(AttemptView::of).toList(), quiz.attempts().size());
    }

    /** One attempt: open, or handed in with its score. */
    @Schema(name = "QuizAttempt")
    public record AttemptView(long id, @Schema(type = SchemaType.STRING, format = "date-time") Instant startedAt,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Hand it in by then; null: no time limit") Instant dueAt,
            @Schema(type = SchemaType.STRING, format = "date-time") Instant submittedAt,
            @Schema(description = "Percent of questions answered exactly right; null while open") Integer score, boolean passed,
            @Schema(description = "Handed in after the time limit: graded, never passed") boolean late,
            @Schema(description = "Still to hand in") boolean open) {

        static AttemptView of(AttemptRow row) {
            return new AttemptView(row.id(), row.startedAt(), row.dueAt(), row.submittedAt(), row.score(), row.passed(), row.late(),
                    row.open());
        }
    }

    /** An attempt to answer: the questions and their options, without any mark of which are correct. */
    @Schema(name = "QuizSheet")
    public record Sheet(long id, long courseId, long lessonId, String title,
            @Schema(type = SchemaType.STRING, format = "date-time") Instant startedAt,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Hand it in by then; null: no time limit") Instant dueAt,
            List<SheetQuestion> questions,
            @Schema(description = "The answers saved so far on this attempt (PUT .../answers), one entry per question answered")
            List<QuizAttemptsResource.Answer> answers) {

        static Sheet of(QuizSheet sheet) {
            return new Sheet(sheet.attemptId(), sheet.courseId(), sheet.lessonId(), sheet.title(), sheet.startedAt(), sheet.dueAt(),
                    sheet.questions().stream().map(q -> new SheetQuestion(q.id(), q.position(), q.kind().name(), q.text(),
                            q.options())).toList(),
                    sheet.saved().entrySet().stream().map(a -> new QuizAttemptsResource.Answer(a.getKey(),
                            a.getValue().stream().sorted().toList())).toList());
        }
    }

    /** A question to answer; its options are named by their place, from 0. */
    @Schema(name = "QuizSheetQuestion")
    public record SheetQuestion(long id, int position,
            @Schema(enumeration = {"SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE"}) String kind, String text,
            @Schema(description = "The options' texts in order") List<String> options) {
    }

    /** A graded attempt and where the caller stands in the course after it. */
    @Schema(name = "QuizResult")
    public record Result(AttemptView attempt, int rightAnswers, int questions,
            @Schema(enumeration = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "PASSED", "FAILED", "OVERDUE"}) String courseStatus,
            @Schema(description = "Percent of the course's lessons completed") int progress) {

        static Result of(QuizResult result) {
            return new Result(AttemptView.of(result.attempt()), result.rightAnswers(), result.questions(),
                    result.courseStatus().name(), result.progress());
        }
    }
}
