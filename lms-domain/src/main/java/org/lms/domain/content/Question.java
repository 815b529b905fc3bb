package org.lms.domain.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question of a quiz lesson with its options in order. Learners name an option by its place in
 * the list (0, 1, ...), so the options of a question are replaced as a whole, never one by one.
 */
@Entity
@Table(name = "QUIZ_QUESTION")
@NamedQuery(name = Question.OF_QUIZ, query = "SELECT q FROM Question q WHERE q.lessonId = :lesson ORDER BY q.position, q.id")
@NamedQuery(name = Question.COUNT_OF_QUIZ, query = "SELECT COUNT(q) FROM Question q WHERE q.lessonId = :lesson")
public class Question {

    public static final String OF_QUIZ = "Question.ofQuiz";
    public static final String COUNT_OF_QUIZ = "Question.countOfQuiz";
    public static final int TEXT_MAX = 2_000;

    @Id
    @SequenceGenerator(name = "QUIZ_QUESTION_SEQ", sequenceName = "QUIZ_QUESTION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "QUIZ_QUESTION_SEQ")
    private Long id;

    @Column(name = "LESSON_ID", nullable = false)
    private long lessonId;

    @Column(name = "QUESTION_POSITION", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "TEXT", nullable = false, length = TEXT_MAX)
    private String text;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "QUIZ_OPTION", joinColumns = @JoinColumn(name = "QUESTION_ID"))
    @OrderColumn(name = "OPTION_POSITION")
    private List<QuestionOption> options = new ArrayList<>();

    @Version
    private long version;

    protected Question() {
    }

    public Question(long lessonId, int position, QuestionKind kind, String text, List<QuestionOption> options) {
        this.lessonId = lessonId;
        this.position = position;
        change(kind, text, options);
    }

    public void change(QuestionKind kind, String text, List<QuestionOption> options) {
        this.kind = kind;
        this.text = text;
        this.options.clear();
        this.options.addAll(options);
    }

    public void moveTo(int position) {
        this.position = position;
    }

    /** The places of the correct options: what a learner must choose, no more and no less. */
    public Set<Integer> correctOptions() {
        Set<Integer> correct = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).isCorrect()) {
                correct.add(i);
            }
        }
        return correct;
    }

    public Long getId() {
        return id;
    }

    public long getLessonId() {
        return lessonId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public List<QuestionOption> getOptions() {
        return List.copyOf(options);
    }

    public long getVersion() {
        return version;
    }
}
