package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.lms.domain.roles.Privilege;

/**
 * The enrollments of the viewer's scope that are past their due date and not finished, paged
 * and sorted in the database; the oldest due date comes first unless asked otherwise.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_OWN_HISTORY, Privilege.Names.VIEW_REPORTS, Privilege.Names.VIEW_OWN_CONTENT_REPORTS})
public class OverdueReport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportScope scope;

    public List<OverdueRow> page(ReportFilter filter, OverdueSort sort, boolean descending, int first, int size) {
        scope.requireLearningReports();
        ReportConditions conditions = scope.overdue(filter == null ? ReportFilter.none() : filter);
        LocalDate today = LocalDate.now();
        return conditions.bind(em.createQuery(jpql(conditions, sort, descending), Object[].class))
                .setFirstResult(Math.max(0, first)).setMaxResults(ReportScope.pageSize(size))
                .getResultStream().map(r -> row(r, today)).toList();
    }

    /**
     * Every row of the list in the page's order, handed to {@code sink} a chunk at a time from
     * one query: for holders of Export reports, who take the list away as a file.
     */
    @RolesAllowed(Privilege.Names.EXPORT_REPORTS)
    public void export(ReportFilter filter, OverdueSort sort, boolean descending, Consumer<List<OverdueRow>> sink) {
        scope.requireLearningReports();
        ReportConditions conditions = scope.overdue(filter == null ? ReportFilter.none() : filter);
        LocalDate today = LocalDate.now();
        ReportCursor.stream(conditions.bind(em.createQuery(jpql(conditions, sort, descending))), r -> row(r, today), sink);
    }

    private static String jpql(ReportConditions conditions, OverdueSort sort, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return "SELECT e.id, u.id, u.name, u.email, o.name, c.id, c.title, e.dueOn"
                + " FROM Enrollment e JOIN e.user u JOIN u.organization o JOIN e.course c" + conditions.where()
                + " ORDER BY " + (sort == null ? OverdueSort.DUE_ON : sort).expression + direction + ", e.id" + direction;
    }

    private static OverdueRow row(Object[] r, LocalDate today) {
        return new OverdueRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5],
                (String) r[6], (LocalDate) r[7], ChronoUnit.DAYS.between((LocalDate) r[7], today));
    }

    public long count(ReportFilter filter) {
        scope.requireLearningReports();
        ReportConditions conditions = scope.overdue(filter == null ? ReportFilter.none() : filter);
        return conditions.bind(em.createQuery("SELECT COUNT(e) FROM Enrollment e JOIN e.user u" + conditions.where(),
                Long.class)).getSingleResult();
    }
}
