package org.lms.domain.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The rules of a quiz lesson: the share of questions a learner must answer right to pass, how
 * many attempts they have and how long one may take. One row per quiz lesson, keyed by the lesson;
 * a quiz lesson without a row yet has the defaults.
 */
@Entity
@Table(name = "QUIZ")
public class Quiz {

    public static final int DEFAULT_PASS_MARK = 80;

    @Id
    @Column(name = "LESSON_ID")
    private Long lessonId;

    @Column(name = "PASS_MARK", nullable = false)
    private int passMark = DEFAULT_PASS_MARK;

    /** None: as many attempts as the learner likes. */
    @Column(name = "MAX_ATTEMPTS")
    private Integer maxAttempts;

    /** None: no time limit. */
    @Column(name = "TIME_LIMIT_MINUTES")
    private Integer timeLimitMinutes;

    @Version
    private long version;

    protected Quiz() {
    }

    public Quiz(long lessonId) {
        this.lessonId = lessonId;
    }

    public void configure(int passMark, Integer maxAttempts, Integer timeLimitMinutes) {
        this.passMark = passMark;
        this.maxAttempts = maxAttempts;
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public int getPassMark() {
        return passMark;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public long getVersion() {
        return version;
    }
}
