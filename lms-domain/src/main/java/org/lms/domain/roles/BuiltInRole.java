package org.lms.domain.roles;

import static org.lms.domain.roles.Privilege.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fixed presets. Their keys are stable (the API exposes them) and their privilege sets are
 * the product's permission contract: see docs/permissions.md.
 */
public enum BuiltInRole {
    LEARNER(EnumSet.of(CHANGE_OWN_SETTINGS, VIEW_ASSIGNED_CONTENT, VIEW_OWN_HISTORY)),

    REPORTER(union(LEARNER, EnumSet.of(VIEW_REPORTS, EXPORT_REPORTS))),

    INSTRUCTOR(union(LEARNER, EnumSet.of(VIEW_ALL_CONTENT, MANAGE_OWN_CONTENT, ASSIGN_CONTENT,
            VIEW_OWN_CONTENT_REPORTS))),

    PUBLISHER(union(LEARNER, EnumSet.of(VIEW_ALL_CONTENT, MANAGE_OWN_CONTENT, MANAGE_CONTENT,
            ASSIGN_CONTENT, VIEW_OWN_CONTENT_REPORTS, VIEW_REPORTS))),

    ORGANIZATION_ADMINISTRATOR(union(PUBLISHER, EnumSet.of(MANAGE_USERS, MANAGE_GROUPS,
            MANAGE_PUBLISHERS_AND_ADMINISTRATORS, MANAGE_ORGANIZATIONS))),

    ADMINISTRATOR(EnumSet.complementOf(EnumSet.of(MANAGE_MEMBERSHIP))),

    ACCOUNT_OWNER(EnumSet.allOf(Privilege.class));

    private final Set<Privilege> privileges;

    BuiltInRole(Set<Privilege> privileges) {
        this.privileges = Collections.unmodifiableSet(privileges);
    }

    public Set<Privilege> privileges() {
        return privileges;
    }

    /** Resource-bundle key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }

    private static EnumSet<Privilege> union(BuiltInRole base, EnumSet<Privilege> more) {
        EnumSet<Privilege> all = EnumSet.copyOf(base.privileges);
        all.addAll(more);
        return all;
    }
}
