package org.lms.service.organizations;

import java.io.Serializable;

/** Filter and order of an organization list: names containing {@code text} (null: all), in tree or name order. */
public record OrganizationQuery(String text, SortField sortField, boolean descending) implements Serializable {

    /** {@code PATH} is tree order: every organization right after its parent. */
    public enum SortField { PATH, NAME }

    public static OrganizationQuery all() {
        return new OrganizationQuery(null, SortField.PATH, false);
    }
}
