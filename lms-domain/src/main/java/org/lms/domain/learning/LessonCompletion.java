package org.lms.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A lesson a learner marked complete within one enrollment. */
@Entity
@Table(name = "LESSON_COMPLETION")
public class LessonCompletion {

    @EmbeddedId
    private Key key;

    @Column(name = "COMPLETED_AT", nullable = false)
    private Instant completedAt;

    protected LessonCompletion() {
    }

    public LessonCompletion(long enrollmentId, long lessonId) {
        this.key = new Key(enrollmentId, lessonId);
        this.completedAt = Instant.now();
    }

    public long getEnrollmentId() {
        return key.enrollmentId;
    }

    public long getLessonId() {
        return key.lessonId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The enrollment and the lesson. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "ENROLLMENT_ID", nullable = false)
        private long enrollmentId;

        @Column(name = "LESSON_ID", nullable = false)
        private long lessonId;

        protected Key() {
        }

        public Key(long enrollmentId, long lessonId) {
            this.enrollmentId = enrollmentId;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.enrollmentId == enrollmentId && key.lessonId == lessonId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(enrollmentId) * 31 + Long.hashCode(lessonId);
        }
    }
}
