package org.lms.web.reports;

/** The share of enrollments finished (completed, passed or failed), in whole percent. */
public final class CompletionRate {

    private CompletionRate() {
    }

    /** The rate in whole percent, rounded down so that 100 means all; null when there is nothing to finish. */
    public static Integer of(long finished, long enrollments) {
        if (enrollments <= 0) {
            return null;
        }
        return (int) (Math.min(finished, enrollments) * 100 / enrollments);
    }
}
