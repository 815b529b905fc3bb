package org.lms.domain.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleTest {

    @Test
    void customRoleCarriesItsNameAndPrivileges() {
        Role role = Role.custom("Auditor", EnumSet.of(Privilege.VIEW_AUDIT_LOG, Privilege.VIEW_REPORTS));

        assertFalse(role.isBuiltIn());
        assertEquals(Optional.empty(), role.getBuiltIn());
        assertNull(role.getKey());
        assertEquals("Auditor", role.getName());
        assertEquals(EnumSet.of(Privilege.VIEW_AUDIT_LOG, Privilege.VIEW_REPORTS), role.getPrivileges());
        assertTrue(role.holds(Privilege.VIEW_AUDIT_LOG));
        assertFalse(role.holds(Privilege.MANAGE_USERS));
    }

    @Test
    void customRoleMayStartWithoutPrivileges() {
        Role role = Role.custom("Nothing yet", Set.of());
        assertTrue(role.getPrivileges().isEmpty());
        role.changePrivileges(Set.of(Privilege.VIEW_REPORTS));
        assertEquals(Set.of(Privilege.VIEW_REPORTS), role.getPrivileges());
    }

    @Test
    void customRoleCopiesThePrivilegesItWasGiven() {
        Set<Privilege> given = EnumSet.of(Privilege.VIEW_REPORTS);
        Role role = Role.custom("Readers", given);
        given.add(Privilege.MANAGE_MEMBERSHIP);
        assertFalse(role.holds(Privilege.MANAGE_MEMBERSHIP));
    }

    @Test
    void customRoleCanBeRenamed() {
        Role role = Role.custom("Auditor", EnumSet.of(Privilege.VIEW_AUDIT_LOG));
        role.rename("Compliance");
        assertEquals("Compliance", role.getName());
    }

    @Test
    void customRolePrivilegesAreReplacedNotMerged() {
        Role role = Role.custom("Auditor", EnumSet.of(Privilege.VIEW_AUDIT_LOG, Privilege.VIEW_REPORTS));
        role.changePrivileges(EnumSet.of(Privilege.EXPORT_REPORTS));
        assertEquals(EnumSet.of(Privilege.EXPORT_REPORTS), role.getPrivileges());
    }

    @Test
    void privilegesCannotBeChangedThroughTheGetter() {
        Role role = Role.custom("Auditor", EnumSet.of(Privilege.VIEW_AUDIT_LOG));
        assertThrows(UnsupportedOperationException.class, () -> role.getPrivileges().add(Privilege.MANAGE_MEMBERSHIP));
        assertFalse(role.holds(Privilege.MANAGE_MEMBERSHIP));
    }

    @ParameterizedTest
    @EnumSource(BuiltInRole.class)
    void builtInRoleMirrorsItsPreset(BuiltInRole key) {
        Role role = Role.builtIn(key, "Label");
        assertTrue(role.isBuiltIn());
        assertTrue(role.is(key));
        assertEquals(Optional.of(key), role.getBuiltIn());
        assertEquals(key.name(), role.getKey());
        assertEquals(key.privileges(), role.getPrivileges());
    }

    @ParameterizedTest
    @EnumSource(BuiltInRole.class)
    void builtInRoleRefusesRenaming(BuiltInRole key) {
        Role role = Role.builtIn(key, "Label");
        assertThrows(IllegalStateException.class, () -> role.rename("Boss"));
        assertEquals("Label", role.getName());
    }

    @ParameterizedTest
    @EnumSource(BuiltInRole.class)
    void builtInRoleRefusesNewPrivileges(BuiltInRole key) {
        Role role = Role.builtIn(key, "Label");
        assertThrows(IllegalStateException.class, () -> role.changePrivileges(EnumSet.of(Privilege.MANAGE_MEMBERSHIP)));
        assertEquals(key.privileges(), role.getPrivileges());
    }

    @Test
    void restoreBuiltInPrivilegesUndoesDrift() throws ReflectiveOperationException {
        Role role = Role.builtIn(BuiltInRole.PUBLISHER, "Publisher");
        // Simulate a row stored by an older version with other privileges.
        Field field = Role.class.getDeclaredField("privileges");
        field.setAccessible(true);
        field.set(role, EnumSet.of(Privilege.MANAGE_MEMBERSHIP, Privilege.MANAGE_USERS));
        assertTrue(role.holds(Privilege.MANAGE_MEMBERSHIP));

        role.restoreBuiltInPrivileges();

        assertEquals(BuiltInRole.PUBLISHER.privileges(), role.getPrivileges());
        assertFalse(role.holds(Privilege.MANAGE_MEMBERSHIP));
    }

    @Test
    void customRoleHasNoPrivilegesToRestore() {
        Role role = Role.custom("Auditor", EnumSet.of(Privilege.VIEW_AUDIT_LOG));
        assertThrows(IllegalStateException.class, role::restoreBuiltInPrivileges);
        assertEquals(EnumSet.of(Privilege.VIEW_AUDIT_LOG), role.getPrivileges());
    }
}
