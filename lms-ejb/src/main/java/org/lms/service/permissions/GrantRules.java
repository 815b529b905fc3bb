package org.lms.service.permissions;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;

/**
 * The rules that hold whatever the role: nobody grants more than they hold, roles that manage
 * content or people are given only by those who may manage publishers and administrators, the
 * Account Owner is touched by nobody else, nobody changes their own role. Pure logic: the services
 * apply it, the explain service reports it.
 */
public final class GrantRules {

    /** What every learner can do; a role holding more manages content, people or the account. */
    static final Set<Privilege> LEARNER_LEVEL = BuiltInRole.LEARNER.privileges();

    private GrantRules() {
    }

    /** Whether a role manages content, people or the account (a Publisher, an administrator ...). */
    public static boolean isStaff(Set<Privilege> privileges) {
        return !LEARNER_LEVEL.containsAll(privileges);
    }

    /** Why {@code actor} may not give {@code role} to {@code target}, or empty when they may. */
    public static Optional<Reason> whyNotGrant(Actor actor, Role role, User target) {
        if (role.is(BuiltInRole.ACCOUNT_OWNER)) {
            return Optional.of(new Reason("rule.ownerOnlyByTransfer"));
        }
        if (target != null && target.getId() != null && target.getId() == actor.userId()) {
            return Optional.of(new Reason("rule.notOwnRole"));
        }
        Set<Privilege> missing = missing(actor, role.getPrivileges());
        if (!missing.isEmpty()) {
            return Optional.of(new Reason("rule.grantAbove", actor.roleLabel(), RoleLabels.name(role), RoleLabels.privileges(missing)));
        }
        if (isStaff(role.getPrivileges()) && !actor.holds(Privilege.MANAGE_PUBLISHERS_AND_ADMINISTRATORS)) {
            return Optional.of(new Reason("rule.staffRoleNeedsPrivilege", actor.roleLabel(), RoleLabels.name(role)));
        }
        return Optional.empty();
    }

    /** Why {@code actor} may not edit, move, deactivate or delete {@code target}, or empty. */
    public static Optional<Reason> whyNotManage(Actor actor, User target) {
        Role role = target.getRole();
        if (role.is(BuiltInRole.ACCOUNT_OWNER) && !actor.owner()) {
            return Optional.of(new Reason("rule.ownerUntouchable"));
        }
        Set<Privilege> missing = missing(actor, role.getPrivileges());
        if (!missing.isEmpty()) {
            return Optional.of(new Reason("rule.userAboveYou", actor.roleLabel(), RoleLabels.name(role)));
        }
        if (isStaff(role.getPrivileges()) && !actor.holds(Privilege.MANAGE_PUBLISHERS_AND_ADMINISTRATORS)) {
            return Optional.of(new Reason("rule.staffUserNeedsPrivilege", actor.roleLabel(), RoleLabels.name(role)));
        }
        return Optional.empty();
    }

    /** Why {@code actor} may not compose a role of {@code privileges}, or empty. */
    public static Optional<Reason> whyNotCompose(Actor actor, Set<Privilege> privileges) {
        Set<Privilege> missing = missing(actor, privileges);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Reason("rule.composeAbove", RoleLabels.privileges(missing)));
    }

    static Set<Privilege> missing(Actor actor, Set<Privilege> wanted) {
        Set<Privilege> missing = wanted.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(wanted);
        missing.removeAll(actor.privileges());
        return missing;
    }
}
