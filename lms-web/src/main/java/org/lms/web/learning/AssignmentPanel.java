package org.lms.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.lms.domain.content.LessonKind;
import org.lms.service.learning.MyAssignment;
import org.lms.service.learning.MyAssignments;
import org.lms.service.learning.SubmissionFiles;
import org.lms.service.learning.SubmissionRow;
import org.lms.service.permissions.InvalidInput;
import org.lms.web.shell.Feedback;

/**
 * An assignment lesson in the course player: the learner's submissions with their status, score
 * and feedback, and a form (text and/or one file) to hand in work or replace the submission that
 * waits for its grade. The instructions are the lesson's text, shown by the player.
 */
@Named
@ViewScoped
public class AssignmentPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyAssignments assignments;

    @Inject
    private CoursePlayerPage page;

    @Inject
    private Feedback feedback;

    private MyAssignment assignment;
    /** The lesson the assignment was read for, and whether reading it failed: a failure is shown once. */
    private Long readFor;
    private boolean failed;
    private String text;
    private transient Part file;

    /** The assignment of the lesson open in the player, read once per lesson. */
    public MyAssignment getAssignment() {
        if (page.getCurrent() == null || page.getCurrent().kind() != LessonKind.ASSIGNMENT) {
            return null;
        }
        long lessonId = page.getCurrent().id();
        if (readFor == null || readFor != lessonId || assignment == null && !failed) {
            readFor = lessonId;
            failed = false;
            try {
                assignment = assignments.assignment(page.getPlayer().courseId(), lessonId);
            } catch (RuntimeException e) {
                assignment = null;
                failed = true;
                feedback.failed(e, null);
            }
        }
        return assignment;
    }

    /** Hands in the text and the chosen file, or replaces the submission waiting for its grade with them. */
    public void submit() {
        MyAssignment shown = getAssignment();
        if (shown == null) {
            return;
        }
        try {
            boolean withFile = file != null && file.getSize() > 0;
            if (withFile && file.getSize() > SubmissionFiles.MAX_BYTES) {
                // Refused before reading: the service would refuse it too, after reading it all.
                throw InvalidInput.field("file", "input.submissionFileTooLarge", SubmissionFiles.MAX_BYTES / (1024 * 1024));
            }
            try (InputStream in = withFile ? file.getInputStream() : null) {
                String name = withFile ? file.getSubmittedFileName() : null;
                SubmissionRow waiting = shown.awaiting();
                if (waiting == null) {
                    assignments.submit(shown.courseId(), shown.lessonId(), text, name, in);
                } else {
                    assignments.replace(shown.courseId(), shown.lessonId(), waiting.id(), waiting.version(), text, name, in);
                }
            }
            feedback.info(shown.awaiting() == null ? "assignment.submitted" : "assignment.replaced");
            text = null;
            assignment = null;
            page.refresh();
        } catch (IOException e) {
            feedback.error("course.fileUnreadable");
        } catch (RuntimeException e) {
            assignment = null;
            feedback.failed(e, "assignment");
        }
    }

    /** Whether the form is offered: a first or a new submission, or a replacement of the one waiting. */
    public boolean isMayHandIn() {
        MyAssignment shown = getAssignment();
        return shown != null && (shown.maySubmit() || shown.awaiting() != null);
    }

    public long getMaxFileMegabytes() {
        return SubmissionFiles.MAX_BYTES / (1024 * 1024);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
