package org.lms.service.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lms.domain.roles.Privilege;
import org.lms.service.roles.RoleChangePreview.PrivilegeChange;

class RoleChangePreviewTest {

    @Test
    void gainedPrivilegesComeFirstThenLostOnesEachInPrivilegeOrder() {
        Set<Privilege> before = EnumSet.of(Privilege.VIEW_REPORTS, Privilege.EXPORT_REPORTS, Privilege.VIEW_OWN_HISTORY);
        Set<Privilege> after = EnumSet.of(Privilege.VIEW_OWN_HISTORY, Privilege.MANAGE_GROUPS, Privilege.CHANGE_OWN_SETTINGS);

        List<PrivilegeChange> changes = RoleChangePreview.changes(before, after, 12);

        assertEquals(List.of(
                new PrivilegeChange(Privilege.CHANGE_OWN_SETTINGS, true, 12),
                new PrivilegeChange(Privilege.MANAGE_GROUPS, true, 12),
                new PrivilegeChange(Privilege.VIEW_REPORTS, false, 12),
                new PrivilegeChange(Privilege.EXPORT_REPORTS, false, 12)), changes);
    }

    @Test
    void theSamePrivilegesChangeNothing() {
        Set<Privilege> same = EnumSet.of(Privilege.VIEW_REPORTS);
        assertEquals(List.of(), RoleChangePreview.changes(same, EnumSet.copyOf(same), 3));
        assertTrue(new RoleChangePreview(1, "Helpers", 0, 3, true, List.of()).changesNothing());
    }

    @Test
    void emptySetsOnEitherSideWork() {
        assertEquals(List.of(new PrivilegeChange(Privilege.VIEW_REPORTS, true, 0)),
                RoleChangePreview.changes(Set.of(), Set.of(Privilege.VIEW_REPORTS), 0));
        assertEquals(List.of(new PrivilegeChange(Privilege.VIEW_REPORTS, false, 5)),
                RoleChangePreview.changes(Set.of(Privilege.VIEW_REPORTS), Set.of(), 5));
        assertEquals(List.of(), RoleChangePreview.changes(Set.of(), Set.of(), 5));
    }

    @Test
    void theChangesCannotBeAlteredAfterwards() {
        List<PrivilegeChange> changes = new ArrayList<>(RoleChangePreview.changes(Set.of(), Set.of(Privilege.VIEW_REPORTS), 1));
        RoleChangePreview preview = new RoleChangePreview(1, "Helpers", 0, 1, false, changes);
        changes.clear();
        assertFalse(preview.changesNothing(), "the preview keeps its own copy");
        assertThrows(UnsupportedOperationException.class, () -> preview.changes().clear());
    }
}
