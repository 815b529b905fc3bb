package org.lms.service.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.content.Question;
import org.lms.domain.content.Quiz;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.learning.LearnerStatus;
import org.lms.domain.learning.LessonCompletion;
import org.lms.domain.learning.QuizAttempt;
import org.lms.domain.roles.Privilege;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Refusal;
import org.lms.service.permissions.TargetType;

/**
 * Taking the quizzes of one's own courses: starting an attempt, handing it in, and seeing one's
 * attempts and scores. The same rule as {@link MyLearning}: a course not assigned to the caller, or
 * not published, is "not found" whoever asks, so no scope check applies.
 *
 * <p>Grading happens here, on the server: the sheet a learner answers carries no correct answers.
 * A submission after the time limit (and {@link QuizGrading#GRACE}) is graded and kept but never
 * passes: the attempt is over either way, keeping it counts it against the attempt limit and shows
 * the learner how they did, while the clock still decides.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_ASSIGNED_CONTENT, Privilege.Names.VIEW_ALL_CONTENT})
public class QuizTaking {

    @Inject
    private LearningTally tally;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MyEnrollments enrollments;

    @Inject
    private Progress progress;

    /**
     * A quiz of one of the caller's courses: its rules and the caller's attempts, oldest first. The
     * last allowed attempt left to run out unsubmitted fails the course here, as a failed submission
     * would have.
     */
    public MyQuiz quiz(long courseId, long lessonId) {
        Enrollment enrollment = enrollments.published(courseId);
        Lesson lesson = quizOf(courseId, lessonId);
        Quiz quiz = settings(lessonId);
        Instant now = Instant.now();
        List<QuizAttempt> attempts = attempts(enrollment, lessonId);
        if (settle(enrollment, quiz, attempts, now)) {
            tally.finished(enrollment);
        }
        Integer best = attempts.stream().filter(a -> a.isSubmitted() && !a.isLate()).map(QuizAttempt::getScore)
                .max(Integer::compare).orElse(null);
        Integer left = quiz.getMaxAttempts() == null ? null : Math.max(0, quiz.getMaxAttempts() - attempts.size());
        return new MyQuiz(courseId, lessonId, lesson.getTitle(), quiz.getPassMark(), quiz.getMaxAttempts(), left,
                quiz.getTimeLimitMinutes(), questions(lessonId).size(), attempts.stream().anyMatch(QuizAttempt::isPassed), best,
                attempts.stream().map(a -> row(a, now)).toList());
    }

    /**
     * Starts an attempt, or answers the one still open (so a second click costs no attempt). Refused
     * when the attempts are used up, or the quiz has no questions yet.
     */
    public QuizSheet start(long courseId, long lessonId) {
        Enrollment enrollment = locked(courseId);
        Lesson lesson = quizOf(courseId, lessonId);
        List<Question> questions = questions(lessonId);
        if (questions.isEmpty()) {
            throw new Refusal("rule.quizHasNoQuestions");
        }
        Quiz quiz = settings(lessonId);
        Instant now = Instant.now();
        List<QuizAttempt> attempts = attempts(enrollment, lessonId);
        QuizAttempt attempt = attempts.stream().filter(a -> a.isOpen(now)).findFirst().orElse(null);
        if (attempt == null) {
            if (quiz.getMaxAttempts() != null && attempts.size() >= quiz.getMaxAttempts()) {
                throw new Refusal("rule.attemptsUsedUp", quiz.getMaxAttempts());
            }
            attempt = new QuizAttempt(enrollment.getId(), lessonId, now, quiz.getTimeLimitMinutes());
            em.persist(attempt);
            em.flush();
        }
        enrollment.opened(lessonId);
        return new QuizSheet(attempt.getId(), courseId, lessonId, lesson.getTitle(), attempt.getStartedAt(), attempt.getDueAt(),
                questions.stream().map(q -> new QuizSheet.SheetQuestion(q.getId(), q.getPosition(), q.getKind(), q.getText(),
                        q.getOptions().stream().map(o -> o.getText()).toList())).toList(),
                QuizGrading.decode(attempt.getAnswers()));
    }

    /**
     * Keeps the answers of an attempt still open, as the learner chooses them, so that "Continue
     * the attempt" after a reload shows them again. The same answers as {@link #submit} takes, checked
     * the same way; nothing is graded. Refused once the attempt is handed in or its time is over.
     */
    public void keepAnswers(long courseId, long lessonId, long attemptId, Map<Long, Set<Integer>> answers) {
        Enrollment enrollment = locked(courseId);
        quizOf(courseId, lessonId);
        QuizAttempt attempt = attemptOf(enrollment, lessonId, attemptId);
        if (attempt.isSubmitted()) {
            throw new Refusal("rule.attemptSubmitted");
        }
        if (!attempt.isOpen(Instant.now())) {
            throw new Refusal("rule.attemptTimeOver");
        }
        attempt.keepDraft(QuizGrading.encode(checked(answers == null ? Map.of() : answers, questions(lessonId))));
    }

    /**
     * Hands an attempt in and grades it: {@code answers} maps a question's id to the places of the
     * options chosen; a question left out counts as wrong. Passing completes the quiz lesson and
     * counts the course's progress again (all lessons done: the course is passed); the last allowed
     * attempt failed without any pass fails the course. Handing in twice is refused.
     */
    public QuizResult submit(long courseId, long lessonId, long attemptId, Map<Long, Set<Integer>> answers) {
        Enrollment enrollment = locked(courseId);
        quizOf(courseId, lessonId);
        QuizAttempt attempt = attemptOf(enrollment, lessonId, attemptId);
        if (attempt.isSubmitted()) {
            throw new Refusal("rule.attemptSubmitted");
        }
        List<Question> questions = questions(lessonId);
        Map<Long, Set<Integer>> given = checked(answers == null ? Map.of() : answers, questions);
        Map<Long, Set<Integer>> correct = new LinkedHashMap<>();
        questions.forEach(q -> correct.put(q.getId(), q.correctOptions()));
        Quiz quiz = settings(lessonId);
        Instant now = Instant.now();
        int right = QuizGrading.right(correct, given);
        int score = QuizGrading.score(right, questions.size());
        boolean late = QuizGrading.late(attempt.getDueAt(), now);
        attempt.submit(now, QuizGrading.encode(given), score, QuizGrading.passed(score, quiz.getPassMark()), late);
        enrollment.opened(lessonId);
        if (!late) {
            enrollment.scored(score);
        }
        if (attempt.isPassed()) {
            if (em.find(LessonCompletion.class, new LessonCompletion.Key(enrollment.getId(), lessonId)) == null) {
                em.persist(new LessonCompletion(enrollment.getId(), lessonId));
            }
            em.flush();
            progress.recount(enrollment);
        } else {
            if (settle(enrollment, quiz, attempts(enrollment, lessonId), now)) {
                tally.finished(enrollment);
            }
        }
        return new QuizResult(row(attempt, now), right, questions.size(),
                LearnerStatus.of(enrollment.getStatus(), enrollment.getDueOn(), LocalDate.now()), enrollment.getProgress());
    }

    /** Every allowed attempt used, none open and none passed: the quiz, and with it the course, is failed. */
    private static boolean settle(Enrollment enrollment, Quiz quiz, List<QuizAttempt> attempts, Instant now) {
        boolean usedUp = quiz.getMaxAttempts() != null && attempts.size() >= quiz.getMaxAttempts();
        if (usedUp && !enrollment.getStatus().finished() && attempts.stream().noneMatch(a -> a.isPassed() || a.isOpen(now))) {
            enrollment.failed();
            return true;
        }
        return false;
    }

    /** The caller's enrollment, locked: two requests of one learner at once must not both use the last attempt. */
    private Enrollment locked(long courseId) {
        Enrollment enrollment = enrollments.published(courseId);
        em.lock(enrollment, LockModeType.PESSIMISTIC_WRITE);
        return enrollment;
    }

    /** The answers, each naming a question of this quiz and options it has; anything else is refused. */
    private static Map<Long, Set<Integer>> checked(Map<Long, Set<Integer>> answers, List<Question> questions) {
        Map<Long, Integer> optionCounts = new LinkedHashMap<>();
        questions.forEach(q -> optionCounts.put(q.getId(), q.getOptions().size()));
        Map<Long, Set<Integer>> given = new LinkedHashMap<>();
        for (Map.Entry<Long, Set<Integer>> answer : answers.entrySet()) {
            Integer options = answer.getKey() == null ? null : optionCounts.get(answer.getKey());
            if (options == null) {
                throw InvalidInput.field("answers", "input.unknownQuestion", String.valueOf(answer.getKey()));
            }
            Set<Integer> chosen = answer.getValue() == null ? Set.of() : answer.getValue();
            if (chosen.stream().anyMatch(o -> o == null || o < 0 || o >= options)) {
                throw InvalidInput.field("answers", "input.unknownOption", String.valueOf(answer.getKey()));
            }
            given.put(answer.getKey(), Set.copyOf(chosen));
        }
        return given;
    }

    /** An attempt of this learner at this quiz; anyone else's is "not found". */
    private QuizAttempt attemptOf(Enrollment enrollment, long lessonId, long attemptId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null || attempt.getEnrollmentId() != enrollment.getId() || attempt.getLessonId() != lessonId) {
            throw new NotFound(TargetType.ATTEMPT, attemptId);
        }
        return attempt;
    }

    private Lesson quizOf(long courseId, long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || lesson.getCourse().getId() != courseId || lesson.getKind() != LessonKind.QUIZ) {
            throw new NotFound(TargetType.LESSON, lessonId);
        }
        return lesson;
    }

    private Quiz settings(long lessonId) {
        Quiz quiz = em.find(Quiz.class, lessonId);
        return quiz == null ? new Quiz(lessonId) : quiz;
    }

    private List<Question> questions(long lessonId) {
        return em.createNamedQuery(Question.OF_QUIZ, Question.class).setParameter("lesson", lessonId).getResultList();
    }

    private List<QuizAttempt> attempts(Enrollment enrollment, long lessonId) {
        return em.createNamedQuery(QuizAttempt.OF_LEARNER, QuizAttempt.class).setParameter("enrollment", enrollment.getId())
                .setParameter("lesson", lessonId).getResultList();
    }

    private static AttemptRow row(QuizAttempt attempt, Instant now) {
        return new AttemptRow(attempt.getId(), attempt.getStartedAt(), attempt.getDueAt(), attempt.getSubmittedAt(),
                attempt.getScore(), attempt.isPassed(), attempt.isLate(), attempt.isOpen(now));
    }
}
