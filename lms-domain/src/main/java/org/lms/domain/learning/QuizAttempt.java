package org.lms.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One attempt of a learner at a quiz lesson, within their enrollment: when it started, by when it
 * must be handed in (with a time limit), and once submitted the answers given and the grade.
 */
@Entity
@Table(name = "QUIZ_ATTEMPT")
@NamedQuery(name = QuizAttempt.OF_LEARNER, query = "SELECT a FROM QuizAttempt a WHERE a.enrollmentId = :enrollment"
        + " AND a.lessonId = :lesson ORDER BY a.startedAt, a.id")
public class QuizAttempt {

    public static final String OF_LEARNER = "QuizAttempt.ofLearner";
    /** Room for the answers to the most questions a quiz may have, each with all its options chosen. */
    public static final int ANSWERS_MAX = 8_000;

    @Id
    @SequenceGenerator(name = "QUIZ_ATTEMPT_SEQ", sequenceName = "QUIZ_ATTEMPT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "QUIZ_ATTEMPT_SEQ")
    private Long id;

    @Column(name = "ENROLLMENT_ID", nullable = false)
    private long enrollmentId;

    @Column(name = "LESSON_ID", nullable = false)
    private long lessonId;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    /** When the time limit runs out; none without a time limit. */
    @Column(name = "DUE_AT")
    private Instant dueAt;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Column(name = "SCORE")
    private Integer score;

    @Column(name = "PASSED", nullable = false)
    private boolean passed;

    /** Handed in after the time limit: graded for the learner to see, never passed. */
    @Column(name = "LATE", nullable = false)
    private boolean late;

    /** Question id and the places of the options chosen, such as {@code 51=0,2;52=1}. */
    @Column(name = "ANSWERS", length = ANSWERS_MAX)
    private String answers;

    @Version
    private long version;

    protected QuizAttempt() {
    }

    public QuizAttempt(long enrollmentId, long lessonId, Instant startedAt, Integer timeLimitMinutes) {
        this.enrollmentId = enrollmentId;
        this.lessonId = lessonId;
        this.startedAt = startedAt;
        this.dueAt = timeLimitMinutes == null ? null : startedAt.plusSeconds(timeLimitMinutes * 60L);
    }

    public void submit(Instant at, String answers, int score, boolean passed, boolean late) {
        this.submittedAt = at;
        this.answers = answers;
        this.score = score;
        this.passed = passed && !late;
        this.late = late;
    }

    /**
     * Keeps the answers chosen so far, so that a reload or a lost connection does not cost the
     * learner their work. Only an attempt not yet handed in holds a draft; grading reads the
     * answers sent with the submission, not this draft.
     */
    public void keepDraft(String answers) {
        if (submittedAt != null) {
            throw new IllegalStateException("attempt " + id + " was handed in");
        }
        this.answers = answers;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Still open at {@code now}: not handed in, and its time (if limited) not over. */
    public boolean isOpen(Instant now) {
        return submittedAt == null && (dueAt == null || now.isBefore(dueAt));
    }

    public Long getId() {
        return id;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public long getLessonId() {
        return lessonId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Integer getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public boolean isLate() {
        return late;
    }

    public String getAnswers() {
        return answers;
    }

    public long getVersion() {
        return version;
    }
}
