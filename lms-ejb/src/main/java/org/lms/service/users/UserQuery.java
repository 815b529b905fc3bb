package org.lms.service.users;

import java.io.Serializable;
import org.lms.domain.users.UserStatus;

/**
 * Filter and order of a user list. {@code sortField} is one of {@link SortField}; anything else
 * sorts by name.
 */
public record UserQuery(String text, UserStatus status, SortField sortField, boolean descending) implements Serializable {

    public enum SortField { NAME, EMAIL, ORGANIZATION, ROLE, STATUS, LAST_SIGN_IN }

    public static UserQuery all() {
        return new UserQuery(null, null, SortField.NAME, false);
    }
}
