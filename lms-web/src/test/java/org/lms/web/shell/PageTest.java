package org.lms.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;

class PageTest {

    private static final Set<String> ALL_PRIVILEGES =
            Arrays.stream(Privilege.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    @ParameterizedTest
    @EnumSource(Page.class)
    void viewIdIsAnAbsoluteFaceletsPath(Page page) {
        assertTrue(page.viewId().startsWith("/"), page.viewId());
        assertTrue(page.viewId().endsWith(".xhtml"), page.viewId());
        assertFalse(page.viewId().startsWith("/WEB-INF/"), page.viewId());
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void viewExists(Page page) {
        // Tests run with the module directory as working directory.
        Path view = Path.of("src/main/webapp", page.viewId().substring(1));
        assertTrue(Files.isRegularFile(view), view + " exists for " + page);
    }

    @Test
    void viewIdsAreUnique() {
        assertEquals(Page.values().length, Arrays.stream(Page.values()).map(Page::viewId).distinct().count());
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void adminPagesRequireAPrivilege(Page page) {
        if (page.viewId().startsWith("/admin/")) {
            assertFalse(page.opensFor(Set.of()), page + " must not open for a caller without privileges");
            assertTrue(page.section() != null, page + " sits in a menu section");
        }
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void everyPageOpensForTheAccountOwner(Page page) {
        Set<String> owner = BuiltInRole.ACCOUNT_OWNER.privileges().stream().map(Enum::name).collect(Collectors.toSet());
        assertTrue(page.opensFor(owner), page.toString());
        assertTrue(page.opensFor(ALL_PRIVILEGES), page.toString());
    }

    @Test
    void dashboardOpensForEveryone() {
        assertTrue(Page.DASHBOARD.opensFor(Set.of()));
        assertTrue(Page.DASHBOARD.opensFor(Set.of(Privilege.CHANGE_OWN_SETTINGS.name())));
    }

    @Test
    void usersOpensOnlyWithManageUsers() {
        assertTrue(Page.USERS.opensFor(Set.of(Privilege.MANAGE_USERS.name())));
        assertTrue(Page.USERS.opensFor(Set.of(Privilege.CHANGE_OWN_SETTINGS.name(), Privilege.MANAGE_USERS.name())));

        Set<String> allButManageUsers = ALL_PRIVILEGES.stream()
                .filter(name -> !name.equals(Privilege.MANAGE_USERS.name()))
                .collect(Collectors.toSet());
        assertFalse(Page.USERS.opensFor(allButManageUsers));
        assertFalse(Page.USERS.opensFor(Set.of()));
        assertFalse(Page.USERS.opensFor(Set.of("manage_users")), "privilege names are case-sensitive");
    }

    @Test
    void usersPageFollowsTheBuiltInRoles() {
        assertFalse(Page.USERS.opensFor(names(BuiltInRole.LEARNER)));
        assertFalse(Page.USERS.opensFor(names(BuiltInRole.PUBLISHER)));
        assertTrue(Page.USERS.opensFor(names(BuiltInRole.ORGANIZATION_ADMINISTRATOR)));
        assertTrue(Page.USERS.opensFor(names(BuiltInRole.ADMINISTRATOR)));
    }

    @Test
    void theRolesAndWhyPagesOpenForRoleManagersAndForPeopleWhoManageUsers() {
        for (Page page : new Page[] {Page.ROLES, Page.WHY}) {
            assertTrue(page.opensFor(Set.of(Privilege.MANAGE_ROLES.name())), page.toString());
            assertTrue(page.opensFor(Set.of(Privilege.MANAGE_USERS.name())), page.toString());
            assertTrue(page.opensFor(names(BuiltInRole.ORGANIZATION_ADMINISTRATOR)), page.toString());
            assertFalse(page.opensFor(names(BuiltInRole.PUBLISHER)), page.toString());
            assertFalse(page.opensFor(names(BuiltInRole.REPORTER)), page.toString());
            assertFalse(page.opensFor(names(BuiltInRole.LEARNER)), page.toString());
        }
    }

    @Test
    void theAuditLogOpensOnlyWithViewAuditLog() {
        assertTrue(Page.AUDIT_LOG.opensFor(Set.of(Privilege.VIEW_AUDIT_LOG.name())));
        assertTrue(Page.AUDIT_LOG.opensFor(names(BuiltInRole.ADMINISTRATOR)));
        assertFalse(Page.AUDIT_LOG.opensFor(names(BuiltInRole.ORGANIZATION_ADMINISTRATOR)));
        assertFalse(Page.AUDIT_LOG.opensFor(Set.of(Privilege.MANAGE_ROLES.name(), Privilege.MANAGE_USERS.name())));
        assertEquals(Optional.of(Page.AUDIT_LOG), Page.forViewId("/admin/audit.xhtml"));
    }

    @Test
    void theReportsOpenWithTheReportServicesPrivilegesAndThenTheirRule() {
        assertTrue(Page.REPORTS.opensFor(Set.of(Privilege.VIEW_REPORTS.name())));
        assertTrue(Page.REPORTS.opensFor(names(BuiltInRole.REPORTER)));
        assertTrue(Page.REPORTS.opensFor(names(BuiltInRole.PUBLISHER)));
        assertTrue(Page.REPORTS.opensFor(names(BuiltInRole.INSTRUCTOR)), "the learners of their own courses");
        assertTrue(Page.REPORTS.opensFor(Set.of(Privilege.VIEW_OWN_CONTENT_REPORTS.name())));
        // A learner passes the privileges; whether they may read the reports is the services' rule.
        assertTrue(Page.REPORTS.opensFor(names(BuiltInRole.LEARNER)));
        assertEquals(Page.Rule.LEARNING_REPORTS, Page.REPORTS.rule());
        assertFalse(Page.REPORTS.opensFor(Set.of(Privilege.EXPORT_REPORTS.name())), "exporting alone opens nothing");
        assertEquals(null, Page.USERS.rule(), "other pages: the privileges alone");
        assertEquals(Optional.of(Page.REPORTS), Page.forViewId("/admin/reports.xhtml"));
    }

    @Test
    void forViewIdFindsPagesExactly() {
        assertEquals(Optional.of(Page.USERS), Page.forViewId("/admin/users.xhtml"));
        assertEquals(Optional.of(Page.DASHBOARD), Page.forViewId("/index.xhtml"));
        assertEquals(Optional.empty(), Page.forViewId("/admin/USERS.xhtml"));
        assertEquals(Optional.empty(), Page.forViewId("/admin/nothing.xhtml"));
    }

    private static Set<String> names(BuiltInRole role) {
        return role.privileges().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
