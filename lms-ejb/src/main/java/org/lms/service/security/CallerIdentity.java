package org.lms.service.security;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;

/**
 * Who is calling, as the authentication mechanism hands it to the container: the user id is the
 * principal name and the privileges of their role are the groups.
 */
public record CallerIdentity(long userId, int credentialsVersion, Set<String> privileges) implements Serializable {

    public static CallerIdentity of(User user) {
        Set<String> groups = user.getRole().getPrivileges().stream()
                .map(Privilege::name)
                .collect(Collectors.toUnmodifiableSet());
        return new CallerIdentity(user.getId(), user.getCredentialsVersion(), groups);
    }

    public String principalName() {
        return Long.toString(userId);
    }
}
