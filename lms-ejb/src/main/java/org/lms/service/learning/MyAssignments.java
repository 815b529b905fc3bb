package org.lms.service.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lms.domain.content.Assignment;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.learning.Submission;
import org.lms.domain.learning.SubmissionStatus;
import org.lms.domain.roles.Privilege;
import org.lms.service.content.FileSink;
import org.lms.service.content.StoredFile;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Refusal;
import org.lms.service.permissions.TargetType;

/**
 * Handing in work for the assignments of one's own courses, seeing one's submissions with their
 * grades, and downloading the files one handed in. The same rule as {@link MyLearning}: a course
 * not assigned to the caller, or not published, is "not found" whoever asks, so no scope check
 * applies; so is a submission that is not the caller's own.
 *
 * <p>A learner has at most one submission waiting for a grade: they may replace it until a grader
 * scores it. A grade below the pass mark lets them hand in a new one; a passing grade completes the
 * lesson, and then there is nothing more to hand in. Graded and replaced submissions stay as history.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_ASSIGNED_CONTENT, Privilege.Names.VIEW_ALL_CONTENT})
public class MyAssignments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MyEnrollments enrollments;

    @Inject
    private SubmissionFiles files;

    /** An assignment of one of the caller's courses: its instructions, pass mark and the caller's submissions. */
    public MyAssignment assignment(long courseId, long lessonId) {
        Enrollment enrollment = enrollments.published(courseId);
        Lesson lesson = assignmentOf(courseId, lessonId);
        List<Submission> submissions = submissions(enrollment, lessonId);
        Map<Long, StoredFile> stored = files.ofEnrollment(enrollment.getId());
        List<SubmissionRow> rows = submissions.stream().map(s -> row(s, stored.get(s.getId()))).toList();
        boolean passed = submissions.stream().anyMatch(Submission::isPassed);
        SubmissionRow awaiting = rows.stream().filter(r -> r.status() == SubmissionStatus.SUBMITTED)
                .findFirst().orElse(null);
        return new MyAssignment(courseId, lessonId, lesson.getTitle(), lesson.getBody(), passMark(lessonId), passed,
                !passed && awaiting == null, awaiting, rows);
    }

    /**
     * Hands in text (plain, up to {@value Submission#TEXT_MAX} characters) and/or a file (without
     * a file, {@code file} is null). Refused while another submission waits for its grade (replace
     * that one instead), and once the assignment is passed.
     */
    public SubmissionRow submit(long courseId, long lessonId, String text, String fileName, InputStream file) {
        Enrollment enrollment = locked(courseId);
        Lesson lesson = assignmentOf(courseId, lessonId);
        List<Submission> submissions = submissions(enrollment, lessonId);
        if (submissions.stream().anyMatch(Submission::isPassed)) {
            throw new Refusal("rule.assignmentPassed");
        }
        if (submissions.stream().anyMatch(Submission::isAwaitingGrade)) {
            throw new Refusal("rule.submissionAwaitsGrade");
        }
        return handIn(enrollment, lesson, text, fileName, file);
    }

    /**
     * Replaces the caller's submission that waits for a grade with a new one (text and/or file, as
     * {@link #submit}); the replaced one stays, marked replaced, and can no longer be graded. A stale
     * {@code version} (the submission changed meanwhile) and a graded or replaced submission are refused.
     */
    public SubmissionRow replace(long courseId, long lessonId, long submissionId, long version, String text, String fileName,
            InputStream file) {
        Enrollment enrollment = locked(courseId);
        Lesson lesson = assignmentOf(courseId, lessonId);
        Submission previous = em.find(Submission.class, submissionId);
        if (!isOf(previous, enrollment, lessonId)) {
            throw new NotFound(TargetType.SUBMISSION, submissionId);
        }
        em.refresh(previous);
        if (!previous.isAwaitingGrade()) {
            throw new Refusal("rule.submissionNotReplaceable");
        }
        InvalidInput.requireCurrent(previous.getVersion(), version);
        previous.replaced();
        return handIn(enrollment, lesson, text, fileName, file);
    }

    /**
     * Sends the file the caller handed in with one of their submissions to this assignment (any of
     * them: waiting, graded or replaced). Someone else's submission, one of another assignment and
     * one without a file are "not found", like a course that is not the caller's.
     */
    public void sendFile(long courseId, long lessonId, long submissionId, FileSink sink) {
        Enrollment enrollment = enrollments.published(courseId);
        assignmentOf(courseId, lessonId);
        Submission submission = em.find(Submission.class, submissionId);
        if (!isOf(submission, enrollment, lessonId) || !submission.hasFile() || !files.send(submissionId, sink)) {
            throw new NotFound(TargetType.SUBMISSION, submissionId);
        }
    }

    private SubmissionRow handIn(Enrollment enrollment, Lesson lesson, String text, String fileName, InputStream file) {
        String clean = SubmissionInput.text(text);
        if (clean == null && file == null) {
            throw InvalidInput.field("text", "input.textOrFileRequired");
        }
        Submission submission = new Submission(enrollment, lesson, clean, Instant.now());
        em.persist(submission);
        em.flush();
        StoredFile stored = null;
        if (file != null) {
            stored = files.store(submission.getId(), fileName, file);
            submission.fileAttached();
        }
        enrollment.opened(lesson.getId());
        em.flush();
        return row(submission, stored);
    }

    /** The caller's enrollment, locked: two requests at once must not both hand in, nor race a grader. */
    private Enrollment locked(long courseId) {
        Enrollment enrollment = enrollments.published(courseId);
        em.lock(enrollment, LockModeType.PESSIMISTIC_WRITE);
        return enrollment;
    }

    private Lesson assignmentOf(long courseId, long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || lesson.getCourse().getId() != courseId || lesson.getKind() != LessonKind.ASSIGNMENT) {
            throw new NotFound(TargetType.LESSON, lessonId);
        }
        return lesson;
    }

    /** Whether the submission is one of the enrollment's, for this assignment lesson. */
    private static boolean isOf(Submission submission, Enrollment enrollment, long lessonId) {
        return submission != null && submission.getEnrollment().getId().equals(enrollment.getId())
                && submission.getLesson().getId().equals(lessonId);
    }

    private int passMark(long lessonId) {
        Assignment assignment = em.find(Assignment.class, lessonId);
        return assignment == null ? Assignment.DEFAULT_PASS_MARK : assignment.getPassMark();
    }

    private List<Submission> submissions(Enrollment enrollment, long lessonId) {
        return em.createNamedQuery(Submission.OF_LEARNER, Submission.class).setParameter("enrollment", enrollment.getId())
                .setParameter("lesson", lessonId).getResultList();
    }

    static SubmissionRow row(Submission s, StoredFile file) {
        return new SubmissionRow(s.getId(), s.getSubmittedAt(), s.getStatus(), s.getText(), file == null ? null : file.name(),
                file == null ? null : file.size(), s.getScore(), s.isPassed(), s.getFeedback(), s.getGradedAt(), s.getVersion());
    }
}
