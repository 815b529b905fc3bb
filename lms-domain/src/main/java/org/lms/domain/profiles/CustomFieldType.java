package org.lms.domain.profiles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** What a custom profile field holds. Stored by name. */
public enum CustomFieldType {
    /** Free text, one line, up to {@link CustomField#VALUE_MAX} characters. */
    TEXT,
    /** A calendar date, written as ISO-8601 (2026-03-31). */
    DATE,
    /** One of the field's choices. */
    CHOICE;

    /**
     * Why {@code value} (already trimmed, not empty) does not fit this type, as a bundle key, or
     * empty when it fits. {@code choices} matter for {@link #CHOICE} only.
     */
    public Optional<String> whyNot(String value, List<String> choices) {
        if (value.length() > CustomField.VALUE_MAX) {
            return Optional.of("input.tooLong");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("input.controlCharacters");
        }
        return switch (this) {
            case TEXT -> Optional.empty();
            case DATE -> parseDate(value).isPresent() ? Optional.empty() : Optional.of("input.dateInvalid");
            case CHOICE -> choices.contains(value) ? Optional.empty() : Optional.of("input.choiceUnknown");
        };
    }

    /** The date in ISO-8601 form, or empty when the text is not one. */
    public static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Resource-bundle key of the type's display name. */
    public String labelKey() {
        return "customFieldType." + name();
    }
}
