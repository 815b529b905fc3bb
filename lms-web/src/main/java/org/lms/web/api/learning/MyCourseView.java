package org.lms.web.api.learning;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.learning.CoursePlayer;
import org.lms.service.learning.LessonView;
import org.lms.web.api.content.LessonFileView;
import org.lms.service.learning.MyCourseRow;
import org.lms.service.learning.PlayerLesson;

/** A course on the signed-in person's own list. */
@Schema(name = "MyCourse")
public record MyCourseView(long id, String title, String description,
        @Schema(enumeration = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "PASSED", "FAILED", "OVERDUE"}) String status,
        @Schema(description = "Percent of the lessons completed") int progress, boolean mandatory,
        @Schema(type = SchemaType.STRING, format = "date") LocalDate dueOn) {

    static MyCourseView of(MyCourseRow row) {
        return new MyCourseView(row.courseId(), row.title(), row.description(), row.status().name(), row.progress(),
                row.mandatory(), row.dueOn());
    }

    /** The caller's courses: overdue and soonest due first, finished ones last. */
    @Schema(name = "MyCourseList")
    public record Page(List<MyCourseView> items, long total) {
    }

    /** A course as its learner takes it: the outline, where they stand, and the lesson to resume at. */
    @Schema(name = "CoursePlayer")
    public record Player(long id, String title, String description,
            @Schema(enumeration = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "PASSED", "FAILED", "OVERDUE"}) String status,
            @Schema(description = "Percent of the lessons completed") int progress,
            @Schema(type = SchemaType.STRING, format = "date") LocalDate dueOn,
            @Schema(description = "The lesson to open next; null when the course has none") Long resumeLessonId,
            List<OutlineLesson> lessons) {

        static Player of(CoursePlayer player) {
            return new Player(player.courseId(), player.title(), player.description(), player.status().name(), player.progress(),
                    player.dueOn(), player.resumeLessonId(), player.lessons().stream().map(OutlineLesson::of).toList());
        }
    }

    /** A lesson in the player's outline. */
    @Schema(name = "PlayerLesson")
    public record OutlineLesson(long id, int position, String title, @Schema(enumeration = {"TEXT", "LINK", "FILE", "QUIZ", "ASSIGNMENT"}) String kind,
            boolean completed) {

        static OutlineLesson of(PlayerLesson lesson) {
            return new OutlineLesson(lesson.id(), lesson.position(), lesson.title(), lesson.kind().name(), lesson.completed());
        }
    }

    /** One lesson opened in the player, with its neighbours. */
    @Schema(name = "LessonContent")
    public record Lesson(long id, long courseId, int position, String title,
            @Schema(enumeration = {"TEXT", "LINK", "FILE", "QUIZ", "ASSIGNMENT"}) String kind,
            @Schema(description = "Rich text (HTML), sanitized when it was saved") String body, String url,
            @Schema(description = "The file of a FILE lesson, at this lesson's /file address; null when it has none") LessonFileView file,
            boolean completed,
            @Schema(description = "The lesson before this one; null at the start") Long previousId,
            @Schema(description = "The lesson after this one; null at the end") Long nextId) {

        static Lesson of(LessonView lesson) {
            return new Lesson(lesson.id(), lesson.courseId(), lesson.position(), lesson.title(), lesson.kind().name(), lesson.body(),
                    lesson.url(), LessonFileView.of(lesson.file()), lesson.completed(), lesson.previousId(), lesson.nextId());
        }
    }
}
