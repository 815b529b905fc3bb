package org.lms.service.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;

/** The reasons people read, in English and German. */
class ReasonsBundleTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(keys(""), keys("_de"));
    }

    @Test
    void everyPrivilegeAndRoleIsNamed() throws IOException {
        Properties english = load("");
        for (Privilege privilege : Privilege.values()) {
            assertTrue(english.containsKey("privilege." + privilege.name()), privilege.name());
        }
        for (BuiltInRole role : BuiltInRole.values()) {
            assertTrue(english.containsKey("rolePlural." + role.name()), role.name());
            assertTrue(english.containsKey("roleName." + role.name()), role.name());
        }
    }

    @Test
    void everyPatternFormats() throws IOException {
        for (String suffix : new String[] {"", "_de"}) {
            Properties bundle = load(suffix);
            for (String key : bundle.stringPropertyNames()) {
                String formatted = new MessageFormat(bundle.getProperty(key), Locale.ROOT)
                        .format(new Object[] {1, 1, 1, 1});
                assertFalse(formatted.contains("{"), suffix + " " + key + ": " + formatted);
            }
        }
    }

    @Test
    void reasonsNameRolesInTheReadersLanguage() {
        Role role = Role.builtIn(BuiltInRole.ORGANIZATION_ADMINISTRATOR, "Organization Administrator");
        Actor organizationAdministrator = new Actor(1L, RoleLabels.plural(role), role.getPrivileges(), false);
        Reason reason = GrantRules.whyNotGrant(organizationAdministrator, Role.builtIn(BuiltInRole.ADMINISTRATOR, "Administrator"), null)
                .orElseThrow();
        assertTrue(reason.message(Locale.ENGLISH).startsWith("Organization Administrators cannot grant Administrator: "),
                reason.message(Locale.ENGLISH));
        assertTrue(reason.message(Locale.GERMAN).startsWith("Organisationsadministratoren können die Rolle Administrator nicht vergeben"),
                reason.message(Locale.GERMAN));
        assertTrue(reason.message(Locale.ENGLISH).contains("Whole account"), reason.message(Locale.ENGLISH));
        assertTrue(reason.message(Locale.GERMAN).contains("Gesamtes Konto"), reason.message(Locale.GERMAN));
    }

    private static Set<String> keys(String suffix) throws IOException {
        return new TreeSet<>(load(suffix).stringPropertyNames());
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReasonsBundleTest.class.getResourceAsStream("/org/lms/service/permissions/reasons" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
