package org.lms.service.roles;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lms.domain.roles.Privilege;

/**
 * What a change of a custom role's privileges would do, before it is made: each privilege its
 * holders would gain or lose, and how many holders that concerns. People are counted in the
 * caller's scope ({@code wholeAccount} says whether that is the whole account); holders elsewhere
 * are changed too but are not the caller's to see.
 */
public record RoleChangePreview(long roleId, String roleName, long version, long holders, boolean wholeAccount,
        List<PrivilegeChange> changes) implements Serializable {

    /** One privilege the role's holders would gain ({@code gained}) or lose, and how many people that is. */
    public record PrivilegeChange(Privilege privilege, boolean gained, long people) implements Serializable {
    }

    public RoleChangePreview {
        changes = List.copyOf(changes);
    }

    /** Whether the privileges stay as they are (a rename, or nothing at all). */
    public boolean changesNothing() {
        return changes.isEmpty();
    }

    /**
     * The privileges gained, then those lost, each in the order of {@link Privilege}: every holder
     * of a role holds exactly its privileges, so each change concerns all {@code holders}.
     */
    public static List<PrivilegeChange> changes(Set<Privilege> before, Set<Privilege> after, long holders) {
        Set<Privilege> gained = copy(after);
        gained.removeAll(before);
        Set<Privilege> lost = copy(before);
        lost.removeAll(after);
        List<PrivilegeChange> changes = new ArrayList<>(gained.size() + lost.size());
        gained.forEach(privilege -> changes.add(new PrivilegeChange(privilege, true, holders)));
        lost.forEach(privilege -> changes.add(new PrivilegeChange(privilege, false, holders)));
        return changes;
    }

    private static Set<Privilege> copy(Set<Privilege> privileges) {
        return privileges.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(privileges);
    }
}
