package org.lms.service.users;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.User;
import org.lms.domain.users.UserStatus;
import org.lms.service.profiles.Profile;

/**
 * A user as the Edit User page and the API show them; {@code version} guards concurrent edits.
 * {@code profile} holds only the profile fields the viewer's role may see.
 */
public record UserDetails(long id, String email, String name, long organizationId, String organizationName,
        String organizationPath, long roleId, BuiltInRole roleKey, String roleName, UserStatus status,
        boolean mayViewOrganizationReports, String locale, String timeZone, Instant createdAt, Instant lastSignInAt,
        long version, Profile profile) implements Serializable {

    public static UserDetails of(User user, Profile profile) {
        return new UserDetails(user.getId(), user.getEmail(), user.getName(), user.getOrganization().getId(),
                user.getOrganization().getName(), user.getOrganization().getPath(), user.getRole().getId(),
                user.getRole().getBuiltIn().orElse(null), user.getRole().getName(), user.getStatus(),
                user.isMayViewOrganizationReports(), user.getLocale(), user.getTimeZone(), user.getCreatedAt(),
                user.getLastSignInAt(), user.getVersion(), profile);
    }
}
