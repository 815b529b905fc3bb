package org.lms.service.profiles;

import org.lms.domain.profiles.CustomFieldType;

/** How a profile field's value is entered and shown. */
public enum FieldKind {
    TEXT, DATE, CHOICE,
    /** Another user of the account, given by id; shown by name. */
    PERSON;

    static FieldKind of(CustomFieldType type) {
        return switch (type) {
            case TEXT -> TEXT;
            case DATE -> DATE;
            case CHOICE -> CHOICE;
        };
    }
}
