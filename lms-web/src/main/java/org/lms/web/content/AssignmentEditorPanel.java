package org.lms.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.lms.service.content.AssignmentAdministration;
import org.lms.service.content.AssignmentEditor;
import org.lms.service.content.LessonRow;
import org.lms.web.shell.Feedback;

/**
 * The pass mark of the assignment lesson open in the course editor, saved with the version read
 * (a change made meanwhile is refused). Which lesson it edits follows {@link CourseEditorPage}.
 */
@Named
@ViewScoped
public class AssignmentEditorPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssignmentAdministration assignments;

    @Inject
    private CourseEditorPage page;

    @Inject
    private Feedback feedback;

    private AssignmentEditor assignment;
    /** A lesson whose assignment could not be read: the failure is shown once, not on every look. */
    private Long unreadable;
    private Integer passMark;

    /** The assignment of the lesson being edited, read when another lesson is opened. */
    public AssignmentEditor getAssignment() {
        LessonRow lesson = page.getEditedLesson();
        if (!page.isAssignmentLesson() || lesson == null) {
            return null;
        }
        if ((assignment == null || assignment.lessonId() != lesson.id()) && (unreadable == null || unreadable != lesson.id())) {
            read(page.getCourse().id(), lesson.id());
        }
        return assignment != null && assignment.lessonId() == lesson.id() ? assignment : null;
    }

    public void save() {
        try {
            assignments.configure(assignment.courseId(), assignment.lessonId(), passMark, assignment.version());
            feedback.info("assignment.passMarkSaved", passMark);
            read(assignment.courseId(), assignment.lessonId());
        } catch (RuntimeException e) {
            feedback.failed(e, "assignmentRules");
        }
    }

    private void read(long courseId, long lessonId) {
        try {
            assignment = assignments.assignment(courseId, lessonId);
            passMark = assignment.passMark();
            unreadable = null;
        } catch (RuntimeException e) {
            assignment = null;
            unreadable = lessonId;
            feedback.failed(e, null);
        }
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }
}
