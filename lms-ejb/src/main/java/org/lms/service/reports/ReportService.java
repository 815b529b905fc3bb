package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.service.learning.LearningTally;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Scopes;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * Reports as Table 1 grants them: everyone their own history; learners their organization's
 * reports when the account allows it and their own switch is on; reporting roles everything in
 * their scope. The organization summary counts a subtree, and drills down into the subtrees of
 * its direct children, each counted whole.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_OWN_HISTORY, Privilege.Names.VIEW_REPORTS})
public class ReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Scopes scopes;

    @Inject
    private ReportScope scope;

    @RolesAllowed(Privilege.Names.VIEW_OWN_HISTORY)
    public List<HistoryEntry> myHistory() {
        return em.createQuery("SELECT NEW org.lms.service.reports.HistoryEntry(c.id, c.title, e.status, e.progress, e.score,"
                        + " e.dueOn, e.completedAt) FROM Enrollment e JOIN e.course c WHERE e.user = :me"
                        + " ORDER BY e.assignedAt DESC, e.id DESC", HistoryEntry.class)
                .setParameter("me", caller.require()).getResultList();
    }

    /**
     * Whether the caller may read their scope's organization reports: the one rule the reports
     * apply, answered for the pages and the menu, which offer the reports only then.
     */
    public boolean organizationReportsPermitted() {
        return scope.organizationReportsPermitted();
    }

    /**
     * Whether the caller may read any learning reports: those of their scope, or (Reports on own
     * content) those on the learners of the courses they created. The Reports page and its menu
     * entry open on this answer; {@link #organizationReportsPermitted()} then decides its other tabs.
     */
    public boolean learningReportsPermitted() {
        return scope.learningReportsPermitted();
    }

    /** People, enrollments, completions and overdue courses in an organization's subtree. */
    public OrganizationSummary organizationSummary(long organizationId) {
        Organization organization = permitted(organizationId);
        Map<Long, long[]> people = people(List.of(organization), organization);
        Map<Long, long[]> learning = learning(List.of(organization), organization);
        return summary(organization, people, learning);
    }

    /**
     * One page of an organization's direct children, in name order, each with the people and
     * learning of its whole subtree.
     */
    public List<OrganizationSummary> organizationChildren(long organizationId, int first, int size) {
        Organization parent = permitted(organizationId);
        List<Organization> children = em.createQuery("SELECT k FROM Organization k WHERE k.parent.id = :parent"
                        + " ORDER BY LOWER(k.name), k.id", Organization.class).setParameter("parent", organizationId)
                .setFirstResult(Math.max(0, first)).setMaxResults(ReportScope.pageSize(size)).getResultList();
        if (children.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> people = people(children, parent);
        Map<Long, long[]> learning = learning(children, parent);
        return children.stream().map(child -> summary(child, people, learning)).toList();
    }

    public long countOrganizationChildren(long organizationId) {
        permitted(organizationId);
        return em.createQuery("SELECT COUNT(k) FROM Organization k WHERE k.parent.id = :parent", Long.class)
                .setParameter("parent", organizationId).getSingleResult();
    }

    /** The organization, once the caller may read organization reports and it lies in their scope. */
    private Organization permitted(long organizationId) {
        scope.requireOrganizationReports();
        scopes.requireInScope(TargetType.ORGANIZATION, organizationId);
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new NotFound(TargetType.ORGANIZATION, organizationId);
        }
        return organization;
    }

    /**
     * People per subtree, by the subtree's top organization: the database counts the people of
     * each organization path below {@code within} from the path index alone (no person's row is
     * read, which matters for the whole account's hundred thousand people), and each subtree adds
     * up the paths that start with its own.
     */
    private Map<Long, long[]> people(List<Organization> tops, Organization within) {
        ReportConditions conditions = scope.people();
        List<Object[]> rows = conditions.bind(em.createQuery("SELECT u.organizationPath, COUNT(u.organizationPath) FROM User u"
                        + " WHERE u.organizationPath LIKE :within" + conditions.and() + " GROUP BY u.organizationPath", Object[].class))
                .setParameter("within", within.getPath() + "%").getResultList();
        return bySubtree(tops, rows, 1);
    }

    /**
     * Enrollments, finished ones and overdue ones per subtree, from the learning tally (see
     * {@link LearningTally}): the database sums it per organization of {@code within}'s subtree, a
     * row per organization however many enrollments there are, and each subtree adds up the
     * organizations whose path starts with its own. The organization asked for lies in the
     * caller's scope (checked before), and so does everything below it.
     */
    private Map<Long, long[]> learning(List<Organization> tops, Organization within) {
        List<?> rows = em.createNativeQuery("SELECT o.PATH, SUM(t.ENROLLED), SUM(t.FINISHED),"
                        + " SUM(CASE WHEN t.DUE_ON < ? THEN t.ENROLLED - t.FINISHED ELSE 0 END)"
                        + " FROM LEARNING_TALLY t JOIN ORGANIZATION o ON o.ID = t.ORGANIZATION_ID"
                        + " WHERE o.PATH LIKE ? GROUP BY o.PATH")
                .setParameter(1, Date.valueOf(LocalDate.now())).setParameter(2, within.getPath() + "%").getResultList();
        return bySubtree(tops, rows.stream().map(Object[].class::cast).toList(), 3);
    }

    /**
     * Totals per top organization of rows that each start with an organization path followed by
     * {@code columns} numbers: a row counts for every top whose path its own path starts with.
     */
    private static Map<Long, long[]> bySubtree(List<Organization> tops, List<Object[]> rows, int columns) {
        Map<Long, long[]> totals = new HashMap<>();
        for (Organization top : tops) {
            long[] sum = new long[columns];
            for (Object[] row : rows) {
                if (((String) row[0]).startsWith(top.getPath())) {
                    for (int i = 0; i < columns; i++) {
                        sum[i] += CourseProgressReport.number(row[i + 1]);
                    }
                }
            }
            totals.put(top.getId(), sum);
        }
        return totals;
    }

    private static OrganizationSummary summary(Organization organization, Map<Long, long[]> people, Map<Long, long[]> learning) {
        long[] persons = people.getOrDefault(organization.getId(), new long[1]);
        long[] counts = learning.getOrDefault(organization.getId(), new long[3]);
        return new OrganizationSummary(organization.getId(), organization.getName(), persons[0], counts[0], counts[1], counts[2]);
    }
}
