package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.lms.domain.roles.Privilege;
import org.lms.service.permissions.InvalidInput;

/**
 * Per calendar month of the viewer's time zone: how many enrollments of the viewer's scope and
 * the filter were assigned and how many were finished. A month runs from its first midnight in
 * that zone to the next month's, so an enrollment assigned at 23:30 UTC on 31 March belongs to
 * April in Berlin. The months asked for are at most {@link #MAX_MONTHS}, so their starts are a
 * few known instants: the database counts each month as a sum over the range, one column per
 * month, in two queries whatever the range (no grouping by a local date, which the database
 * would have to work out row by row and with zone rules it does not share with Java).
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
    /** The parameters holding the months' starts: {@code :monthStart0} is the first month's. */
    private static final String MONTH_START = "monthStart";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportScope scope;

    /**
     * Months {@code from} to {@code to} of {@code zone}, both included; without {@code to} the
     * current month there, without {@code from} the {@link #DEFAULT_MONTHS} months up to {@code to}.
     * The page and the API pass the viewer's zone: their own, else the account's default.
     */
    public List<MonthProgress> months(ReportFilter filter, YearMonth from, YearMonth to, ZoneId zone) {
        scope.requireOrganizationReports();
        ZoneId in = Objects.requireNonNull(zone, "the viewer's time zone");
        YearMonth last = to == null ? YearMonth.now(in) : to;
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1L) : from;
        if (last.isBefore(first)) {
            throw InvalidInput.field(TO, "input.monthRangeReversed", FROM);
        }
        int months = (int) Math.min(Integer.MAX_VALUE, first.until(last, ChronoUnit.MONTHS) + 1);
        if (months > MAX_MONTHS) {
            throw InvalidInput.field(TO, "input.monthRangeTooLong", MAX_MONTHS);
        }
        // Each month's first midnight in the zone, and the next month's after the last one.
        List<Instant> starts = new ArrayList<>(months + 1);
        for (int i = 0; i <= months; i++) {
            starts.add(first.plusMonths(i).atDay(1).atStartOfDay(in).toInstant());
        }
        Instant start = starts.get(0);
        Instant end = starts.get(months);
        ReportFilter given = filter == null ? ReportFilter.none() : filter;
        long[] assigned = perMonth("e.assignedAt", new ReportFilter(given.organizationId(), given.groupId(), given.courseId(),
                later(given.assignedFrom(), start), earlier(given.assignedTo(), end), given.completedFrom(),
                given.completedTo(), given.status()), starts);
        long[] completed = perMonth("e.completedAt", new ReportFilter(given.organizationId(), given.groupId(), given.courseId(),
                given.assignedFrom(), given.assignedTo(), later(given.completedFrom(), start), earlier(given.completedTo(), end),
                given.status()), starts);
        List<MonthProgress> rows = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            rows.add(new MonthProgress(first.plusMonths(i).toString(), assigned[i], completed[i]));
        }
        return rows;
    }

    /**
     * Enrollments counted per month of {@code column}, the months starting at {@code starts} (and
     * the last one ending at its last instant); the filter, narrowed by the caller to the whole
     * range on that column, chooses them through the one scoped WHERE clause. The total comes
     * first, so that the answer is a row of columns even for a single month.
     */
    private long[] perMonth(String column, ReportFilter filter, List<Instant> starts) {
        ReportConditions conditions = scope.enrollments(filter);
        int months = starts.size() - 1;
        Query query = conditions.bind(em.createQuery("SELECT COUNT(e), " + monthCounts(column, months)
                + " FROM Enrollment e JOIN e.user u" + conditions.where()));
        for (int i = 0; i < starts.size(); i++) {
            query.setParameter(MONTH_START + i, starts.get(i));
        }
        Object[] row = (Object[]) query.getSingleResult();
        long[] counts = new long[months];
        for (int i = 0; i < months; i++) {
            counts[i] = CourseProgressReport.number(row[i + 1]);
        }
        return counts;
    }

    /**
     * One count per month: the enrollments whose {@code column} lies from the month's start
     * ({@code :monthStart0} for the first) to the next month's. EclipseLink's parser takes no AND
     * in a WHEN inside an aggregate (see {@link ReportScope#FINISHED_COUNT}), so each WHEN tests
     * one bound: before the month, nothing; then before the next month, one.
     */
    static String monthCounts(String column, int months) {
        StringJoiner counts = new StringJoiner(", ");
        for (int i = 0; i < months; i++) {
            counts.add("SUM(CASE WHEN " + column + " < :" + MONTH_START + i + " THEN 0 WHEN " + column + " < :" + MONTH_START
                    + (i + 1) + " THEN 1 ELSE 0 END)");
        }
        return counts.toString();
    }

    private static Instant later(Instant given, Instant bound) {
        return given == null || given.isBefore(bound) ? bound : given;
    }

    private static Instant earlier(Instant given, Instant bound) {
        return given == null || given.isAfter(bound) ? bound : given;
    }
}
