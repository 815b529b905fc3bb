package org.lms.web.content;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lms.domain.content.QuestionKind;
import org.lms.service.content.LessonRow;
import org.lms.service.content.QuestionDraft;
import org.lms.service.content.QuizAdministration;
import org.lms.service.content.QuizEditor;
import org.lms.service.content.QuizSettings;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;
import org.lms.web.i18n.Messages;
import org.lms.web.shell.Feedback;

/**
 * The quiz of the lesson open in the course editor: its rules (saved with the version read, so a
 * change made meanwhile is refused) and its questions, with one question form for adding and
 * changing. Which lesson it edits follows {@link CourseEditorPage}.
 */
@Named
@ViewScoped
public class QuizEditorPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As many options as the service accepts; the form offers no more. */
    static final int MAX_OPTIONS = 10;
    private static final int MIN_OPTIONS = 2;
    private static final Pattern OPTION_FIELD = Pattern.compile("options\\[(\\d+)\\]");

    @Inject
    private QuizAdministration quizzes;

    @Inject
    private CourseEditorPage page;

    @Inject
    private Feedback feedback;

    @Inject
    private Messages messages;

    private QuizEditor quiz;
    /** A lesson whose quiz could not be read: the failure is shown once, not on every look. */
    private Long unreadable;
    private Integer passMark;
    private Integer maxAttempts;
    private Integer timeLimitMinutes;
    private Long confirmingRemoval;

    /** The question in the form: null while none, {@link #NEW_QUESTION} for a new one. */
    private Long editing;
    private long questionVersion;
    private QuestionKind kind = QuestionKind.SINGLE_CHOICE;
    private String text;
    private List<OptionField> options = new ArrayList<>();

    private static final long NEW_QUESTION = -1;

    /** The quiz of the lesson being edited, read when another lesson is opened. */
    public QuizEditor getQuiz() {
        LessonRow lesson = page.getEditedLesson();
        if (!page.isQuizLesson() || lesson == null) {
            return null;
        }
        if ((quiz == null || quiz.lessonId() != lesson.id()) && (unreadable == null || unreadable != lesson.id())) {
            editing = null;
            confirmingRemoval = null;
            if (!read(lesson.id())) {
                unreadable = lesson.id();
                return null;
            }
            unreadable = null;
            showRules();
        }
        return quiz;
    }

    public void saveRules() {
        try {
            if (passMark == null) {
                throw InvalidInput.field("passMark", "input.required");
            }
            quizzes.configure(quiz.courseId(), quiz.lessonId(), new QuizSettings(passMark, maxAttempts, timeLimitMinutes),
                    quiz.version());
            feedback.info("quiz.rulesSaved", quiz.title());
            read(quiz.lessonId());
            showRules();
        } catch (RuntimeException e) {
            feedback.failed(e, "quiz");
        }
    }

    public void newQuestion() {
        editing = NEW_QUESTION;
        questionVersion = 0;
        kind = QuestionKind.SINGLE_CHOICE;
        text = null;
        options = new ArrayList<>(List.of(new OptionField(null, false), new OptionField(null, false)));
    }

    public void editQuestion(QuizEditor.QuestionRow question) {
        editing = question.id();
        questionVersion = question.version();
        kind = question.kind();
        text = question.text();
        options = new ArrayList<>(question.options().stream().map(o -> new OptionField(o.text(), o.correct())).toList());
        fitOptionsToKind();
    }

    public void cancelQuestion() {
        editing = null;
    }

    /** The kind changed: a true or false question has its two options, named for it. */
    public void kindChanged() {
        fitOptionsToKind();
    }

    public void addOption() {
        if (options.size() < MAX_OPTIONS) {
            options.add(new OptionField(null, false));
        }
    }

    public void removeOption(int index) {
        if (options.size() > MIN_OPTIONS && index >= 0 && index < options.size()) {
            options.remove(index);
        }
    }

    public void saveQuestion() {
        QuestionDraft draft = new QuestionDraft(kind, text,
                options.stream().map(o -> new QuestionDraft.OptionDraft(o.getText(), o.isCorrect())).toList());
        try {
            if (isAddingQuestion()) {
                quizzes.addQuestion(quiz.courseId(), quiz.lessonId(), draft);
                feedback.info("quiz.questionAdded");
            } else {
                quizzes.changeQuestion(quiz.courseId(), quiz.lessonId(), editing, draft, questionVersion);
                feedback.info("quiz.questionSaved");
            }
            editing = null;
            read(quiz.lessonId());
            page.reload(); // the lesson list counts the quiz's questions
        } catch (InvalidInput e) {
            showNextToOptions(e);
        } catch (RuntimeException e) {
            feedback.failed(e, "question");
        }
    }

    public void move(QuizEditor.QuestionRow question, int direction) {
        try {
            quizzes.moveQuestion(quiz.courseId(), quiz.lessonId(), question.id(), direction);
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        read(quiz.lessonId());
    }

    public void askToRemove(QuizEditor.QuestionRow question) {
        confirmingRemoval = question.id();
    }

    public void cancelRemoval() {
        confirmingRemoval = null;
    }

    public void remove(QuizEditor.QuestionRow question) {
        confirmingRemoval = null;
        try {
            quizzes.removeQuestion(quiz.courseId(), quiz.lessonId(), question.id());
            feedback.info("quiz.questionRemoved");
            if (editing != null && editing == question.id()) {
                editing = null;
            }
            page.reload(); // the lesson list counts the quiz's questions
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        read(quiz.lessonId());
    }

    public boolean isConfirmingRemoval(QuizEditor.QuestionRow question) {
        return confirmingRemoval != null && confirmingRemoval == question.id();
    }

    public boolean isEditingQuestion() {
        return editing != null;
    }

    public boolean isAddingQuestion() {
        return editing != null && editing == NEW_QUESTION;
    }

    public boolean isTrueFalse() {
        return kind == QuestionKind.TRUE_FALSE;
    }

    public boolean isMayAddOption() {
        return !isTrueFalse() && options.size() < MAX_OPTIONS;
    }

    public boolean isMayRemoveOption() {
        return !isTrueFalse() && options.size() > MIN_OPTIONS;
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    /**
     * The service names an option's text {@code options[i]}; on the page it is the i-th row's field,
     * so its reason goes there. The others go where {@link Feedback} puts them.
     */
    private void showNextToOptions(InvalidInput invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, Reason> others = new LinkedHashMap<>();
        for (Map.Entry<String, Reason> entry : invalid.fieldReasons().entrySet()) {
            Matcher option = OPTION_FIELD.matcher(entry.getKey());
            if (option.matches()) {
                faces.addMessage("question:optionRows:" + option.group(1) + ":option",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, feedback.text(entry.getValue()), null));
                faces.validationFailed();
            } else {
                others.put(entry.getKey(), entry.getValue());
            }
        }
        if (!others.isEmpty()) {
            feedback.failed(InvalidInput.fields(others), "question");
        }
    }

    private void fitOptionsToKind() {
        if (kind != QuestionKind.TRUE_FALSE) {
            return;
        }
        boolean trueIsCorrect = !options.isEmpty() && options.get(0).isCorrect();
        boolean falseIsCorrect = options.size() > 1 && options.get(1).isCorrect();
        options = new ArrayList<>(List.of(new OptionField(messages.get("quiz.true"), trueIsCorrect),
                new OptionField(messages.get("quiz.false"), falseIsCorrect)));
    }

    private boolean read(long lessonId) {
        try {
            quiz = quizzes.quiz(page.getCourse().id(), lessonId);
            return true;
        } catch (RuntimeException e) {
            quiz = null;
            feedback.failed(e, null);
            return false;
        }
    }

    private void showRules() {
        passMark = quiz.passMark();
        maxAttempts = quiz.maxAttempts();
        timeLimitMinutes = quiz.timeLimitMinutes();
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<OptionField> getOptions() {
        return options;
    }

    /** One option in the question form: its text and whether it is a correct answer. */
    public static class OptionField implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private boolean correct;

        OptionField(String text, boolean correct) {
            this.text = text;
            this.correct = correct;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }
    }
}
