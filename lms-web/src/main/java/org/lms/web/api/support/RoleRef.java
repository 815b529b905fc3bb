package org.lms.web.api.support;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A role as other objects name it. */
@Schema(name = "RoleRef")
public record RoleRef(long id,
        @Schema(description = "The fixed key of a built-in role (ACCOUNT_OWNER, ADMINISTRATOR, ORGANIZATION_ADMINISTRATOR,"
                + " PUBLISHER, INSTRUCTOR, REPORTER, LEARNER); absent for custom roles") String key,
        String name) {
}
