package org.lms.service.roles;

import java.io.Serializable;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Role;

/** A role as offered in a Role list. */
public record RoleChoice(long id, BuiltInRole key, String name) implements Serializable {

    public static RoleChoice of(Role role) {
        return new RoleChoice(role.getId(), role.getBuiltIn().orElse(null), role.getName());
    }
}
