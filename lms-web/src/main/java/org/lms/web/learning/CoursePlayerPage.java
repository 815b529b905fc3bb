package org.lms.web.learning;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.lms.domain.content.LessonKind;
import org.lms.service.learning.CoursePlayer;
import org.lms.service.learning.LessonView;
import org.lms.service.learning.MyLearning;
import org.lms.service.permissions.NotFound;
import org.lms.web.shell.AddressParameters;
import org.lms.web.shell.Feedback;

/**
 * The course player: the outline, one lesson, its neighbours and "Mark complete" (a quiz has
 * {@link QuizTakingPanel} instead, an assignment {@link AssignmentPanel}). Without a lesson
 * in the address it opens the one the service says to resume at. A course the caller is not
 * assigned, or one not published, is "not found".
 */
@Named
@ViewScoped
public class CoursePlayerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyLearning learning;

    @Inject
    private Feedback feedback;

    private String course;
    private String lesson;
    private CoursePlayer player;
    private LessonView current;

    public void load() {
        if (player != null) {
            return;
        }
        Long courseId = AddressParameters.id(course);
        Long lessonId = AddressParameters.id(lesson);
        if (courseId == null || lesson != null && lessonId == null) {
            feedback.notFoundPage();
            return;
        }
        try {
            player = learning.player(courseId);
            Long opening = lessonId != null ? lessonId : player.resumeLessonId();
            current = opening == null ? null : learning.lesson(courseId, opening);
        } catch (NotFound | EJBAccessException e) {
            player = null;
            feedback.notFoundPage();
        }
    }

    public void complete() {
        try {
            player = learning.complete(player.courseId(), current.id());
            current = learning.lesson(player.courseId(), current.id());
            feedback.info("learn.completed", current.title());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
    }

    /** Reads the outline and the open lesson again, after something done elsewhere on the page (a quiz handed in). */
    public void refresh() {
        try {
            player = learning.player(player.courseId());
            current = learning.lesson(player.courseId(), current.id());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
    }

    /** Whether the open lesson is a quiz: it is completed by passing it, not by marking it. */
    public boolean isQuiz() {
        return current != null && current.kind() == LessonKind.QUIZ;
    }

    /** Whether the open lesson is completed by a grade (a quiz passed, an assignment graded), not by marking it. */
    public boolean isGraded() {
        return current != null && (current.kind() == LessonKind.QUIZ || current.kind() == LessonKind.ASSIGNMENT);
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public CoursePlayer getPlayer() {
        return player;
    }

    public LessonView getCurrent() {
        return current;
    }
}
