package org.lms.service.learning;

import java.io.Serializable;
import org.lms.domain.learning.SubmissionStatus;

/**
 * What the grading queue shows: submissions in one status (waiting for a grade when none is
 * chosen), of one course or all the caller grades, in an order.
 */
public record SubmissionFilter(SubmissionStatus status, Long courseId, SubmissionSort sort, boolean descending)
        implements Serializable {

    /** Waiting for a grade, oldest first: the work to do. */
    public static SubmissionFilter awaiting() {
        return new SubmissionFilter(SubmissionStatus.SUBMITTED, null, SubmissionSort.SUBMITTED_AT, false);
    }

    SubmissionStatus chosenStatus() {
        return status == null ? SubmissionStatus.SUBMITTED : status;
    }

    String orderBy() {
        return (sort == null ? SubmissionSort.SUBMITTED_AT : sort).orderBy(descending);
    }
}
