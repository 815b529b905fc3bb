package org.lms.service.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.organizations.Organization;
import org.lms.domain.users.User;

/**
 * Keeps LEARNING_TALLY: per organization and due date, how many enrollments its people have and
 * how many of those are finished. The organization summary reads it instead of every enrollment.
 * Every change of an enrollment's existence, finishing, or learner's organization passes through
 * here in the transaction that makes it, so the counts are exactly those of the enrollments.
 * <p>
 * Changes are applied in key order, so two transactions touching the same rows take their locks in
 * the same order and do not deadlock each other.
 */
@ApplicationScoped
public class LearningTally {

    /** The key of enrollments without a due date: never overdue. */
    public static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);
    /** The counts from the enrollments themselves: the migration and {@link #rebuild} both use it. */
    private static final String COUNTED = "SELECT u.ORGANIZATION_ID, COALESCE(e.DUE_ON, CAST('9999-12-31' AS DATE)), COUNT(*),"
            + " SUM(CASE WHEN e.STATUS IN ('COMPLETED', 'PASSED', 'FAILED') THEN 1 ELSE 0 END)"
            + " FROM ENROLLMENT e JOIN LMS_USER u ON u.ID = e.USER_ID GROUP BY u.ORGANIZATION_ID, e.DUE_ON";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TallyRows rows;

    /** One row of the tally. */
    public record Key(long organizationId, LocalDate dueOn) implements Comparable<Key> {

        public Key {
            dueOn = dueOn == null ? NO_DUE_DATE : dueOn;
        }

        @Override
        public int compareTo(Key other) {
            int byOrganization = Long.compare(organizationId, other.organizationId);
            return byOrganization != 0 ? byOrganization : dueOn.compareTo(other.dueOn);
        }
    }

    /** Changes gathered before they are written: one statement per row touched, whatever the number of enrollments. */
    public static final class Changes {

        private final Map<Key, long[]> deltas = new TreeMap<>();

        public Changes enrolled(long organizationId, LocalDate dueOn, boolean finished) {
            return add(new Key(organizationId, dueOn), 1, finished ? 1 : 0);
        }

        public Changes enrolled(Enrollment enrollment) {
            return enrolled(organizationOf(enrollment), enrollment.getDueOn(), enrollment.getStatus().finished());
        }

        Changes add(Key key, long enrolled, long finished) {
            long[] delta = deltas.computeIfAbsent(key, k -> new long[2]);
            delta[0] += enrolled;
            delta[1] += finished;
            return this;
        }
    }

    /** New enrollments. */
    public void enrolled(Changes made) {
        apply(made);
    }

    /** One enrollment made. */
    public void enrolled(Enrollment enrollment) {
        apply(new Changes().enrolled(enrollment));
    }

    /** An enrollment just went from open to finished (completed, passed or failed). */
    public void finished(Enrollment enrollment) {
        apply(new Changes().add(new Key(organizationOf(enrollment), enrollment.getDueOn()), 0, 1));
    }

    /** An enrollment about to be removed on its own. */
    public void removing(Enrollment enrollment) {
        apply(new Changes().add(new Key(organizationOf(enrollment), enrollment.getDueOn()), -1,
                enrollment.getStatus().finished() ? -1 : 0));
    }

    /**
     * Enrollments a bulk statement is about to delete: {@code condition} on {@code e} selects the
     * same rows as the statement, and they are counted in the database first.
     */
    public void deleting(String condition, Map<String, Object> parameters) {
        Changes changes = new Changes();
        counted(condition, parameters).forEach((key, counts) -> changes.add(key, -counts[0], -counts[1]));
        apply(changes);
    }

    /**
     * Open enrollments a bulk statement is about to finish: {@code condition} on {@code e} selects
     * them (and only open ones).
     */
    public void finishing(String condition, Map<String, Object> parameters) {
        Changes changes = new Changes();
        counted(condition, parameters).forEach((key, counts) -> changes.add(key, 0, counts[0]));
        apply(changes);
    }

    /** A person moved to another organization: their enrollments now count there. Call before the move. */
    public void moving(User person, Organization to) {
        long from = person.getOrganization().getId();
        if (from == to.getId()) {
            return;
        }
        Changes changes = new Changes();
        counted("e.user = :tallied", Map.of("tallied", person)).forEach((key, counts) -> {
            changes.add(key, -counts[0], -counts[1]);
            changes.add(new Key(to.getId(), key.dueOn()), counts[0], counts[1]);
        });
        apply(changes);
    }

    /** An empty organization about to be deleted: its rows (all zero, nobody is left in it) go too. */
    public void forget(Organization organization) {
        em.createNativeQuery("DELETE FROM LEARNING_TALLY WHERE ORGANIZATION_ID = ?").setParameter(1, organization.getId())
                .executeUpdate();
    }

    /**
     * Counts the tally again from the enrollments, for data written straight into the tables (the
     * data generator). Not for a running application: it would race with enrollments being made.
     */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM LEARNING_TALLY");
            statement.executeUpdate("INSERT INTO LEARNING_TALLY (ORGANIZATION_ID, DUE_ON, ENROLLED, FINISHED) " + COUNTED);
        }
    }

    /** Enrollments, and finished ones, per key among those {@code condition} selects. */
    private Map<Key, long[]> counted(String condition, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery("SELECT e.user.organization.id, e.dueOn, COUNT(e),"
                + " SUM(CASE WHEN " + EnrollmentConditions.FINISHED + " THEN 1 ELSE 0 END) FROM Enrollment e WHERE " + condition
                + " GROUP BY e.user.organization.id, e.dueOn", Object[].class);
        parameters.forEach(query::setParameter);
        Map<Key, long[]> counts = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            Key key = new Key((Long) row[0], (LocalDate) row[1]);
            long[] sum = counts.computeIfAbsent(key, k -> new long[2]);
            sum[0] += ((Number) row[2]).longValue();
            sum[1] += row[3] == null ? 0 : ((Number) row[3]).longValue();
        }
        return counts;
    }

    private void apply(Changes changes) {
        changes.deltas.forEach((key, delta) -> {
            if (delta[0] == 0 && delta[1] == 0) {
                return;
            }
            if (update(key, delta) == 0) {
                // The first enrollment of this organization and due date: the row is made in a
                // transaction of its own (see TallyRows). If that fails, another transaction made it.
                try {
                    rows.create(key);
                } catch (RuntimeException madeMeanwhile) {
                    // The update below tells whether the row is there.
                }
                if (update(key, delta) != 1) {
                    throw new IllegalStateException("No tally row for " + key);
                }
            }
        });
    }

    private int update(Key key, long[] delta) {
        return em.createNativeQuery("UPDATE LEARNING_TALLY SET ENROLLED = ENROLLED + ?, FINISHED = FINISHED + ?"
                        + " WHERE ORGANIZATION_ID = ? AND DUE_ON = ?")
                .setParameter(1, delta[0]).setParameter(2, delta[1]).setParameter(3, key.organizationId())
                .setParameter(4, Date.valueOf(key.dueOn())).executeUpdate();
    }

    private static long organizationOf(Enrollment enrollment) {
        return Objects.requireNonNull(enrollment.getUser().getOrganization().getId(), "the learner's organization");
    }
}
