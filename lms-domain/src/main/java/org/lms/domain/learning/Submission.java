package org.lms.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.lms.domain.content.Lesson;

/**
 * Work a learner handed in for an assignment lesson, within their enrollment: plain text, a file
 * (kept beside it, see the SUBMISSION_FILE table) or both. A grader scores it once; until then the
 * learner may replace it with a newer submission, which leaves this one as {@link SubmissionStatus#REPLACED}.
 */
@Entity
@Table(name = "SUBMISSION")
@NamedQuery(name = Submission.OF_LEARNER, query = "SELECT s FROM Submission s WHERE s.enrollment.id = :enrollment"
        + " AND s.lesson.id = :lesson ORDER BY s.submittedAt, s.id")
public class Submission {

    public static final String OF_LEARNER = "Submission.ofLearner";
    public static final int TEXT_MAX = 20_000;
    public static final int FEEDBACK_MAX = 5_000;
    public static final int SCORE_MIN = 0;
    public static final int SCORE_MAX = 100;

    @Id
    @SequenceGenerator(name = "SUBMISSION_SEQ", sequenceName = "SUBMISSION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SUBMISSION_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ENROLLMENT_ID", nullable = false)
    private Enrollment enrollment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "LESSON_ID", nullable = false)
    private Lesson lesson;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private SubmissionStatus status;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;

    /** Plain text as the learner wrote it; shown escaped, never as markup. */
    @Column(name = "TEXT_CONTENT", length = TEXT_MAX)
    private String text;

    @Column(name = "HAS_FILE", nullable = false)
    private boolean file;

    @Column(name = "SCORE")
    private Integer score;

    @Column(name = "PASSED", nullable = false)
    private boolean passed;

    @Column(name = "FEEDBACK", length = FEEDBACK_MAX)
    private String feedback;

    @Column(name = "GRADED_AT")
    private Instant gradedAt;

    @Version
    private long version;

    protected Submission() {
    }

    public Submission(Enrollment enrollment, Lesson lesson, String text, Instant at) {
        this.enrollment = enrollment;
        this.lesson = lesson;
        this.text = text;
        this.submittedAt = at;
        this.status = SubmissionStatus.SUBMITTED;
    }

    /** A file was stored with it. */
    public void fileAttached() {
        this.file = true;
    }

    /** A newer submission of the learner takes its place before anyone graded it. */
    public void replaced() {
        this.status = SubmissionStatus.REPLACED;
    }

    public void grade(int score, boolean passed, String feedback, Instant at) {
        this.score = score;
        this.passed = passed;
        this.feedback = feedback;
        this.gradedAt = at;
        this.status = SubmissionStatus.GRADED;
    }

    public boolean isAwaitingGrade() {
        return status == SubmissionStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getText() {
        return text;
    }

    public boolean hasFile() {
        return file;
    }

    public Integer getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public long getVersion() {
        return version;
    }
}
