package org.lms.service.users;

import java.io.Serializable;
import java.util.Set;

/** What the page shell needs to know about the signed-in person. */
public record MyProfile(long id, String email, String name, long roleId, String roleKey, String roleName,
        long organizationId, String organizationName, String organizationPath,
        String locale, String timeZone, Set<String> privileges) implements Serializable {
}
