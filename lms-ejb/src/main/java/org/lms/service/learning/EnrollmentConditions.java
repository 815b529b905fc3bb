package org.lms.service.learning;

/**
 * Conditions on an enrollment {@code e} in JPQL, for the queries that count or list enrollments by
 * their state (the learning tally, the reports), so that "finished" means the same everywhere.
 */
public final class EnrollmentConditions {

    private static final String STATUS = "org.lms.domain.learning.EnrollmentStatus.";

    /** Finished: completed, passed or failed (as {@code EnrollmentStatus.finished()} says). */
    public static final String FINISHED = "e.status IN (" + STATUS + "COMPLETED, " + STATUS + "PASSED, " + STATUS + "FAILED)";

    /** Open: not started or in progress. */
    public static final String OPEN = "e.status IN (" + STATUS + "NOT_STARTED, " + STATUS + "IN_PROGRESS)";

    private EnrollmentConditions() {
    }
}
