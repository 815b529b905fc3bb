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

    private static final List<EnrollmentStatus> FINISHED = java.util.Arrays.stream(EnrollmentStatus.values())
            .filter(EnrollmentStatus::finished).toList();

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
        long enrollments = 0;
        long completed = 0;
        for (Object[] row : em.createQuery("SELECT e.status, COUNT(e) FROM Enrollment e"
                + " WHERE e.user.organization.path LIKE :subtree GROUP BY e.status", Object[].class)
                .setParameter("subtree", subtree).getResultList()) {
            long count = (Long) row[1];
            enrollments += count;
            if (((EnrollmentStatus) row[0]).finished()) {
                completed += count;
            }
        }
        long overdue = em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.user.organization.path LIKE :subtree"
                        + " AND e.status NOT IN :finished AND e.dueOn < :today", Long.class)
                .setParameter("subtree", subtree)
                .setParameter("finished", FINISHED)
                .setParameter("today", LocalDate.now())
                .getSingleResult();
        return new OrganizationSummary(organization.getId(), organization.getName(), people, enrollments, completed, overdue);
    }

}
