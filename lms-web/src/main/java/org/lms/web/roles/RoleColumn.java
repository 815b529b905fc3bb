package org.lms.web.roles;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.service.roles.RoleSummary;

/**
 * A column of the privilege matrix: a role as the service summarized it, or the draft of a new
 * role ({@code id} null) while it is being composed.
 */
public record RoleColumn(Long id, BuiltInRole key, String name, long holders, long version, Set<Privilege> privileges)
        implements Serializable {

    public static RoleColumn of(RoleSummary role) {
        return new RoleColumn(role.id(), role.key(), role.name(), role.users(), role.version(),
                role.privileges().isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(role.privileges()));
    }

    public static RoleColumn draft() {
        return new RoleColumn(null, null, null, 0, 0, EnumSet.noneOf(Privilege.class));
    }

    public boolean isDraft() {
        return id == null;
    }

    public boolean isBuiltIn() {
        return key != null;
    }

    public boolean holds(Privilege privilege) {
        return privileges.contains(privilege);
    }
}
