package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Consumer;
import org.lms.domain.roles.Privilege;

/**
 * Per course: how many learners of the viewer's scope it has, and where they stand. Counted by
 * the database in one grouped query per page; courses nobody of the scope has do not appear.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_OWN_HISTORY, Privilege.Names.VIEW_REPORTS, Privilege.Names.VIEW_OWN_CONTENT_REPORTS})
public class CourseProgressReport {

    private static final String STATUS = "org.lms.domain.learning.EnrollmentStatus.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportScope scope;

    public List<CourseProgressRow> page(ReportFilter filter, CourseProgressSort sort, boolean descending, int first, int size) {
        scope.requireLearningReports();
        ReportConditions conditions = conditions(filter);
        return conditions.bind(em.createQuery(jpql(conditions, sort, descending), Object[].class))
                .setFirstResult(Math.max(0, first)).setMaxResults(ReportScope.pageSize(size))
                .getResultStream().map(CourseProgressReport::row).toList();
    }

    /**
     * Every row of the report in the page's order, handed to {@code sink} a chunk at a time from
     * one query: for holders of Export reports, who take the report away as a file.
     */
    @RolesAllowed(Privilege.Names.EXPORT_REPORTS)
    public void export(ReportFilter filter, CourseProgressSort sort, boolean descending, Consumer<List<CourseProgressRow>> sink) {
        scope.requireLearningReports();
        ReportConditions conditions = conditions(filter);
        ReportCursor.stream(conditions.bind(em.createQuery(jpql(conditions, sort, descending))), CourseProgressReport::row, sink);
    }

    private ReportConditions conditions(ReportFilter filter) {
        return ReportScope.overdue(scope.enrollments(filter == null ? ReportFilter.none() : filter));
    }

    private static String jpql(ReportConditions conditions, CourseProgressSort sort, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return "SELECT c.id, c.title, COUNT(e) AS enrolled, " + count("NOT_STARTED") + ", " + count("IN_PROGRESS")
                + ", " + count("COMPLETED") + ", " + count("PASSED") + ", " + count("FAILED")
                + ", AVG(e.score * 1.0) AS averageScore"
                + ", " + ReportScope.OVERDUE_COUNT + " AS overdue"
                + ", " + ReportScope.FINISHED_COUNT + " AS finished"
                + " FROM Enrollment e JOIN e.user u JOIN e.course c" + conditions.where()
                + " GROUP BY c.id, c.title ORDER BY " + (sort == null ? CourseProgressSort.TITLE : sort).expression + direction
                + ", c.id" + direction;
    }

    private static CourseProgressRow row(Object[] r) {
        return new CourseProgressRow((Long) r[0], (String) r[1], (Long) r[2], number(r[3]), number(r[4]),
                number(r[5]), number(r[6]), number(r[7]), r[8] == null ? null : ((Number) r[8]).doubleValue(), number(r[9]));
    }

    /** How many courses the report has for the filter: the rows of all its pages. */
    public long count(ReportFilter filter) {
        scope.requireLearningReports();
        ReportConditions conditions = scope.enrollments(filter == null ? ReportFilter.none() : filter);
        return conditions.bind(em.createQuery("SELECT COUNT(DISTINCT e.course.id) FROM Enrollment e JOIN e.user u"
                + conditions.where(), Long.class)).getSingleResult();
    }

    private static String count(String status) {
        return "SUM(CASE WHEN e.status = " + STATUS + status + " THEN 1 ELSE 0 END)";
    }

    /** SUM answers null over no rows and may come back as any kind of number. */
    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
