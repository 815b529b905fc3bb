package org.lms.service.learning;

import static org.lms.service.permissions.TargetType.SUBMISSION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.lms.domain.content.Assignment;
import org.lms.domain.content.Course;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.learning.LessonCompletion;
import org.lms.domain.learning.Submission;
import org.lms.domain.learning.SubmissionStatus;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.content.CourseEditors;
import org.lms.service.content.FileSink;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.security.Caller;

/**
 * Grading what learners handed in for assignments. Graders are the people who may change the
 * course (its editors: content managers of its scope, and Instructors for the courses they
 * created); the queue lists exactly the submissions they may grade, filtered, sorted and paged in
 * the database. A grade is given once; at the assignment's pass mark or above it completes the
 * lesson and counts the learner's progress again as a passed quiz does (all lessons done: the
 * course is passed); below it the learner may hand in anew.
 */
@Stateless
@ScopeChecked
@RolesAllowed({Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
public class SubmissionGrading {

    private static final int MAX_PAGE_SIZE = 200;
    /** A submission with its assignment, course, organization and learner: one statement reads a page of rows. */
    private static final String FROM = " FROM Submission s JOIN s.lesson l JOIN l.course c JOIN c.organization o"
            + " JOIN s.enrollment e JOIN e.user u";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private Progress progress;

    @Inject
    private SubmissionFiles files;

    /** One page of the submissions the caller may grade that the filter selects, in one query. */
    public List<QueuedSubmission> queue(SubmissionFilter filter, int first, int size) {
        SubmissionFilter chosen = filter == null ? SubmissionFilter.awaiting() : filter;
        TypedQuery<QueuedSubmission> query = em.createQuery("SELECT NEW org.lms.service.learning.QueuedSubmission(s.id, c.id,"
                + " c.title, l.id, l.title, u.id, u.name, u.email, s.submittedAt, s.status, s.score, s.file)"
                + FROM + where(chosen, all()) + chosen.orderBy(), QueuedSubmission.class);
        return bind(query, chosen).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE))).getResultList();
    }

    /** How many submissions the caller may grade the filter selects. */
    public long count(SubmissionFilter filter) {
        SubmissionFilter chosen = filter == null ? SubmissionFilter.awaiting() : filter;
        return bind(em.createQuery("SELECT COUNT(s)" + FROM + where(chosen, all()), Long.class), chosen).getSingleResult();
    }

    /** A submission with its assignment and learner, for a grader of its course. */
    public SubmissionDetail submission(@InScope(SUBMISSION) long submissionId) {
        Submission submission = gradable(submissionId);
        return detail(submission);
    }

    /** Sends a submission's file to a grader of its course; "not found" when it has none. */
    public void sendFile(@InScope(SUBMISSION) long submissionId, FileSink sink) {
        gradable(submissionId);
        if (!files.send(submissionId, sink)) {
            throw new NotFound(SUBMISSION, submissionId);
        }
    }

    /**
     * Grades a submission waiting for it: a score from 0 to 100 and feedback (plain text, up to
     * {@value Submission#FEEDBACK_MAX} characters, or none). Grading a submission graded already, or
     * one its learner replaced, is refused.
     */
    public SubmissionDetail grade(@InScope(SUBMISSION) long submissionId, Integer score, String feedback) {
        Submission submission = gradable(submissionId);
        int checkedScore = SubmissionInput.score(score);
        String checkedFeedback = SubmissionInput.feedback(feedback);
        Enrollment enrollment = submission.getEnrollment();
        // The learner's lock: a replacement and a grade of the same submission never cross.
        em.lock(enrollment, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(submission);
        AuditRecord record = record(submission);
        if (submission.getStatus() == SubmissionStatus.GRADED) {
            guard.refuse(new Reason("rule.submissionGradedAlready"), record);
        }
        if (submission.getStatus() == SubmissionStatus.REPLACED) {
            guard.refuse(new Reason("rule.submissionReplaced"), record);
        }
        long lessonId = submission.getLesson().getId();
        String before = describe(submission);
        submission.grade(checkedScore, passMark(lessonId) <= checkedScore, checkedFeedback, Instant.now());
        enrollment.scored(checkedScore);
        if (submission.isPassed()) {
            if (em.find(LessonCompletion.class, new LessonCompletion.Key(enrollment.getId(), lessonId)) == null) {
                em.persist(new LessonCompletion(enrollment.getId(), lessonId));
            }
            em.flush();
            progress.recount(enrollment);
        }
        audit.changed(record.change(before, describe(submission)));
        return detail(submission);
    }

    /** Within the caller's scope; Instructors (without "manage content") only the courses they created. */
    private static String where(SubmissionFilter filter, boolean all) {
        return " WHERE o.path LIKE :scope AND s.status = :status" + (filter.courseId() == null ? "" : " AND c.id = :course")
                + (all ? "" : " AND c.createdBy = :me");
    }

    /** Whether the caller grades every course of their scope, not only the ones they created. */
    private boolean all() {
        return caller.require().getRole().holds(Privilege.MANAGE_CONTENT);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, SubmissionFilter filter) {
        query.setParameter("scope", caller.scopePath() + "%").setParameter("status", filter.chosenStatus());
        if (!all()) {
            query.setParameter("me", caller.require());
        }
        if (filter.courseId() != null) {
            query.setParameter("course", filter.courseId());
        }
        return query;
    }

    /** The submission, when the caller may grade its course; a refusal (audited) otherwise. */
    private Submission gradable(long submissionId) {
        Submission submission = em.find(Submission.class, submissionId);
        Course course = submission.getLesson().getCourse();
        if (!CourseEditors.mayChange(caller.require(), course)) {
            guard.refuse(new Reason("rule.onlyOwnContentGrading"), record(submission));
        }
        return submission;
    }

    private SubmissionDetail detail(Submission s) {
        Course course = s.getLesson().getCourse();
        User learner = s.getEnrollment().getUser();
        return new SubmissionDetail(s.getId(), course.getId(), course.getTitle(), s.getLesson().getId(), s.getLesson().getTitle(),
                s.getLesson().getBody(), passMark(s.getLesson().getId()), learner.getId(), learner.getName(), learner.getEmail(),
                s.getSubmittedAt(), s.getStatus(), s.getText(), s.hasFile() ? files.find(s.getId()).orElse(null) : null,
                s.getScore(), s.isPassed(), s.getFeedback(), s.getGradedAt(), s.getVersion());
    }

    private int passMark(long lessonId) {
        Assignment assignment = em.find(Assignment.class, lessonId);
        return assignment == null ? Assignment.DEFAULT_PASS_MARK : assignment.getPassMark();
    }

    private static String describe(Submission s) {
        return s.getStatus() + (s.getScore() == null ? "" : " " + s.getScore() + (s.isPassed() ? " passed" : " not passed"))
                + (s.getFeedback() == null ? "" : ": " + s.getFeedback());
    }

    private static AuditRecord record(Submission s) {
        Course course = s.getLesson().getCourse();
        return AuditRecord.of(AuditKind.SUBMISSION_GRADED, SUBMISSION, s.getId(),
                course.getTitle() + " / " + s.getLesson().getTitle() + " / " + s.getEnrollment().getUser().getName(),
                course.getOrganization().getPath());
    }
}
