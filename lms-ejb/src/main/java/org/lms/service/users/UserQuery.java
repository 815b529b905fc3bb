package org.lms.service.users;

import java.io.Serializable;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.UserStatus;

/**
 * Filter and order of a user list. {@code sortField} is one of {@link SortField}; anything else
 * sorts by name. Null filters mean "any". {@code organizationId} selects that organization and
 * everything below it; {@code organizationId} and {@code groupId} must lie in the caller's scope.
 */
public record UserQuery(String text, UserStatus status, SortField sortField, boolean descending,
        Long organizationId, BuiltInRole roleKey, Long roleId, Long groupId) implements Serializable {

    public enum SortField { NAME, EMAIL, ORGANIZATION, ROLE, STATUS, LAST_SIGN_IN }

    /** Text, status and order only, as the user list page filters. */
    public UserQuery(String text, UserStatus status, SortField sortField, boolean descending) {
        this(text, status, sortField, descending, null, null, null, null);
    }

    public static UserQuery all() {
        return new UserQuery(null, null, SortField.NAME, false);
    }
}
