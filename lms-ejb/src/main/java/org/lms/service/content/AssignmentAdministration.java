package org.lms.service.content;

import static org.lms.service.permissions.TargetType.COURSE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lms.domain.content.Assignment;
import org.lms.domain.content.Course;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.roles.Privilege;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * The rules of a course's assignment lessons: the pass mark a grade must reach. The same people may
 * change it, in the same scope, as change the course's lessons, and a change is audited as a lesson
 * change. The instructions are the lesson's text, written with the lesson.
 */
@Stateless
@ScopeChecked
@RolesAllowed({Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
public class AssignmentAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    /** An assignment lesson's rules; "not found" for a lesson of another kind. */
    public AssignmentEditor assignment(@InScope(COURSE) long courseId, long lessonId) {
        Course course = em.find(Course.class, courseId);
        Lesson lesson = assignmentOf(course, lessonId);
        Assignment assignment = settings(lessonId);
        return new AssignmentEditor(courseId, lessonId, lesson.getTitle(), assignment.getPassMark(), assignment.getVersion(),
                CourseEditors.mayChange(caller.require(), course));
    }

    /**
     * Sets the pass mark (0 to 100). Submissions graded already keep whether they passed; the new
     * mark applies to the next grade.
     */
    public void configure(@InScope(COURSE) long courseId, long lessonId, Integer passMark, long version) {
        Course course = em.find(Course.class, courseId);
        if (!CourseEditors.mayChange(caller.require(), course)) {
            guard.refuse(new Reason("rule.onlyOwnContent"), CourseAdministration.record(AuditKind.LESSON_CHANGED, course));
        }
        Lesson lesson = assignmentOf(course, lessonId);
        if (passMark == null || passMark < 0 || passMark > 100) {
            throw InvalidInput.field("passMark", "input.outOfRange", 0, 100);
        }
        Assignment assignment = settings(lessonId);
        InvalidInput.requireCurrent(assignment.getVersion(), version);
        int before = assignment.getPassMark();
        assignment.requirePassMark(passMark);
        if (!em.contains(assignment)) {
            em.persist(assignment);
        }
        audit.changed(CourseAdministration.record(AuditKind.LESSON_CHANGED, course)
                .change(lesson.getTitle() + ": pass " + before + "%", lesson.getTitle() + ": pass " + passMark + "%"));
    }

    /** A lesson of the course that is an assignment; any other id is not found, as there is no such assignment. */
    private Lesson assignmentOf(Course course, long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || !lesson.getCourse().getId().equals(course.getId()) || lesson.getKind() != LessonKind.ASSIGNMENT) {
            throw new NotFound(TargetType.LESSON, lessonId);
        }
        return lesson;
    }

    /** The stored rules, or the defaults (not yet stored) when none were set. */
    private Assignment settings(long lessonId) {
        Assignment assignment = em.find(Assignment.class, lessonId);
        return assignment == null ? new Assignment(lessonId) : assignment;
    }
}
