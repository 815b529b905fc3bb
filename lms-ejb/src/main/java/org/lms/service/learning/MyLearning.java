package org.lms.service.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
    // Reads only, on every page view: no transaction of its own to begin and commit.
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MyCourseRow> courses() {
        return courses(0, MAX_COURSES);
    }

    /** A page of {@link #courses()}, read as a page from the database: at most {@value #MAX_COURSES} rows. */
    // Reads only, on every page view: no transaction of its own to begin and commit.
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MyCourseRow> courses(int first, int size) {
        LocalDate today = LocalDate.now();
        // The page's order is that of the index IX_ENROLLMENT_MY_LEARNING (FINISHED is computed from
        // the status, COURSE_TITLE_KEY is the course's title in lower case), so the database reads the
        // page's rows in order instead of sorting all of the learner's courses for every page view.
        // SQL rather than JPQL because this is the portal's busiest query: EclipseLink would build
        // its SQL again for every page (the paging is part of the statement). Derby and PostgreSQL
        // both read it, sorting empty due dates last.
        List<?> rows = em.createNativeQuery("SELECT c.ID, c.TITLE, c.DESCRIPTION, e.STATUS, e.PROGRESS, e.MANDATORY, e.DUE_ON"
                        + " FROM ENROLLMENT e JOIN COURSE c ON c.ID = e.COURSE_ID WHERE e.USER_ID = ? AND c.STATUS = ?"
                        + " ORDER BY e.FINISHED, e.DUE_ON NULLS LAST, e.COURSE_TITLE_KEY, e.COURSE_ID"
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .setParameter(1, caller.requireId())
                .setParameter(2, ContentStatus.PUBLISHED.name())
                .setParameter(3, Math.max(0, first))
                .setParameter(4, Math.max(1, Math.min(size, MAX_COURSES)))
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            LocalDate due = date(r[6]);
            return new MyCourseRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    LearnerStatus.of(EnrollmentStatus.valueOf((String) r[3]), due, today), ((Number) r[4]).intValue(),
                    (Boolean) r[5], due);
        }).toList();
    }

    /** A DATE column as the driver answers it. */
    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate local ? local : ((java.sql.Date) value).toLocalDate();
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
