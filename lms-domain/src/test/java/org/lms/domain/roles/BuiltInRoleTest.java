package org.lms.domain.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lms.domain.roles.Privilege.ACCOUNT_WIDE_SCOPE;
import static org.lms.domain.roles.Privilege.ASSIGN_CONTENT;
import static org.lms.domain.roles.Privilege.CHANGE_ACCOUNT_SETTINGS;
import static org.lms.domain.roles.Privilege.CHANGE_OWN_SETTINGS;
import static org.lms.domain.roles.Privilege.EXPORT_REPORTS;
import static org.lms.domain.roles.Privilege.MANAGE_CONTENT;
import static org.lms.domain.roles.Privilege.MANAGE_GROUPS;
import static org.lms.domain.roles.Privilege.MANAGE_MEMBERSHIP;
import static org.lms.domain.roles.Privilege.MANAGE_OWN_CONTENT;
import static org.lms.domain.roles.Privilege.MANAGE_PUBLISHERS_AND_ADMINISTRATORS;
import static org.lms.domain.roles.Privilege.MANAGE_ROLES;
import static org.lms.domain.roles.Privilege.MANAGE_USERS;
import static org.lms.domain.roles.Privilege.VIEW_ALL_CONTENT;
import static org.lms.domain.roles.Privilege.VIEW_ASSIGNED_CONTENT;
import static org.lms.domain.roles.Privilege.VIEW_OWN_CONTENT_REPORTS;
import static org.lms.domain.roles.Privilege.VIEW_OWN_HISTORY;
import static org.lms.domain.roles.Privilege.VIEW_REPORTS;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The built-in roles against the table in DESIGN.md (Table 1 of the seed document). */
class BuiltInRoleTest {

    @Test
    void learnerHoldsExactlyTheSelfServicePrivileges() {
        assertEquals(EnumSet.of(CHANGE_OWN_SETTINGS, VIEW_ASSIGNED_CONTENT, VIEW_OWN_HISTORY),
                BuiltInRole.LEARNER.privileges());
    }

    @Test
    void accountOwnerHoldsEveryPrivilege() {
        assertEquals(EnumSet.allOf(Privilege.class), BuiltInRole.ACCOUNT_OWNER.privileges());
    }

    @Test
    void administratorHoldsEverythingButMembership() {
        assertEquals(EnumSet.complementOf(EnumSet.of(MANAGE_MEMBERSHIP)), BuiltInRole.ADMINISTRATOR.privileges());
    }

    @Test
    void organizationAdministratorStaysInsideTheirOrganizationAndAwayFromTheAccount() {
        Set<Privilege> orgAdmin = BuiltInRole.ORGANIZATION_ADMINISTRATOR.privileges();
        for (Privilege withheld : EnumSet.of(ACCOUNT_WIDE_SCOPE, CHANGE_ACCOUNT_SETTINGS, MANAGE_ROLES, MANAGE_MEMBERSHIP)) {
            assertFalse(orgAdmin.contains(withheld), "Organization Administrator must not hold " + withheld);
        }
        assertTrue(orgAdmin.containsAll(EnumSet.of(MANAGE_USERS, MANAGE_GROUPS, MANAGE_PUBLISHERS_AND_ADMINISTRATORS,
                MANAGE_CONTENT, ASSIGN_CONTENT, VIEW_ALL_CONTENT, VIEW_REPORTS)));
    }

    @Test
    void publisherManagesContentButNotPeople() {
        Set<Privilege> publisher = BuiltInRole.PUBLISHER.privileges();
        assertTrue(publisher.containsAll(EnumSet.of(MANAGE_CONTENT, ASSIGN_CONTENT, VIEW_ALL_CONTENT, VIEW_REPORTS)));
        for (Privilege withheld : EnumSet.of(MANAGE_USERS, MANAGE_GROUPS, MANAGE_PUBLISHERS_AND_ADMINISTRATORS,
                CHANGE_ACCOUNT_SETTINGS, MANAGE_MEMBERSHIP, ACCOUNT_WIDE_SCOPE)) {
            assertFalse(publisher.contains(withheld), "Publisher must not hold " + withheld);
        }
    }

