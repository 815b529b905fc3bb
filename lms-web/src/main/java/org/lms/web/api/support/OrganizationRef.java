package org.lms.web.api.support;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization as other objects name it. */
@Schema(name = "OrganizationRef")
public record OrganizationRef(long id, String name,
        @Schema(description = "Materialized path of ids from the root, such as /1/7/12/; absent in lists") String path) {
}
