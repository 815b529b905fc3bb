package org.lms.service.organizations;

import java.io.Serializable;

/** An organization in a list or on its own: where it sits in the tree, and the version that guards edits. */
public record OrganizationRow(long id, String name, Long parentId, String path, long version) implements Serializable {

    /** The JPQL select list that fills a row from {@code o} (organization) and {@code p} (its parent, outer-joined). */
    static final String SELECT = "SELECT NEW org.lms.service.organizations.OrganizationRow(o.id, o.name, p.id, o.path, o.version)";
}