    @Test
    void reporterReadsAndExportsReportsOnly() {
        Set<Privilege> reporter = BuiltInRole.REPORTER.privileges();
        assertTrue(reporter.containsAll(EnumSet.of(VIEW_REPORTS, EXPORT_REPORTS)));
        assertFalse(reporter.contains(VIEW_ALL_CONTENT));
        assertFalse(reporter.contains(MANAGE_OWN_CONTENT));
        assertFalse(reporter.contains(MANAGE_USERS));
    }

    @Test
    void instructorManagesOnlyOwnContent() {
        Set<Privilege> instructor = BuiltInRole.INSTRUCTOR.privileges();
        assertTrue(instructor.containsAll(EnumSet.of(VIEW_ALL_CONTENT, MANAGE_OWN_CONTENT, ASSIGN_CONTENT,
                VIEW_OWN_CONTENT_REPORTS)));
        assertFalse(instructor.contains(MANAGE_CONTENT));
        assertFalse(instructor.contains(VIEW_REPORTS));
        assertFalse(instructor.contains(MANAGE_USERS));
    }

    @ParameterizedTest
    @EnumSource(BuiltInRole.class)
    void everyRoleMayChangeOwnSettings(BuiltInRole role) {
        assertTrue(role.privileges().contains(CHANGE_OWN_SETTINGS));
    }

    @ParameterizedTest
    @EnumSource(BuiltInRole.class)
    void everyRoleIsASubsetOfTheOwner(BuiltInRole role) {
        assertTrue(BuiltInRole.ACCOUNT_OWNER.privileges().containsAll(role.privileges()));
    }

    @ParameterizedTest
    @EnumSource(value = BuiltInRole.class, names = "ACCOUNT_OWNER", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheOwnerManagesTheMembership(BuiltInRole role) {
        assertFalse(role.privileges().contains(MANAGE_MEMBERSHIP), role + " must not hold MANAGE_MEMBERSHIP");
    }

    @ParameterizedTest
    @EnumSource(value = BuiltInRole.class, names = {"ACCOUNT_OWNER", "ADMINISTRATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyOwnerAndAdministratorActAccountWide(BuiltInRole role) {
        assertFalse(role.privileges().contains(ACCOUNT_WIDE_SCOPE));
        assertFalse(role.privileges().contains(CHANGE_ACCOUNT_SETTINGS));
    }

    @ParameterizedTest
    @EnumSource(BuiltInRole.class)
    void privilegeSetsCannotBeChangedFromOutside(BuiltInRole role) {
        assertThrows(UnsupportedOperationException.class, () -> role.privileges().add(MANAGE_MEMBERSHIP));
        assertThrows(UnsupportedOperationException.class, () -> role.privileges().clear());
    }

    @Test
    void rolesAreOrderedFromLeastToMostPowerfulAlongTheManagementLine() {
        // Learner < Publisher < Organization Administrator < Administrator < Account Owner
        BuiltInRole[] line = {BuiltInRole.LEARNER, BuiltInRole.PUBLISHER, BuiltInRole.ORGANIZATION_ADMINISTRATOR,
            BuiltInRole.ADMINISTRATOR, BuiltInRole.ACCOUNT_OWNER};
        for (int i = 1; i < line.length; i++) {
            Set<Privilege> lower = line[i - 1].privileges();
            Set<Privilege> higher = line[i].privileges();
            assertTrue(higher.containsAll(lower) && !lower.containsAll(higher), line[i - 1] + " < " + line[i]);
        }
    }

    @Test
    void labelKeyNamesTheRole() {
        assertEquals("role.ORGANIZATION_ADMINISTRATOR", BuiltInRole.ORGANIZATION_ADMINISTRATOR.labelKey());
    }
}
