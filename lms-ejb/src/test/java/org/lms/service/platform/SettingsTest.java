package org.lms.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    /** A key nobody else uses, so no environment variable or other test can interfere. */
    private final String key = "lms.unittest." + UUID.randomUUID().toString().replace("-", "");

    @AfterEach
    void clearProperty() {
        System.clearProperty(key);
    }

    @Test
    void environmentNameUpperCasesAndReplacesSeparators() {
        assertEquals("LMS_PASSWORD_ITERATIONS", Settings.environmentName("lms.password.iterations"));
        assertEquals("LMS_DATA_DIR", Settings.environmentName("lms.data-dir"));
        assertEquals("LMS_OWNER_EMAIL", Settings.environmentName("LMS_OWNER_EMAIL"));
    }

    @Test
    void environmentNameIgnoresATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("LMS_IDENTITY_INTERVAL", Settings.environmentName("lms.identity.interval"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingSettingIsEmptyAndFallsBack() {
        assertEquals(Optional.empty(), Settings.get(key));
        assertEquals("fallback", Settings.get(key, "fallback"));
        assertEquals(17, Settings.getInt(key, 17));
        assertTrue(Settings.getBoolean(key, true));
    }

    @Test
    void readsAndStripsASystemProperty() {
        System.setProperty(key, "  value with spaces inside  ");
        assertEquals(Optional.of("value with spaces inside"), Settings.get(key));
        assertEquals("value with spaces inside", Settings.get(key, "fallback"));
    }

    @Test
    void blankPropertyCountsAsMissing() {
        System.setProperty(key, "   ");
        assertEquals(Optional.empty(), Settings.get(key));
        assertEquals(5, Settings.getInt(key, 5));
    }

    @Test
    void readsWholeNumbers() {
        System.setProperty(key, " 2000 ");
        assertEquals(2000, Settings.getInt(key, 1));
        System.setProperty(key, "-3");
        assertEquals(-3, Settings.getInt(key, 1));
    }

    @Test
    void garbageInANumberSettingFailsNamingTheKey() {
        for (String garbage : new String[] {"12x", "ten", "1.5", "99999999999"}) {
            System.setProperty(key, garbage);
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Settings.getInt(key, 1));
            assertTrue(refused.getMessage().contains(key), refused.getMessage());
            assertTrue(refused.getMessage().contains(garbage), refused.getMessage());
        }
    }

    @Test
    void readsBooleans() {
        System.setProperty(key, "TRUE");
        assertTrue(Settings.getBoolean(key, false));
        System.setProperty(key, "false");
        assertFalse(Settings.getBoolean(key, true));
    }

    @Test
    void fallsBackToTheEnvironmentAndASystemPropertyWins() {
        // PATH is set in every environment the build runs in; "path" is the key that maps to it.
        String environment = System.getenv("PATH");
        assumeTrue(environment != null && !environment.isBlank(), "PATH is set");
        String before = System.getProperty("path");
        try {
            System.clearProperty("path");
            assertEquals(Optional.of(environment.strip()), Settings.get("path"));

            System.setProperty("path", "from-the-system-property");
            assertEquals(Optional.of("from-the-system-property"), Settings.get("path"));

            System.setProperty("path", " ");
            assertEquals(Optional.of(environment.strip()), Settings.get("path"), "a blank property does not hide it");
        } finally {
            if (before == null) {
                System.clearProperty("path");
            } else {
                System.setProperty("path", before);
            }
        }
    }
}
