package org.lms.service.permissions;

import static org.lms.service.permissions.TargetType.USER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lms.domain.account.Account;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.content.Course;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;

/**
 * "Why?": for any user of the caller's scope, a privilege and an optional target, the decision
 * and the reasons behind it: the role, whether it holds the privilege, the scope check with both
 * organization paths, and the rules that apply. The caller must reach both the user and the target.
 */
@Stateless
@ScopeChecked
@RolesAllowed({Privilege.Names.MANAGE_ROLES, Privilege.Names.MANAGE_USERS})
public class PermissionExplainer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Scopes scopes;

    public Decision explain(@InScope(USER) long userId, Privilege privilege, TargetType targetType, Long targetId) {
        if (privilege == null) {
            throw InvalidInput.field("privilege", "input.required");
        }
        User user = em.find(User.class, userId);
        String targetPath = null;
        if (targetType != null && targetId != null) {
            if (targetType == TargetType.ROLE || targetType == TargetType.ACCOUNT) {
                targetPath = "/";
            } else {
                scopes.requireInScope(targetType, targetId);
                targetPath = scopes.organizationPath(targetType, targetId).orElseThrow(() -> new NotFound(targetType, targetId));
            }
        }
        List<Reason> reasons = new ArrayList<>();
        boolean allowed = true;
        reasons.add(new Reason("explain.role", user.getName(), RoleLabels.name(user.getRole())));
        if (!user.isActive()) {
            reasons.add(new Reason("explain.deactivated"));
            allowed = false;
        }

        boolean holds = user.getRole().holds(privilege);
        boolean conditionalReports = !holds && privilege == Privilege.VIEW_REPORTS && user.getRole().holds(Privilege.VIEW_OWN_HISTORY);
        if (holds) {
            reasons.add(new Reason("explain.holds", RoleLabels.privileges(java.util.EnumSet.of(privilege))));
        } else if (conditionalReports) {
            Account account = em.find(Account.class, Account.THE_ACCOUNT);
            boolean permitted = account.isLearnersSeeOrganizationReports() && user.isMayViewOrganizationReports();
            reasons.add(new Reason("explain.reportsIfPermitted", account.isLearnersSeeOrganizationReports() ? 1 : 0,
                    user.isMayViewOrganizationReports() ? 1 : 0));
            allowed &= permitted;
        } else {
            reasons.add(new Reason("explain.lacks", RoleLabels.privileges(java.util.EnumSet.of(privilege))));
            allowed = false;
        }

        if (targetPath != null && targetType != TargetType.ROLE && targetType != TargetType.ACCOUNT) {
            if (targetType == TargetType.COURSE && privilege == Privilege.VIEW_ASSIGNED_CONTENT) {
                // Assigned content is seen wherever it lives, as long as it is published.
                Course course = em.find(Course.class, targetId);
                boolean assigned = isAssigned(user, course) && course.getStatus() == ContentStatus.PUBLISHED;
                reasons.add(new Reason(assigned ? "explain.assigned" : "explain.notAssigned", course.getTitle()));
                allowed &= assigned;
            } else {
                boolean accountWide = user.getRole().holds(Privilege.ACCOUNT_WIDE_SCOPE);
                String userScope = accountWide ? "/" : user.getOrganization().getPath();
                boolean inside = targetPath.startsWith(userScope);
                reasons.add(new Reason(inside ? "explain.scopeInside" : "explain.scopeOutside", userScope, targetPath,
                        accountWide ? 1 : 0));
                allowed &= inside;
            }
            if (targetType == TargetType.USER && (privilege == Privilege.MANAGE_USERS
                    || privilege == Privilege.MANAGE_PUBLISHERS_AND_ADMINISTRATORS)) {
                Optional<Reason> rule = GrantRules.whyNotManage(Actor.of(user), em.find(User.class, targetId));
                if (rule.isPresent()) {
                    reasons.add(rule.get());
                    allowed = false;
                }
                if (targetId == userId) {
                    reasons.add(new Reason("explain.selfRoleFixed"));
                }
            }
        }
        reasons.add(new Reason(allowed ? "explain.allowed" : "explain.denied"));
        return new Decision(allowed, reasons);
    }

    private boolean isAssigned(User user, Course course) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.user = :user AND e.course = :course", Long.class)
                .setParameter("user", user).setParameter("course", course).getSingleResult() > 0;
    }
}
