package org.lms.web.api.me;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.roles.Privilege;
import org.lms.service.users.MyProfile;
import org.lms.web.api.support.OrganizationRef;
import org.lms.web.api.support.RoleRef;

/** The signed-in person. */
@Schema(name = "Me")
@JsonbPropertyOrder({"id", "email", "name", "role", "organization", "privileges", "locale", "timeZone"})
public record MeView(long id, String email, String name, RoleRef role, OrganizationRef organization,
        @Schema(description = "The privileges of the person's role") List<String> privileges,
        @Schema(description = "Chosen language (en, de); absent: the account's default") String locale,
        @Schema(description = "Chosen time zone, such as Europe/Berlin; absent: the account's default") String timeZone) {

    static MeView of(MyProfile me) {
        // In the enum's order, so the list reads the same every time.
        List<String> privileges = java.util.Arrays.stream(Privilege.values()).map(Enum::name)
                .filter(me.privileges()::contains).toList();
        return new MeView(me.id(), me.email(), me.name(), new RoleRef(me.roleId(), me.roleKey(), me.roleName()),
                new OrganizationRef(me.organizationId(), me.organizationName(), me.organizationPath()), privileges,
                me.locale(), me.timeZone());
    }
}
