package org.lms.service.users;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.UserStatus;

/** One line of the user list. */
public record UserRow(long id, String name, String email, String organizationName, BuiltInRole roleKey,
        String roleName, UserStatus status, Instant lastSignInAt) implements Serializable {
}
