package org.lms.service.users;

import java.io.Serializable;
import java.util.Map;
import org.lms.domain.users.UserStatus;

/**
 * What the Edit User page saves in one go. The organization travels as its own parameter of
 * {@link UserAdministration#save} so the scope check sees it. {@code profile} holds the profile
 * fields to change, by key (a field left out stays as it is; an empty value empties it).
 */
public record UserEdit(String name, String email, long roleId, UserStatus status, Map<String, String> profile)
        implements Serializable {

    public UserEdit {
        profile = profile == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(profile));
    }

    /** A change without profile fields. */
    public UserEdit(String name, String email, long roleId, UserStatus status) {
        this(name, email, roleId, status, Map.of());
    }
}
