package org.lms.web.api.organizations;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.organizations.OrganizationRow;

/** An organization: its place in the tree and the version that guards changes. */
@Schema(name = "Organization")
public record OrganizationView(long id, String name,
        @Schema(description = "The parent's id; absent for the account's root") Long parentId,
        @Schema(description = "Materialized path of ids from the root, such as /1/7/12/") String path,
        @Schema(description = "Send it back with PATCH: a change made meanwhile by someone else answers 409") long version) {

    static OrganizationView of(OrganizationRow row) {
        return new OrganizationView(row.id(), row.name(), row.parentId(), row.path(), row.version());
    }

    /** A page of organizations and how many there are in all. */
    @Schema(name = "OrganizationList")
    public record Page(List<OrganizationView> items, long total) {
    }
}
