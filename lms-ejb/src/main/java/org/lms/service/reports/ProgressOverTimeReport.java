package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.roles.Privilege;
import org.lms.service.permissions.InvalidInput;

/**
 * Per calendar month: how many enrollments of the viewer's scope and the filter were assigned and
 * how many were finished. The database counts them, grouped by year and month of the instant,
 * in two queries whatever the range; months without events are answered as zeros. Months are
 * those of UTC, as the instants are stored: a person's own time zone would need a grouping the
 * database cannot index, and shifts at most a few hours at each month's edge.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_OWN_HISTORY, Privilege.Names.VIEW_REPORTS})
public class ProgressOverTimeReport {

    /** Months shown when no range is asked for. */
    public static final int DEFAULT_MONTHS = 12;
    /** The longest range answered: three years of months. */
    public static final int MAX_MONTHS = 36;
    /** The range's fields as the API and the page name them. */
    public static final String FROM = "from";
    public static final String TO = "to";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportScope scope;

    /**
     * Months {@code from} to {@code to}, both included; without {@code to} the current month,
     * without {@code from} the {@link #DEFAULT_MONTHS} months up to {@code to}.
     */
    public List<MonthProgress> months(ReportFilter filter, YearMonth from, YearMonth to) {
        scope.requireOrganizationReports();
        YearMonth last = to == null ? YearMonth.now(Clock.systemUTC()) : to;
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1L) : from;
        if (last.isBefore(first)) {
            throw InvalidInput.field(TO, "input.monthRangeReversed", FROM);
        }
        long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (months > MAX_MONTHS) {
            throw InvalidInput.field(TO, "input.monthRangeTooLong", MAX_MONTHS);
        }
        ReportFilter given = filter == null ? ReportFilter.none() : filter;
        Instant start = first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<YearMonth, Long> assigned = perMonth("e.assignedAt", new ReportFilter(given.organizationId(), given.groupId(),
                given.courseId(), later(given.assignedFrom(), start), earlier(given.assignedTo(), end), given.completedFrom(),
                given.completedTo(), given.status()));
        Map<YearMonth, Long> completed = perMonth("e.completedAt", new ReportFilter(given.organizationId(), given.groupId(),
                given.courseId(), given.assignedFrom(), given.assignedTo(), later(given.completedFrom(), start),
                earlier(given.completedTo(), end), given.status()));
        List<MonthProgress> rows = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            rows.add(new MonthProgress(month.toString(), assigned.getOrDefault(month, 0L), completed.getOrDefault(month, 0L)));
        }
        return rows;
    }

    /**
     * Enrollments counted by the year and month of {@code column}; the filter, narrowed by the
     * caller to the range on that column, chooses them through the one scoped WHERE clause.
     */
    private Map<YearMonth, Long> perMonth(String column, ReportFilter filter) {
        ReportConditions conditions = scope.enrollments(filter);
        String year = "EXTRACT(YEAR FROM " + column + ")";
        String month = "EXTRACT(MONTH FROM " + column + ")";
        Map<YearMonth, Long> counts = new HashMap<>();
        for (Object[] row : conditions.bind(em.createQuery("SELECT " + year + ", " + month + ", COUNT(e)"
                + " FROM Enrollment e JOIN e.user u" + conditions.where() + " GROUP BY " + year + ", " + month,
                Object[].class)).getResultList()) {
            counts.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), CourseProgressReport.number(row[2]));
        }
        return counts;
    }

    private static Instant later(Instant given, Instant bound) {
        return given == null || given.isBefore(bound) ? bound : given;
    }

    private static Instant earlier(Instant given, Instant bound) {
        return given == null || given.isAfter(bound) ? bound : given;
    }
}
