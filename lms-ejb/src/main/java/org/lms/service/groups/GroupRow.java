package org.lms.service.groups;

import java.io.Serializable;

/** A group in a list, with its organization and the number of members. */
public record GroupRow(long id, String name, long organizationId, String organizationName, long members, long version)
        implements Serializable {
}
