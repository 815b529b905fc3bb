package org.lms.web.api.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.profiles.StandardField;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;
import org.lms.service.profiles.Profile;
import org.lms.service.profiles.ProfileEntry;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.JsonBody;

/**
 * Profile fields in the API: the standard ones as fields of the user ({@code jobTitle},
 * {@code managerId}, ...), custom ones in the object {@code profile} by their keys. What the
 * caller's role may not see is absent from answers; whether a change is allowed is the
 * service's decision, by the caller's role.
 */
public final class ProfileJson {

    /** The JSON names of the standard profile fields, by field. */
    public static final Map<StandardField, String> NAMES = Map.of(StandardField.JOB_TITLE, "jobTitle",
            StandardField.DEPARTMENT, "department", StandardField.PHONE, "phone", StandardField.MANAGER, "managerId",
            StandardField.HIRE_DATE, "hireDate", StandardField.EMPLOYEE_ID, "employeeId");
    /** The request fields that carry profile fields. */
    public static final List<String> FIELDS = List.of("jobTitle", "department", "phone", "managerId", "hireDate", "employeeId", "profile");

    private ProfileJson() {
    }

    /** The profile fields a request changes, by the service's keys; {@code null} empties a field. */
    public static Map<String, String> changes(JsonBody body) {
        Map<String, String> changes = new LinkedHashMap<>();
        NAMES.forEach((field, name) -> {
            if (body.has(name)) {
                if (body.isNull(name)) {
                    changes.put(field.key(), "");
                } else if (field == StandardField.MANAGER) {
                    Long id = body.number(name);
                    changes.put(field.key(), id == null ? "" : id.toString());
                } else {
                    String text = body.text(name);
                    changes.put(field.key(), text == null ? "" : text);
                }
            }
        });
        Map<String, String> custom = body.textMap("profile");
        if (custom != null) {
            for (Map.Entry<String, String> entry : custom.entrySet()) {
                if (StandardField.byKey(entry.getKey()) != null) {
                    body.problem("profile", ApiText.FIELD_UNKNOWN);
                } else {
                    changes.put(entry.getKey(), entry.getValue());
                }
            }
        }
        return changes;
    }

    /** The service's reasons under the names the request used for the profile fields it sent. */
    public static InvalidInput renamed(InvalidInput invalid, java.util.Set<String> profileKeys) {
        if (invalid.isConflict()) {
            return invalid;
        }
        Map<String, Reason> renamed = new LinkedHashMap<>();
        invalid.fieldReasons().forEach((key, reason) -> {
            StandardField standard = StandardField.byKey(key);
            String name = !profileKeys.contains(key) ? key : standard != null ? NAMES.getOrDefault(standard, key) : "profile." + key;
            renamed.put(name, reason);
        });
        return InvalidInput.fields(renamed);
    }

    /** The visible custom values, or null when there are none. */
    public static Map<String, String> custom(Profile profile) {
        if (profile == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ProfileEntry entry : profile.custom()) {
            if (entry.value() != null) {
                values.put(entry.key(), entry.value());
            }
        }
        return values.isEmpty() ? null : values;
    }

    public static String value(Profile profile, StandardField field) {
        return profile == null ? null : profile.value(field.key());
    }

    public static Long managerId(Profile profile) {
        String id = value(profile, StandardField.MANAGER);
        return id == null ? null : Long.valueOf(id);
    }
}
