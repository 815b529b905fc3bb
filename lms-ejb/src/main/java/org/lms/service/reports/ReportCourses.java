package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.lms.domain.roles.Privilege;
import org.lms.service.platform.Like;

/**
 * The courses a report viewer may narrow the reports to: those with at least one enrollment of a
 * learner in the viewer's scope. Not the courses of the viewer's content scope: the reports count
 * the scope's learners, whatever organization owns their course (often a parent one), so a course
 * list built from content ownership would both miss courses the reports show and offer courses
 * with nothing to report. Matched by title in the database, a page at a time.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_OWN_HISTORY, Privilege.Names.VIEW_REPORTS})
public class ReportCourses {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportScope scope;

    /** Courses whose title contains {@code search} (any when blank), by title. */
    public List<ReportCourse> page(String search, int first, int size) {
        scope.requireOrganizationReports();
        ReportConditions learners = scope.people();
        return learners.bind(em.createQuery("SELECT c.id, c.title FROM Course c WHERE LOWER(c.title) LIKE :search" + Like.ESCAPE
                        + " AND EXISTS (SELECT e FROM Enrollment e JOIN e.user u WHERE e.course = c" + learners.and() + ")"
                        + " ORDER BY LOWER(c.title), c.id", Object[].class))
                .setParameter("search", Like.contains(search))
                .setFirstResult(Math.max(0, first)).setMaxResults(ReportScope.pageSize(size))
                .getResultStream()
                .map(r -> new ReportCourse((Long) r[0], (String) r[1]))
                .toList();
    }
}
