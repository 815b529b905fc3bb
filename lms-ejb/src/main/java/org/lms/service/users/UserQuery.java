package org.lms.service.users;

import java.io.Serializable;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.UserStatus;

/**
 * Filter and order of a user list. {@code sortField} is one of {@link SortField}; anything else
 * sorts by name. Null filters mean "any". {@code organizationId} narrows the list to that
 * organization and everything below it; {@code roleKey}, {@code roleId} and {@code groupId} to
 * holders of the role and members of the group. An organization or group outside the caller's
 * scope answers as not found.
 */
public record UserQuery(String text, UserStatus status, Long organizationId, BuiltInRole roleKey, Long roleId, Long groupId,
        SortField sortField, boolean descending) implements Serializable {

    public enum SortField { NAME, EMAIL, ORGANIZATION, ROLE, STATUS, LAST_SIGN_IN }

    /** Text and status only. */
    public UserQuery(String text, UserStatus status, SortField sortField, boolean descending) {
        this(text, status, null, null, null, null, sortField, descending);
    }

    /** The filters of the Users page (roles chosen by id). */
    public UserQuery(String text, UserStatus status, Long organizationId, Long roleId, Long groupId, SortField sortField,
            boolean descending) {
        this(text, status, organizationId, null, roleId, groupId, sortField, descending);
    }

    public static UserQuery all() {
        return new UserQuery(null, null, SortField.NAME, false);
    }

    public UserQuery withText(String newText) {
        return new UserQuery(newText, status, organizationId, roleKey, roleId, groupId, sortField, descending);
    }

    public UserQuery inOrganization(Long newOrganizationId) {
        return new UserQuery(text, status, newOrganizationId, roleKey, roleId, groupId, sortField, descending);
    }
}
