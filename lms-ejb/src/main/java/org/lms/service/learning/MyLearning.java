package org.lms.service.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.learning.EnrollmentStatus;
import org.lms.domain.learning.LearnerStatus;
import org.lms.domain.learning.LessonCompletion;
import org.lms.domain.roles.Privilege;
import org.lms.service.content.FileSink;
import org.lms.service.content.LessonFiles;
import org.lms.service.content.StoredFile;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Refusal;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * The learner's side: the published courses assigned to the caller, the course player, and
 * marking lessons complete. Everything is the caller's own; a course not assigned to them, or not
 * published, is "not found" whoever asks, so no scope check applies.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_ASSIGNED_CONTENT, Privilege.Names.VIEW_ALL_CONTENT})
public class MyLearning {

    /** More than anyone is assigned; a bound keeps one page request small whatever happens. */
    private static final int MAX_COURSES = 500;
    private static final String STATUS = "org.lms.domain.learning.EnrollmentStatus.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Progress progress;

    @Inject
    private LessonFiles files;

    @Inject
    private MyEnrollments enrollments;

    /**
     * The caller's published courses in one query: overdue and soonest due first, then those
     * without a due date, finished ones last.
     */
    public List<MyCourseRow> courses() {
        return courses(0, MAX_COURSES);
    }

    /** A page of {@link #courses()}, read as a page from the database: at most {@value #MAX_COURSES} rows. */
    public List<MyCourseRow> courses(int first, int size) {
        LocalDate today = LocalDate.now();
        // The open statuses are written as constants, not parameters: a parameter inside CASE makes
        // EclipseLink write every value of the query into its SQL text (Derby takes no parameter
        // there), and then the database compiles a new statement for every learner and page.
        return em.createQuery("SELECT c.id, c.title, c.description, e.status, e.progress, e.mandatory, e.dueOn"
                        + " FROM Enrollment e JOIN e.course c WHERE e.user = :me AND c.status = :published"
                        + " ORDER BY CASE WHEN e.status = " + STATUS + "NOT_STARTED OR e.status = " + STATUS + "IN_PROGRESS"
                        + " THEN 0 ELSE 1 END, CASE WHEN e.dueOn IS NULL THEN 1 ELSE 0 END,"
                        + " e.dueOn, LOWER(c.title), c.id", Object[].class)
                .setParameter("me", caller.require()).setParameter("published", ContentStatus.PUBLISHED)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_COURSES)))
                .getResultStream()
                .map(r -> new MyCourseRow((Long) r[0], (String) r[1], (String) r[2],
                        LearnerStatus.of((EnrollmentStatus) r[3], (LocalDate) r[6], today), (Integer) r[4], (Boolean) r[5],
                        (LocalDate) r[6]))
                .toList();
    }

    /** The course player's outline for one of the caller's courses. */
    public CoursePlayer player(long courseId) {
        return outline(mine(courseId), lessons(courseId));
    }

    private CoursePlayer outline(Enrollment enrollment, List<Lesson> lessons) {
        long courseId = enrollment.getCourse().getId();
        Set<Long> done = completed(enrollment);
        Long resume = enrollment.getLastLessonId();
        if (resume == null || done.contains(resume)) {
            // Resume at the first lesson not yet done after the last one opened, or the first of all.
            resume = lessons.stream().filter(l -> !done.contains(l.getId())).map(Lesson::getId).findFirst()
                    .orElse(lessons.isEmpty() ? null : lessons.get(0).getId());
        }
        return new CoursePlayer(courseId, enrollment.getCourse().getTitle(), enrollment.getCourse().getDescription(),
                LearnerStatus.of(enrollment.getStatus(), enrollment.getDueOn(), LocalDate.now()), enrollment.getProgress(),
                enrollment.getDueOn(), resume,
                lessons.stream().map(l -> new PlayerLesson(l.getId(), l.getPosition(), l.getTitle(), l.getKind(),
                        done.contains(l.getId()))).toList());
    }

    /** Opens a lesson of one of the caller's courses; the player resumes here next time. */
    public LessonView lesson(long courseId, long lessonId) {
        Enrollment enrollment = mine(courseId);
        List<Lesson> lessons = lessons(courseId);
        int index = indexOf(lessons, lessonId);
        enrollment.opened(lessonId);
        Lesson lesson = lessons.get(index);
        return new LessonView(lesson.getId(), courseId, lesson.getPosition(), lesson.getTitle(), lesson.getKind(),
                lesson.getBody(), lesson.getUrl(),
                lesson.getKind() == LessonKind.FILE ? files.find(lessonId).orElse(null) : null,
                completed(enrollment).contains(lessonId),
                index > 0 ? lessons.get(index - 1).getId() : null,
                index + 1 < lessons.size() ? lessons.get(index + 1).getId() : null);
    }

    /** The stored file of a lesson of one of the caller's courses; "not found" when it has none. */
    public StoredFile lessonFile(long courseId, long lessonId) {
        requireMyLesson(courseId, lessonId);
        return files.find(lessonId).orElseThrow(() -> new NotFound(TargetType.LESSON, lessonId));
    }

    /** Sends the file of a lesson of one of the caller's courses; "not found" when it has none. */
    public void sendLessonFile(long courseId, long lessonId, FileSink sink) {
        requireMyLesson(courseId, lessonId);
        if (!files.send(lessonId, sink)) {
            throw new NotFound(TargetType.LESSON, lessonId);
        }
    }

    /**
     * Marks a lesson complete (again changes nothing) and answers the course's new outline. A quiz
     * is refused: it is completed by passing it ({@link QuizTaking}); so is an assignment, completed
     * by a passing grade ({@link SubmissionGrading}).
     */
    public CoursePlayer complete(long courseId, long lessonId) {
        Enrollment enrollment = mine(courseId);
        List<Lesson> lessons = lessons(courseId);
        LessonKind kind = lessons.get(indexOf(lessons, lessonId)).getKind();
        if (kind == LessonKind.QUIZ) {
            // Marking a quiz done would skip it: a quiz is completed by passing an attempt.
            throw new Refusal("rule.quizCompletesByPassing");
        }
        if (kind == LessonKind.ASSIGNMENT) {
            // Likewise an assignment: a grader's score at its pass mark completes it.
            throw new Refusal("rule.assignmentCompletesByGrade");
        }
        if (em.find(LessonCompletion.class, new LessonCompletion.Key(enrollment.getId(), lessonId)) == null) {
            em.persist(new LessonCompletion(enrollment.getId(), lessonId));
            em.flush();
        }
        enrollment.opened(lessonId);
        progress.recount(enrollment);
        return outline(enrollment, lessons);
    }

    /** A lesson of one of the caller's published courses, or "not found". */
    private void requireMyLesson(long courseId, long lessonId) {
        mine(courseId);
        indexOf(lessons(courseId), lessonId);
    }

    private Enrollment mine(long courseId) {
        return enrollments.published(courseId);
    }

    private List<Lesson> lessons(long courseId) {
        return em.createNamedQuery(Lesson.OF_COURSE, Lesson.class).setParameter("course", courseId).getResultList();
    }

    private Set<Long> completed(Enrollment enrollment) {
        return new HashSet<>(em.createQuery("SELECT c.key.lessonId FROM LessonCompletion c WHERE c.key.enrollmentId = :enrollment",
                Long.class).setParameter("enrollment", enrollment.getId()).getResultList());
    }

    private static int indexOf(List<Lesson> lessons, long lessonId) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).getId() == lessonId) {
                return i;
            }
        }
        throw new NotFound(TargetType.LESSON, lessonId);
    }
}
