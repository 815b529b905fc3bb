package org.lms.it.container;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
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

    /** The work's answer, the statements it cost, and their SQL as sent ("?" where a value is bound). */
    record Counted<T>(T result, int statements, List<String> sql) {
    }

    private final ThreadLocal<List<String>> statements = new ThreadLocal<>();

    /**
     * Runs {@code work} and counts its statements. The listener goes on the shared server session
     * before the work starts, so the client sessions and units of work the work's transactions
     * acquire copy it.
     */
    static <T> Counted<T> count(EntityManager em, Supplier<T> work) {
        Session server = JpaHelper.getServerSession(em.getEntityManagerFactory());
        StatementCounter counter = new StatementCounter();
        server.getEventManager().addListener(counter);
        List<String> sent = new ArrayList<>();
        counter.statements.set(sent);
        try {
            T result = work.get();
            return new Counted<>(result, sent.size(), List.copyOf(sent));
        } finally {
            counter.statements.remove();
            server.getEventManager().removeListener(counter);
        }
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        List<String> sent = statements.get();
        if (sent != null) {
            sent.add(event.getCall() instanceof DatabaseCall call ? String.valueOf(call.getSQLString()) : String.valueOf(event.getCall()));
        }
    }
}
