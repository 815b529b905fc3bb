package org.lms.service.permissions;

import java.util.Optional;
import org.lms.domain.users.EmailAddress;

/** Checks of free text shared by the services: names and emails. */
public final class Inputs {

    private Inputs() {
    }

    /** The name trimmed, or {@link InvalidInput} when it is empty, too long or holds control characters. */
    public static String name(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInput.field(field, "input.required");
        }
        if (trimmed.length() > maxLength) {
            throw InvalidInput.field(field, "input.tooLong", maxLength);
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInput.field(field, "input.controlCharacters");
        }
        return trimmed;
    }

    public static String email(String field, String value) {
        Optional<String> parsed = EmailAddress.parse(value);
        if (parsed.isEmpty()) {
            throw InvalidInput.field(field, value != null && value.strip().length() > EmailAddress.MAX_LENGTH
                    ? "input.emailTooLong" : "input.emailInvalid", EmailAddress.MAX_LENGTH);
        }
        return parsed.get();
    }
}
