package org.lms.service.users;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.UserStatus;

/** One line of the user list. */
public record UserRow(long id, String name, String email, String organizationName, BuiltInRole roleKey,
        String roleName, UserStatus status, Instant lastSignInAt, long organizationId, long roleId) implements Serializable {

    /** The JPQL select list that fills a row from {@code u} (user), {@code o} (organization) and {@code r} (role). */
    public static final String SELECT = "SELECT NEW org.lms.service.users.UserRow(u.id, u.name, u.email, o.name, r.builtIn,"
            + " r.name, u.status, u.lastSignInAt, o.id, r.id)";
}
