package org.lms.service.learning;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of the learner's attempts at a quiz: open (still to hand in), or handed in with its score;
 * late when it came after the time limit, which never passes.
 */
public record AttemptRow(long id, Instant startedAt, Instant dueAt, Instant submittedAt, Integer score, boolean passed,
        boolean late, boolean open) implements Serializable {
}
