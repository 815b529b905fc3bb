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
import org.lms.domain.groups.Group;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.platform.Like;
import org.lms.service.security.Caller;

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

    @Inject
    private Caller caller;

    /** The most a picker offers at a time; a person types more to narrow it. */
    public static final int MAX_CANDIDATES = 50;

    /**
     * People, organizations, groups or courses of the caller's scope whose name (for people: name
     * or email) contains {@code text}, by name: what the "Why?" page's pickers offer. Limited to the
     * scope in the query itself.
     */
    public List<ExplainTarget> candidates(TargetType type, String text, int max) {
        String query = switch (pickable(type)) {
            case USER -> "SELECT u.id, u.name, u.email FROM User u WHERE u.organizationPath LIKE :scope"
                    + " AND (u.emailKey LIKE :text" + Like.ESCAPE + " OR LOWER(u.name) LIKE :text" + Like.ESCAPE + ")"
                    + " ORDER BY u.name, u.id";
            case ORGANIZATION -> "SELECT o.id, o.name, p.name FROM Organization o LEFT JOIN o.parent p"
                    + " WHERE o.path LIKE :scope AND LOWER(o.name) LIKE :text" + Like.ESCAPE + " ORDER BY o.name, o.id";
            case GROUP -> "SELECT g.id, g.name, o.name FROM Group g JOIN g.organization o"
                    + " WHERE o.path LIKE :scope AND LOWER(g.name) LIKE :text" + Like.ESCAPE + " ORDER BY g.name, g.id";
            case COURSE -> "SELECT c.id, c.title, o.name FROM Course c JOIN c.organization o"
                    + " WHERE o.path LIKE :scope AND LOWER(c.title) LIKE :text" + Like.ESCAPE + " ORDER BY c.title, c.id";
            default -> throw new IllegalStateException(type.name());
        };
        return em.createQuery(query, Object[].class)
                .setParameter("scope", caller.scopePath() + "%")
                .setParameter("text", Like.contains(text))
                .setMaxResults(Math.max(1, Math.min(max, MAX_CANDIDATES)))
                .getResultList().stream()
                .map(row -> new ExplainTarget(type, (Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /**
     * One person, organization, group or course of the caller's scope, as the pickers show it: for
     * a page opened with it in its address. Outside the scope it is not found.
     */
    public ExplainTarget target(TargetType type, long targetId) {
        scopes.requireInScope(pickable(type), targetId);
        return switch (type) {
            case USER -> {
                User user = em.find(User.class, targetId);
                yield new ExplainTarget(type, targetId, user.getName(), user.getEmail());
            }
            case ORGANIZATION -> {
                Organization organization = em.find(Organization.class, targetId);
                yield new ExplainTarget(type, targetId, organization.getName(),
                        organization.getParent() == null ? null : organization.getParent().getName());
            }
            case GROUP -> {
                Group group = em.find(Group.class, targetId);
                yield new ExplainTarget(type, targetId, group.getName(), group.getOrganization().getName());
            }
            case COURSE -> {
                Course course = em.find(Course.class, targetId);
                yield new ExplainTarget(type, targetId, course.getTitle(), course.getOrganization().getName());
            }
            default -> throw new IllegalStateException(type.name());
        };
    }

    /** The kinds of objects the pickers offer: those that belong to an organization. */
    private static TargetType pickable(TargetType type) {
        if (type != TargetType.USER && type != TargetType.ORGANIZATION && type != TargetType.GROUP && type != TargetType.COURSE) {
            throw InvalidInput.field("targetType", "input.targetTypeNotPickable");
        }
        return type;
    }

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
        return em.createNamedQuery(Enrollment.COUNT_FOR, Long.class)
                .setParameter("user", user).setParameter("course", course).getSingleResult() > 0;
    }
}
