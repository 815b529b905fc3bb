package org.lms.web.learning;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lms.domain.content.QuestionKind;
import org.lms.service.learning.AttemptRow;
import org.lms.service.learning.MyQuiz;
import org.lms.service.learning.QuizResult;
import org.lms.service.learning.QuizSheet;
import org.lms.service.learning.QuizTaking;
import org.lms.web.shell.Feedback;

/**
 * A quiz lesson in the course player: its rules and the learner's attempts, "Start quiz", the
 * attempt's sheet and "Submit", then the grade. The sheet comes from the service without correct
 * answers; grading happens there. A learner who passed may try again while attempts remain (the
 * pass stays, the best score counts); with no attempts left there is nothing to start.
 */
@Named
@ViewScoped
public class QuizTakingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuizTaking taking;

    @Inject
    private CoursePlayerPage page;

    @Inject
    private Feedback feedback;

    private MyQuiz quiz;
    /** The lesson the quiz was read for, and whether reading it failed: a failure is shown once. */
    private Long readFor;
    private boolean failed;
    private QuizSheet sheet;
    private List<Answer> answers;
    private QuizResult result;
    /** When the answers were last kept on the server; null before the first change. */
    private Instant keptAt;

    /** The quiz of the lesson open in the player, read once per lesson. */
    public MyQuiz getQuiz() {
        if (!page.isQuiz()) {
            return null;
        }
        long lessonId = page.getCurrent().id();
        if (readFor == null || readFor != lessonId || quiz == null && !failed) {
            readFor = lessonId;
            failed = false;
            try {
                quiz = taking.quiz(page.getPlayer().courseId(), page.getCurrent().id());
            } catch (RuntimeException e) {
                quiz = null;
                failed = true;
                feedback.failed(e, null);
            }
        }
        return quiz;
    }

    /** Starts an attempt, or goes on with the one still open. */
    public void start() {
        try {
            sheet = taking.start(quiz.courseId(), quiz.lessonId());
            answers = sheet.questions().stream()
                    .map(q -> new Answer(q.id(), q.kind(), sheet.saved().getOrDefault(q.id(), Set.of()))).toList();
            result = null;
            quiz = taking.quiz(quiz.courseId(), quiz.lessonId());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
    }

    /**
     * Keeps the answers chosen so far on the server, on every change: a reload, a crash or a lost
     * connection then costs nothing. The time of the last save is shown; a failure says why.
     */
    public void keep() {
        try {
            taking.keepAnswers(quiz.courseId(), quiz.lessonId(), sheet.attemptId(), given());
            keptAt = Instant.now();
        } catch (RuntimeException e) {
            keptAt = null;
            feedback.failed(e, null);
        }
    }

    private Map<Long, Set<Integer>> given() {
        Map<Long, Set<Integer>> given = new LinkedHashMap<>();
        answers.forEach(a -> given.put(a.questionId, a.chosen()));
        return given;
    }

    /** Hands the attempt in; the grade, the attempts and the outline's progress follow. */
    public void submit() {
        Map<Long, Set<Integer>> given = given();
        try {
            result = taking.submit(quiz.courseId(), quiz.lessonId(), sheet.attemptId(), given);
            feedback.info(result.attempt().passed() ? "quiz.passedMessage" : "quiz.failedMessage", result.attempt().score());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        sheet = null;
        answers = null;
        keptAt = null;
        quiz = null;
        page.refresh();
    }

    /** Whether "Start quiz" is offered: questions to answer, and an attempt open or left. */
    public boolean isMayStart() {
        MyQuiz shown = getQuiz();
        return shown != null && sheet == null && shown.questions() > 0
                && (isAttemptOpen() || shown.attemptsLeft() == null || shown.attemptsLeft() > 0);
    }

    public boolean isAttemptOpen() {
        return quiz != null && quiz.attempts().stream().anyMatch(AttemptRow::open);
    }

    /** A question's options for the page, each valued by its place. */
    public List<SelectItem> options(QuizSheet.SheetQuestion question) {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            items.add(new SelectItem(String.valueOf(i), question.options().get(i)));
        }
        return items;
    }

    public QuizSheet getSheet() {
        return sheet;
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public Instant getKeptAt() {
        return keptAt;
    }

    public QuizResult getResult() {
        return result;
    }

    /** The learner's answer to one question of the sheet, as the page's radio buttons or checkboxes hold it. */
    public static class Answer implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long questionId;
        private final QuestionKind kind;
        private String choice;
        private String[] choices = new String[0];

        /** An answer as the learner left it: {@code saved} holds the places of the options chosen so far. */
        Answer(long questionId, QuestionKind kind, Set<Integer> saved) {
            this.questionId = questionId;
            this.kind = kind;
            List<String> places = saved.stream().sorted().map(String::valueOf).toList();
            if (kind == QuestionKind.MULTIPLE_CHOICE) {
                choices = places.toArray(String[]::new);
            } else if (!places.isEmpty()) {
                choice = places.get(0);
            }
        }

        /** The places of the options chosen; anything not a place is left out for the service to judge. */
        Set<Integer> chosen() {
            List<String> values = new ArrayList<>();
            if (kind == QuestionKind.MULTIPLE_CHOICE) {
                values.addAll(Arrays.asList(choices));
            } else if (choice != null) {
                values.add(choice);
            }
            return values.stream().filter(v -> v != null && v.matches("\\d{1,2}")).map(Integer::valueOf)
                    .collect(Collectors.toSet());
        }

        public boolean isMultiple() {
            return kind == QuestionKind.MULTIPLE_CHOICE;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }

        public String[] getChoices() {
            return choices;
        }

        public void setChoices(String[] choices) {
            this.choices = choices == null ? new String[0] : choices;
        }
    }
}
