package org.lms.service.organizations;

import java.io.Serializable;

/**
 * An organization in the tree as the caller sees it: its depth below the caller's scope root and
 * the number of people in its whole subtree.
 */
public record OrganizationNode(long id, String name, Long parentId, String path, int depth, long peopleInSubtree,
        long version) implements Serializable {
}
