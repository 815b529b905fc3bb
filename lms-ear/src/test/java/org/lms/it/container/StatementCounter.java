package org.lms.it.container;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the persistence provider sends while some work runs on this thread:
 * the check that a page reads its rows in a fixed number of queries, not one more per row (N+1).
 * Statements of other threads (timers, other requests) are not counted.
 */
final class StatementCounter extends SessionEventAdapter {

    /** The work's answer and the statements it cost. */
    record Counted<T>(T result, int statements) {
    }

    private final ThreadLocal<int[]> counts = new ThreadLocal<>();

    /**
     * Runs {@code work} and counts its statements. The listener goes on the shared server session
     * before the work starts, so the client sessions and units of work the work's transactions
     * acquire copy it.
     */
    static <T> Counted<T> count(EntityManager em, Supplier<T> work) {
        Session server = JpaHelper.getServerSession(em.getEntityManagerFactory());
        StatementCounter counter = new StatementCounter();
        server.getEventManager().addListener(counter);
        int[] count = {0};
        counter.counts.set(count);
        try {
            T result = work.get();
            return new Counted<>(result, count[0]);
        } finally {
            counter.counts.remove();
            server.getEventManager().removeListener(counter);
        }
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = counts.get();
        if (count != null) {
            count[0]++;
        }
    }
}
