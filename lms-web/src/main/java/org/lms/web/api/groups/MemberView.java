package org.lms.web.api.groups;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.users.UserRow;
import org.lms.web.api.support.OrganizationRef;
import org.lms.web.api.support.RoleRef;

/** A member of a group, as the user list shows people. */
@Schema(name = "Member")
public record MemberView(long id, String email, String name, OrganizationRef organization, RoleRef role, String status) {

    static MemberView of(UserRow row) {
        return new MemberView(row.id(), row.email(), row.name(), new OrganizationRef(row.organizationId(), row.organizationName(), null),
                new RoleRef(row.roleId(), row.roleKey() == null ? null : row.roleKey().name(), row.roleName()), row.status().name());
    }

    /** A page of members and how many there are in all. */
    @Schema(name = "MemberList")
    public record Page(List<MemberView> items, long total) {
    }
}
