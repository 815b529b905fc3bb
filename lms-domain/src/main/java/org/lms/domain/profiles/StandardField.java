package org.lms.domain.profiles;

/**
 * The profile fields every user has, stored as columns of the user. Their keys are the constants'
 * names (upper case), so they never clash with the keys of custom fields (lower case).
 * Name and email identify a person: a role may see them read-only, never hidden.
 */
public enum StandardField {
    NAME(true),
    EMAIL(true),
    JOB_TITLE(false),
    DEPARTMENT(false),
    PHONE(false),
    MANAGER(false),
    HIRE_DATE(false),
    EMPLOYEE_ID(false);

    private final boolean identifying;

    StandardField(boolean identifying) {
        this.identifying = identifying;
    }

    /** Whether the field identifies the person and so is never hidden from anyone who sees users. */
    public boolean identifying() {
        return identifying;
    }

    public String key() {
        return name();
    }

    /** Resource-bundle key of the field's display name. */
    public String labelKey() {
        return "profileField." + name();
    }

    /** The standard field with this key, or null when the key names a custom field or nothing. */
    public static StandardField byKey(String key) {
        for (StandardField field : values()) {
            if (field.name().equals(key)) {
                return field;
            }
        }
        return null;
    }
}
