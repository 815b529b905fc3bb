package org.lms.service.users;

import java.io.Serializable;
import org.lms.domain.users.UserStatus;

/**
 * Filter and order of a user list. {@code sortField} is one of {@link SortField}; anything else
 * sorts by name. {@code organizationId} narrows the list to that organization and everything below
 * it; {@code roleId} and {@code groupId} to holders of the role and members of the group. Each is
 * optional (null). An organization or group outside the caller's scope answers as not found.
 */
public record UserQuery(String text, UserStatus status, Long organizationId, Long roleId, Long groupId,
        SortField sortField, boolean descending) implements Serializable {

    public enum SortField { NAME, EMAIL, ORGANIZATION, ROLE, STATUS, LAST_SIGN_IN }

    /** Text and status only, as the first user list had them. */
    public UserQuery(String text, UserStatus status, SortField sortField, boolean descending) {
        this(text, status, null, null, null, sortField, descending);
    }

    public static UserQuery all() {
        return new UserQuery(null, null, SortField.NAME, false);
    }

    public UserQuery withText(String newText) {
        return new UserQuery(newText, status, organizationId, roleId, groupId, sortField, descending);
    }

    public UserQuery inOrganization(Long newOrganizationId) {
        return new UserQuery(text, status, newOrganizationId, roleId, groupId, sortField, descending);
    }
}
