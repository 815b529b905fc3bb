package org.lms.service.users;

import java.io.Serializable;
import org.lms.domain.users.UserStatus;

/**
 * What the Edit User page saves in one go. The organization travels as its own parameter of
 * {@link UserAdministration#save} so the scope check sees it. Profile fields will join here.
 */
public record UserEdit(String name, String email, long roleId, UserStatus status) implements Serializable {
}
