package org.lms.service.profiles;

import java.io.Serializable;
import java.util.List;
import org.lms.domain.profiles.CustomFieldType;

/**
 * A row of the profile-field matrix: a standard field ({@code custom} false, named by
 * {@code labelKey} in the portal's bundle; {@code id}, {@code type} and {@code version} null) or a
 * custom field with its label, type, choices and position.
 */
public record FieldDefinition(String key, boolean custom, String labelKey, String label, Long id, CustomFieldType type,
        List<String> choices, int position, Long version) implements Serializable {
}
