package org.lms.service.reports;

import static org.lms.service.reports.CourseProgressReport.number;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.roles.Privilege;

/**
 * Per group of the viewer's scope, in name order: members and their learning. Only members of the
 * viewer's scope are counted (someone moved to another branch may still be in a group). The page
 * of groups comes first, then two grouped queries count members and enrollments for that page.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_OWN_HISTORY, Privilege.Names.VIEW_REPORTS})
public class GroupProgressReport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportScope scope;

    /**
     * The filter's organization and group choose the groups; its course, dates and status choose
     * the enrollments counted.
     */
    public List<GroupProgressRow> page(ReportFilter filter, int first, int size) {
        return page(filter, GroupProgressSort.NAME, false, first, size);
    }

    /** A page in the order of a group's own column: its name or its organization's. */
    public List<GroupProgressRow> page(ReportFilter filter, GroupProgressSort sort, boolean descending, int first, int size) {
        scope.requireOrganizationReports();
        String direction = descending ? " DESC" : " ASC";
        ReportFilter chosen = filter == null ? ReportFilter.none() : filter;
        ReportConditions groups = scope.groups(chosen);
        List<Object[]> page = groups.bind(em.createQuery("SELECT g.id, g.name, o.name FROM Group g JOIN g.organization o"
                        + groups.where() + " ORDER BY " + (sort == null ? GroupProgressSort.NAME : sort).expression + direction
                        + ", LOWER(g.name)" + direction + ", g.id" + direction, Object[].class))
                .setFirstResult(Math.max(0, first)).setMaxResults(ReportScope.pageSize(size)).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Long> members = new HashMap<>();
        ReportConditions people = scope.people();
        for (Object[] row : people.bind(em.createQuery("SELECT g.id, COUNT(u) FROM Group g JOIN g.members u"
                + " WHERE g.id IN :groups" + people.and() + " GROUP BY g.id", Object[].class))
                .setParameter("groups", ids).getResultList()) {
            members.put((Long) row[0], number(row[1]));
        }
        Map<Long, long[]> learning = new HashMap<>();
        ReportConditions enrollments = ReportScope.overdue(scope.learningOfPeople(chosen));
        for (Object[] row : enrollments.bind(em.createQuery("SELECT g.id, COUNT(e),"
                        + " " + ReportScope.FINISHED_COUNT + ","
                        + " " + ReportScope.OVERDUE_COUNT
                        + " FROM Group g JOIN g.members u, Enrollment e WHERE e.user = u AND g.id IN :groups"
                        + enrollments.and() + " GROUP BY g.id", Object[].class))
                .setParameter("groups", ids).getResultList()) {
            learning.put((Long) row[0], new long[] {number(row[1]), number(row[2]), number(row[3])});
        }
        return page.stream().map(r -> {
            long[] counts = learning.getOrDefault((Long) r[0], new long[3]);
            return new GroupProgressRow((Long) r[0], (String) r[1], (String) r[2], members.getOrDefault((Long) r[0], 0L),
                    counts[0], counts[1], counts[2]);
        }).toList();
    }

    public long count(ReportFilter filter) {
        scope.requireOrganizationReports();
        ReportConditions groups = scope.groups(filter == null ? ReportFilter.none() : filter);
        return groups.bind(em.createQuery("SELECT COUNT(g) FROM Group g" + groups.where(), Long.class)).getSingleResult();
    }
}
