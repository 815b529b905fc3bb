package org.lms.domain.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The rules of an assignment lesson (work learners hand in and a grader scores): the score a
 * submission needs to complete the lesson. One row per assignment lesson, keyed by the lesson; a
 * lesson without a row yet has the default. Not to be confused with {@code CourseAssignment}, which
 * gives a course to people.
 */
@Entity
@Table(name = "ASSIGNMENT_TASK")
public class Assignment {

    public static final int DEFAULT_PASS_MARK = 50;

    @Id
    @Column(name = "LESSON_ID")
    private Long lessonId;

    @Column(name = "PASS_MARK", nullable = false)
    private int passMark = DEFAULT_PASS_MARK;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(long lessonId) {
        this.lessonId = lessonId;
    }

    public void requirePassMark(int passMark) {
        this.passMark = passMark;
    }

    /** Whether a score completes the assignment. */
    public boolean passes(int score) {
        return score >= passMark;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public int getPassMark() {
        return passMark;
    }

    public long getVersion() {
        return version;
    }
}
