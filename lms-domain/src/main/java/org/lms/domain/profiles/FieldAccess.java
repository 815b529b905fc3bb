package org.lms.domain.profiles;

/** How a role sees a profile field, from least to most. Stored by name. */
public enum FieldAccess {
    HIDDEN, READ_ONLY, EDITABLE;

    public boolean visible() {
        return this != HIDDEN;
    }

    public boolean editable() {
        return this == EDITABLE;
    }

    /** Resource-bundle key of the access's display name. */
    public String labelKey() {
        return "fieldAccess." + name();
    }
}
