package org.lms.service.reports;

import static org.lms.service.reports.CourseProgressReport.number;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Consumer;
import org.lms.domain.roles.Privilege;

/**
 * Per learner of the viewer's scope: their assigned courses across the catalogue, counted by the
 * database in one grouped query per page. People with no course assigned (in the filter) do not appear.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_OWN_HISTORY, Privilege.Names.VIEW_REPORTS, Privilege.Names.VIEW_OWN_CONTENT_REPORTS})
public class UserProgressReport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportScope scope;

    public List<UserProgressRow> page(ReportFilter filter, UserProgressSort sort, boolean descending, int first, int size) {
        scope.requireLearningReports();
        ReportConditions conditions = conditions(filter);
        return conditions.bind(em.createQuery(jpql(conditions, sort, descending), Object[].class))
                .setFirstResult(Math.max(0, first)).setMaxResults(ReportScope.pageSize(size))
                .getResultStream().map(UserProgressReport::row).toList();
    }

    /**
     * Every row of the report in the page's order, handed to {@code sink} a chunk at a time from
     * one query: for holders of Export reports, who take the report away as a file.
     */
    @RolesAllowed(Privilege.Names.EXPORT_REPORTS)
    public void export(ReportFilter filter, UserProgressSort sort, boolean descending, Consumer<List<UserProgressRow>> sink) {
        scope.requireLearningReports();
        ReportConditions conditions = conditions(filter);
        ReportCursor.stream(conditions.bind(em.createQuery(jpql(conditions, sort, descending))), UserProgressReport::row, sink);
    }

    private ReportConditions conditions(ReportFilter filter) {
        return ReportScope.overdue(scope.enrollments(filter == null ? ReportFilter.none() : filter));
    }

    private static String jpql(ReportConditions conditions, UserProgressSort sort, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return "SELECT u.id, u.name, u.email, o.name, COUNT(e) AS assigned,"
                + " " + ReportScope.FINISHED_COUNT + " AS finished,"
                + " " + ReportScope.OVERDUE_COUNT + " AS overdue,"
                + " AVG(e.progress * 1.0) AS averageProgress"
                + " FROM Enrollment e JOIN e.user u JOIN u.organization o" + conditions.where()
                + " GROUP BY u.id, u.name, u.email, o.name ORDER BY "
                + (sort == null ? UserProgressSort.NAME : sort).expression + direction + ", u.id" + direction;
    }

    private static UserProgressRow row(Object[] r) {
        return new UserProgressRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], number(r[4]),
                number(r[5]), number(r[6]), r[7] == null ? 0 : ((Number) r[7]).doubleValue());
    }

    /** How many learners the report has for the filter: the rows of all its pages. */
    public long count(ReportFilter filter) {
        scope.requireLearningReports();
        ReportConditions conditions = scope.enrollments(filter == null ? ReportFilter.none() : filter);
        return conditions.bind(em.createQuery("SELECT COUNT(DISTINCT u.id) FROM Enrollment e JOIN e.user u"
                + conditions.where(), Long.class)).getSingleResult();
    }
}
