package org.lms.service.roles;

import java.io.Serializable;
import java.util.Set;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;

/** A role with its privileges and the number of people holding it. */
public record RoleSummary(long id, BuiltInRole key, String name, Set<Privilege> privileges, long users, long version)
        implements Serializable {

    public boolean builtIn() {
        return key != null;
    }
}
