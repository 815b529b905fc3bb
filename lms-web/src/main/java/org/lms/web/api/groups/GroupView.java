package org.lms.web.api.groups;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.groups.GroupRow;
import org.lms.web.api.support.OrganizationRef;

/** A group: its organization and how many members it has. */
@Schema(name = "Group")
public record GroupView(long id, String name, OrganizationRef organization, long members,
        @Schema(description = "Send it back with PATCH: a change made meanwhile by someone else answers 409") long version) {

    static GroupView of(GroupRow row) {
        return new GroupView(row.id(), row.name(), new OrganizationRef(row.organizationId(), row.organizationName(), null),
                row.members(), row.version());
    }

    /** A page of groups and how many there are in all. */
    @Schema(name = "GroupList")
    public record Page(List<GroupView> items, long total) {
    }
}
