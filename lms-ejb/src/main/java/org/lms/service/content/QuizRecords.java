package org.lms.service.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What hangs off a quiz or assignment lesson in the database: a quiz's rules, questions with their
 * options, and the learners' attempts; an assignment's rules and the learners' submissions (their
 * files go with them, ON DELETE CASCADE). Removing a lesson removes them first, in the database,
 * because they refer to the lesson.
 */
@ApplicationScoped
public class QuizRecords {

    @PersistenceContext
    private EntityManager em;

    public void remove(long lessonId) {
        em.createQuery("DELETE FROM QuizAttempt a WHERE a.lessonId = :lesson").setParameter("lesson", lessonId).executeUpdate();
        em.createNativeQuery("DELETE FROM QUIZ_OPTION WHERE QUESTION_ID IN (SELECT ID FROM QUIZ_QUESTION WHERE LESSON_ID = ?)")
                .setParameter(1, lessonId).executeUpdate();
        em.createQuery("DELETE FROM Question q WHERE q.lessonId = :lesson").setParameter("lesson", lessonId).executeUpdate();
        em.createQuery("DELETE FROM Quiz q WHERE q.lessonId = :lesson").setParameter("lesson", lessonId).executeUpdate();
        em.createQuery("DELETE FROM Submission s WHERE s.lesson.id = :lesson").setParameter("lesson", lessonId).executeUpdate();
        em.createQuery("DELETE FROM Assignment a WHERE a.lessonId = :lesson").setParameter("lesson", lessonId).executeUpdate();
    }
}
