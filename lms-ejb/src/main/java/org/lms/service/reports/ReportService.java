package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.lms.domain.account.Account;
import org.lms.domain.learning.EnrollmentStatus;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.Scopes;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * Reports as Table 1 grants them: everyone their own history; learners their organization's
 * reports when the account allows it and their own switch is on; reporting roles everything in
 * their scope.
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

    @RolesAllowed(Privilege.Names.VIEW_OWN_HISTORY)
    public List<HistoryEntry> myHistory() {
        return em.createQuery("SELECT NEW org.lms.service.reports.HistoryEntry(c.id, c.title, e.status, e.progress, e.score,"
                        + " e.dueOn, e.completedAt) FROM Enrollment e JOIN e.course c WHERE e.user = :me"
                        + " ORDER BY e.assignedAt DESC, e.id DESC", HistoryEntry.class)
                .setParameter("me", caller.require()).getResultList();
    }

    /** People, enrollments, completions and overdue courses in an organization's subtree. */
    public OrganizationSummary organizationSummary(long organizationId) {
        User me = caller.require();
        if (!me.getRole().holds(Privilege.VIEW_REPORTS)) {
            Account account = em.find(Account.class, Account.THE_ACCOUNT);
            if (!account.isLearnersSeeOrganizationReports() || !me.isMayViewOrganizationReports()) {
                throw new Reason("rule.organizationReportsNotPermitted").refusal();
            }
        }
        scopes.requireInScope(TargetType.ORGANIZATION, organizationId);
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new NotFound(TargetType.ORGANIZATION, organizationId);
        }
        String subtree = organization.getPath() + "%";
        long people = em.createQuery("SELECT COUNT(u) FROM User u WHERE u.organization.path LIKE :subtree", Long.class)
                .setParameter("subtree", subtree).getSingleResult();
        Object[] learning = em.createQuery("SELECT COUNT(e),"
                        + " SUM(CASE WHEN e.status IN :finished THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN e.status NOT IN :finished AND e.dueOn < :today THEN 1 ELSE 0 END)"
                        + " FROM Enrollment e WHERE e.user.organization.path LIKE :subtree", Object[].class)
                .setParameter("finished", List.of(EnrollmentStatus.COMPLETED, EnrollmentStatus.PASSED, EnrollmentStatus.FAILED))
                .setParameter("today", LocalDate.now())
                .setParameter("subtree", subtree).getSingleResult();
        return new OrganizationSummary(organization.getId(), organization.getName(), people, number(learning[0]),
                number(learning[1]), number(learning[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
