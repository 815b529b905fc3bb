package org.lms.service.permissions;

import java.util.EnumSet;
import java.util.Set;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;

/** The person acting, as the rules see them. */
public record Actor(long userId, Localizable roleLabel, Set<Privilege> privileges, boolean owner) {

    public static Actor of(User user) {
        Role role = user.getRole();
        return new Actor(user.getId(), RoleLabels.plural(role), EnumSet.copyOf(withNone(role.getPrivileges())),
                role.is(BuiltInRole.ACCOUNT_OWNER));
    }

    public boolean holds(Privilege privilege) {
        return privileges.contains(privilege);
    }

    private static Set<Privilege> withNone(Set<Privilege> privileges) {
        return privileges.isEmpty() ? EnumSet.noneOf(Privilege.class) : privileges;
    }
}
