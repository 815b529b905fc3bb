package org.lms.service.learning;

import java.util.Map;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.learning.EnrollmentStatus;

/**
 * A learner's progress is the share of a course's lessons they marked complete (a quiz counts once
 * passed, an assignment once a submission was graded at its pass mark or above). It is stored on
 * the enrollment, so lists and reports read it without counting lessons row by row.
 */
@ApplicationScoped
public class Progress {

    @Inject
    private LearningTally tally;

    @PersistenceContext
    private EntityManager em;

    /** Counts one enrollment's progress again, after its learner marked a lesson complete. */
    public void recount(Enrollment enrollment) {
        long lessons = em.createNamedQuery(Lesson.COUNT_OF_COURSE, Long.class)
                .setParameter("course", enrollment.getCourse().getId()).getSingleResult();
        long done = em.createQuery("SELECT COUNT(c) FROM LessonCompletion c, Lesson l WHERE c.key.enrollmentId = :enrollment"
                        + " AND l.id = c.key.lessonId", Long.class)
                .setParameter("enrollment", enrollment.getId()).getSingleResult();
        boolean finished = enrollment.getStatus().finished();
        enrollment.progressed(done, lessons, graded(enrollment.getCourse().getId()));
        if (!finished && enrollment.getStatus().finished()) {
            tally.finished(enrollment);
        }
    }

    /** Whether a course holds quizzes or assignments: then finishing it is passing it. */
    public boolean graded(long courseId) {
        return em.createQuery("SELECT COUNT(l) FROM Lesson l WHERE l.course.id = :course AND (l.kind = :quiz OR l.kind = :assignment)",
                        Long.class)
                .setParameter("course", courseId).setParameter("quiz", LessonKind.QUIZ)
                .setParameter("assignment", LessonKind.ASSIGNMENT).getSingleResult() > 0;
    }

    /**
     * Counts the progress of every enrollment in a course again, in the database, after its
     * lessons changed. Someone whose remaining lessons are all done has completed the course; a
     * finished course stays finished.
     */
    public void recount(long courseId) {
        long lessons = em.createNamedQuery(Lesson.COUNT_OF_COURSE, Long.class).setParameter("course", courseId).getSingleResult();
        if (lessons == 0) {
            em.createNativeQuery("UPDATE ENROLLMENT SET PROGRESS = 0, VERSION = VERSION + 1 WHERE COURSE_ID = ?").setParameter(1, courseId).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE ENROLLMENT SET PROGRESS = (SELECT COUNT(*) FROM LESSON_COMPLETION c"
                            + " WHERE c.ENROLLMENT_ID = ENROLLMENT.ID) * 100 / ?, VERSION = VERSION + 1 WHERE COURSE_ID = ?")
                    .setParameter(1, lessons).setParameter(2, courseId).executeUpdate();
            tally.finishing("e.course.id = :course AND e.status = :inProgress AND e.progress >= 100",
                    Map.of("course", courseId, "inProgress", EnrollmentStatus.IN_PROGRESS));
            em.createNativeQuery("UPDATE ENROLLMENT SET STATUS = ?, COMPLETED_AT = CURRENT_TIMESTAMP,"
                            + " VERSION = VERSION + 1 WHERE COURSE_ID = ? AND STATUS = 'IN_PROGRESS' AND PROGRESS >= 100")
                    .setParameter(1, (graded(courseId) ? EnrollmentStatus.PASSED : EnrollmentStatus.COMPLETED).name())
                    .setParameter(2, courseId).executeUpdate();
        }
        // The updates bypassed the persistence context: nobody may read an enrollment from the cache.
        em.getEntityManagerFactory().getCache().evict(Enrollment.class);
    }
}
