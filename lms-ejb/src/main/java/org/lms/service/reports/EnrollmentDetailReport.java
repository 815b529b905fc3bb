package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.lms.domain.learning.EnrollmentStatus;
import org.lms.domain.learning.LearnerStatus;
import org.lms.domain.roles.Privilege;

/**
 * Every enrollment of the viewer's scope and filter, one row each (the learners' transcripts side
 * by side): paged and sorted in the database for the page, and read through one cursor for an
 * export, which may hold every enrollment of the account.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_OWN_HISTORY, Privilege.Names.VIEW_REPORTS, Privilege.Names.VIEW_OWN_CONTENT_REPORTS})
public class EnrollmentDetailReport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportScope scope;

    public List<EnrollmentDetailRow> page(ReportFilter filter, EnrollmentDetailSort sort, boolean descending, int first,
            int size) {
        scope.requireLearningReports();
        ReportConditions conditions = scope.enrollments(filter == null ? ReportFilter.none() : filter);
        LocalDate today = LocalDate.now();
        return conditions.bind(em.createQuery(jpql(conditions, sort, descending), Object[].class))
                .setFirstResult(Math.max(0, first)).setMaxResults(ReportScope.pageSize(size))
                .getResultStream().map(r -> row(r, today)).toList();
    }

    /** How many enrollments the report has for the filter: the rows of all its pages. */
    public long count(ReportFilter filter) {
        scope.requireLearningReports();
        ReportConditions conditions = scope.enrollments(filter == null ? ReportFilter.none() : filter);
        return conditions.bind(em.createQuery("SELECT COUNT(e) FROM Enrollment e JOIN e.user u" + conditions.where(),
                Long.class)).getSingleResult();
    }

    /**
     * Every row of the report in the page's order, handed to {@code sink} a chunk at a time from
     * one query: for holders of Export reports, who take the report away as a file.
     */
    @RolesAllowed(Privilege.Names.EXPORT_REPORTS)
    public void export(ReportFilter filter, EnrollmentDetailSort sort, boolean descending,
            Consumer<List<EnrollmentDetailRow>> sink) {
        scope.requireLearningReports();
        ReportConditions conditions = scope.enrollments(filter == null ? ReportFilter.none() : filter);
        LocalDate today = LocalDate.now();
        ReportCursor.stream(conditions.bind(em.createQuery(jpql(conditions, sort, descending))), r -> row(r, today), sink);
    }

    private static String jpql(ReportConditions conditions, EnrollmentDetailSort sort, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return "SELECT e.id, u.id, u.name, u.email, o.name, c.id, c.title, e.status, e.mandatory, e.progress, e.score,"
                + " e.assignedAt, e.dueOn, e.completedAt"
                + " FROM Enrollment e JOIN e.user u JOIN u.organization o JOIN e.course c" + conditions.where()
                + " ORDER BY " + (sort == null ? EnrollmentDetailSort.LEARNER : sort).expression + direction
                + ", e.id" + direction;
    }

    private static EnrollmentDetailRow row(Object[] r, LocalDate today) {
        LocalDate dueOn = (LocalDate) r[12];
        return new EnrollmentDetailRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5],
                (String) r[6], LearnerStatus.of((EnrollmentStatus) r[7], dueOn, today), (Boolean) r[8], (Integer) r[9],
                (Integer) r[10], (Instant) r[11], dueOn, (Instant) r[13]);
    }
}
