package org.lms.service.content;

import static org.lms.service.permissions.TargetType.COURSE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.lms.domain.content.Course;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.content.Question;
import org.lms.domain.content.Quiz;
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
 * Writing the quizzes of a course: their rules and questions. The same people may do it, in the
 * same scope, as change the course's lessons (a quiz is one of them), and changes are audited as
 * lesson changes. The editor's view holds the correct answers; learners never get it.
 */
@Stateless
@ScopeChecked
@RolesAllowed({Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
public class QuizAdministration {

    /** Enough for a thorough test; a bound keeps one attempt's page and its stored answers small. */
    static final int MAX_QUESTIONS = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    /** A quiz lesson with its rules and questions, correct answers included. */
    public QuizEditor quiz(@InScope(COURSE) long courseId, long lessonId) {
        Course course = em.find(Course.class, courseId);
        Lesson lesson = quizOf(course, lessonId);
        Quiz quiz = settings(lessonId);
        List<QuizEditor.QuestionRow> questions = questions(lessonId).stream()
                .map(q -> new QuizEditor.QuestionRow(q.getId(), q.getPosition(), q.getKind(), q.getText(),
                        IntStream.range(0, q.getOptions().size()).mapToObj(i -> new QuizEditor.OptionRow(i,
                                q.getOptions().get(i).getText(), q.getOptions().get(i).isCorrect())).toList(),
                        q.getVersion()))
                .toList();
        return new QuizEditor(courseId, lessonId, lesson.getTitle(), quiz.getPassMark(), quiz.getMaxAttempts(),
                quiz.getTimeLimitMinutes(), quiz.getVersion(), CourseAdministration.mayChange(caller.require(), course),
                questions);
    }

    /**
     * Sets a quiz's pass mark, attempts and time limit. Attempts already made keep the grade they
     * got; the new rules apply from the next attempt.
     */
    public void configure(@InScope(COURSE) long courseId, long lessonId, QuizSettings settings, long version) {
        Course course = manageable(courseId);
        Lesson lesson = quizOf(course, lessonId);
        QuizSettings checked = QuestionInput.check(settings);
        Quiz quiz = settings(lessonId);
        InvalidInput.requireCurrent(quiz.getVersion(), version);
        String before = describe(quiz);
        quiz.configure(checked.passMark(), checked.maxAttempts(), checked.timeLimitMinutes());
        if (!em.contains(quiz)) {
            em.persist(quiz);
        }
        audit.changed(CourseAdministration.record(AuditKind.LESSON_CHANGED, course)
                .change(lesson.getTitle() + ": " + before, lesson.getTitle() + ": " + describe(quiz)));
    }

    /** Adds a question at the end of a quiz. */
    public long addQuestion(@InScope(COURSE) long courseId, long lessonId, QuestionDraft draft) {
        Course course = manageable(courseId);
        Lesson lesson = quizOf(course, lessonId);
        QuestionInput input = QuestionInput.check(draft);
        long count = em.createNamedQuery(Question.COUNT_OF_QUIZ, Long.class).setParameter("lesson", lessonId).getSingleResult();
        if (count >= MAX_QUESTIONS) {
            throw InvalidInput.field("text", "input.tooManyQuestions", MAX_QUESTIONS);
        }
        Question question = new Question(lessonId, (int) count, input.kind(), input.text(), input.options());
        em.persist(question);
        em.flush();
        audit.changed(CourseAdministration.record(AuditKind.LESSON_CHANGED, course)
                .change(lesson.getTitle(), lesson.getTitle() + ": + " + input.text()));
        return question.getId();
    }

    /** Replaces a question's kind, text and options; a stale version is refused, so nothing is lost. */
    public void changeQuestion(@InScope(COURSE) long courseId, long lessonId, long questionId, QuestionDraft draft,
            long version) {
        Course course = manageable(courseId);
        Lesson lesson = quizOf(course, lessonId);
        Question question = questionOf(lessonId, questionId);
        QuestionInput input = QuestionInput.check(draft);
        InvalidInput.requireCurrent(question.getVersion(), version);
        String before = question.getText();
        question.change(input.kind(), input.text(), input.options());
        audit.changed(CourseAdministration.record(AuditKind.LESSON_CHANGED, course)
                .change(lesson.getTitle() + ": " + before, lesson.getTitle() + ": " + input.text()));
    }

    /**
     * Removes a question. Attempts already graded keep their score; later ones are graded on the
     * questions that remain.
     */
    public void removeQuestion(@InScope(COURSE) long courseId, long lessonId, long questionId) {
        Course course = manageable(courseId);
        Lesson lesson = quizOf(course, lessonId);
        Question question = questionOf(lessonId, questionId);
        em.remove(question);
        em.flush();
        renumber(lessonId);
        audit.changed(CourseAdministration.record(AuditKind.LESSON_CHANGED, course)
                .change(lesson.getTitle() + ": " + question.getText(), lesson.getTitle()));
    }

    /** Moves a question one place up ({@code -1}) or down ({@code +1}); at either end nothing changes. */
    public void moveQuestion(@InScope(COURSE) long courseId, long lessonId, long questionId, int direction) {
        Course course = manageable(courseId);
        quizOf(course, lessonId);
        Question question = questionOf(lessonId, questionId);
        List<Question> questions = new ArrayList<>(questions(lessonId));
        int from = questions.indexOf(question);
        int to = from + Integer.signum(direction);
        if (direction == 0 || to < 0 || to >= questions.size()) {
            return;
        }
        questions.add(to, questions.remove(from));
        place(questions);
    }

    private void renumber(long lessonId) {
        place(questions(lessonId));
    }

    private static void place(List<Question> questions) {
        for (int position = 0; position < questions.size(); position++) {
            if (questions.get(position).getPosition() != position) {
                questions.get(position).moveTo(position);
            }
        }
    }

    private Course manageable(long courseId) {
        Course course = em.find(Course.class, courseId);
        if (!CourseAdministration.mayChange(caller.require(), course)) {
            guard.refuse(new Reason("rule.onlyOwnContent"), CourseAdministration.record(AuditKind.LESSON_CHANGED, course));
        }
        return course;
    }

    /** A lesson of the course that is a quiz; any other id is not found, as there is no such quiz. */
    private Lesson quizOf(Course course, long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || !lesson.getCourse().getId().equals(course.getId()) || lesson.getKind() != LessonKind.QUIZ) {
            throw new NotFound(TargetType.LESSON, lessonId);
        }
        return lesson;
    }

    private Question questionOf(long lessonId, long questionId) {
        Question question = em.find(Question.class, questionId);
        if (question == null || question.getLessonId() != lessonId) {
            throw new NotFound(TargetType.QUESTION, questionId);
        }
        return question;
    }

    /** The quiz's stored rules, or the defaults (not yet stored) when none were set. */
    private Quiz settings(long lessonId) {
        Quiz quiz = em.find(Quiz.class, lessonId);
        return quiz == null ? new Quiz(lessonId) : quiz;
    }

    private List<Question> questions(long lessonId) {
        return em.createNamedQuery(Question.OF_QUIZ, Question.class).setParameter("lesson", lessonId).getResultList();
    }

    private static String describe(Quiz quiz) {
        return "pass " + quiz.getPassMark() + "%, attempts " + (quiz.getMaxAttempts() == null ? "-" : quiz.getMaxAttempts())
                + ", minutes " + (quiz.getTimeLimitMinutes() == null ? "-" : quiz.getTimeLimitMinutes());
    }
}
