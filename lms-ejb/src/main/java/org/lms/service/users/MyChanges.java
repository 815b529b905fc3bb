package org.lms.service.users;

import java.io.Serializable;
import java.util.Map;

/**
 * What a person changes about themselves in one step. A null field stays as it is. For
 * {@code language} and {@code timeZone} an empty text means "back to the account's default".
 * A new email needs {@code currentPassword}. {@code profile} holds profile fields to change, by
 * key, under the rules of the person's own role.
 */
public record MyChanges(String name, String email, String currentPassword, String language, String timeZone,
        Map<String, String> profile) implements Serializable {

    public MyChanges {
        profile = profile == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(profile));
    }

    /** Changes without profile fields. */
    public MyChanges(String name, String email, String currentPassword, String language, String timeZone) {
        this(name, email, currentPassword, language, timeZone, Map.of());
    }

    @Override
    public String toString() {
        return "MyChanges[name=" + name + ", email=" + email + ", language=" + language + ", timeZone=" + timeZone + ", profile=" + profile.keySet() + "]";
    }
}
