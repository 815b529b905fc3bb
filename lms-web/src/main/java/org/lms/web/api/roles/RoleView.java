package org.lms.web.api.roles;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.roles.RoleSummary;

/** A role with its privileges. */
@Schema(name = "Role")
public record RoleView(long id,
        @Schema(description = "The fixed key of a built-in role; absent for custom roles") String key,
        String name,
        @Schema(description = "Built-in roles cannot be changed or deleted") boolean builtIn,
        @Schema(description = "Privilege keys, see GET /api/v1/privileges") List<String> privileges,
        @Schema(description = "How many people of the caller's scope hold the role") long users,
        @Schema(description = "Send it back with PUT: a change made meanwhile by someone else answers 409") long version) {

    static RoleView of(RoleSummary role) {
        List<String> privileges = role.privileges().stream().sorted().map(Enum::name).toList();
        return new RoleView(role.id(), role.key() == null ? null : role.key().name(), role.name(), role.builtIn(), privileges,
                role.users(), role.version());
    }

    /** A page of roles and how many there are in all. */
    @Schema(name = "RoleList")
    public record Page(List<RoleView> items, long total) {
    }
}
