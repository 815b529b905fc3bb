package org.lms.service.users;

import java.io.Serializable;

/**
 * What a person changes about themselves in one step. A null field stays as it is. For
 * {@code language} and {@code timeZone} an empty text means "back to the account's default".
 * A new email needs {@code currentPassword}.
 */
public record MyChanges(String name, String email, String currentPassword, String language, String timeZone)
        implements Serializable {

    @Override
    public String toString() {
        return "MyChanges[name=" + name + ", email=" + email + ", language=" + language + ", timeZone=" + timeZone + "]";
    }
}
