package org.lms.web.api.users;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.lms.domain.roles.BuiltInRole;
import org.lms.service.roles.RoleAdministration;
import org.lms.service.roles.RoleSummary;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.JsonBody;

/** A role named in a request body by {@code roleKey} (a built-in role) or by {@code roleId}. */
record RoleSelection(BuiltInRole key, Long id) {

    static RoleSelection from(JsonBody body) {
        String keyText = body.text("roleKey");
        Long id = body.number("roleId");
        BuiltInRole key = null;
        if (keyText != null) {
            try {
                key = BuiltInRole.valueOf(keyText);
            } catch (IllegalArgumentException unknown) {
                body.problem("roleKey", ApiText.FIELD_ONE_OF,
                        Arrays.stream(BuiltInRole.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        if (keyText != null && id != null) {
            body.problem("roleId", ApiText.FIELD_EITHER, "roleKey", "roleId");
        } else if (keyText == null && id == null) {
            body.problem("roleKey", ApiText.FIELD_EITHER, "roleKey", "roleId");
        }
        return new RoleSelection(key, id);
    }

    /** The role's id; a key is looked up among the roles, where every built-in role always is. */
    long id(RoleAdministration roles) {
        if (id != null) {
            return id;
        }
        return roles.roles().stream().filter(role -> role.key() == key).map(RoleSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("built-in role " + key + " is missing"));
    }
}
