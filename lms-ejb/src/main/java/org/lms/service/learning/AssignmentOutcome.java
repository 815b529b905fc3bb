package org.lms.service.learning;

import java.io.Serializable;

/** What assigning did: the rule (new or the one that already named the target) and how many people it enrolled now. */
public record AssignmentOutcome(long assignmentId, int enrolled) implements Serializable {
}
