package org.lms.service.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Start-up configuration of the installation. A key such as {@code lms.password.iterations} is
 * read from the system property of that name, then from the environment variable
 * {@code LMS_PASSWORD_ITERATIONS}. The README's configuration table lists every key.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(key));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public static int getInt(String key, int fallback) {
        return get(key).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Setting " + key + " must be a whole number, not '" + value + "'", e);
            }
        }).orElse(fallback);
    }

    public static boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** {@code lms.password.iterations} becomes {@code LMS_PASSWORD_ITERATIONS}. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
