package org.lms.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.lms.service.platform.Settings;

/** Produces the password hasher with the configured cost. */
@ApplicationScoped
public class SecurityConfiguration {

    public static final String ITERATIONS_SETTING = "lms.password.iterations";

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher(Settings.getInt(ITERATIONS_SETTING, PasswordHasher.DEFAULT_ITERATIONS));
    }
}
