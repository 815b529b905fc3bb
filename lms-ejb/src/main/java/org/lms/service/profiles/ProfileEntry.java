package org.lms.service.profiles;

import java.io.Serializable;
import java.util.List;
import org.lms.domain.profiles.FieldAccess;

/**
 * One profile field of a user as the viewer may see it (hidden fields have no entry at all).
 * {@code labelKey} names a standard field in the portal's bundle; a custom field has its
 * {@code label} instead. {@code value} is what is stored (an ISO date, a manager's id);
 * {@code display} is what a person reads (the manager's name).
 */
public record ProfileEntry(String key, boolean custom, String labelKey, String label, FieldKind kind, FieldAccess access,
        String value, String display, List<String> choices) implements Serializable {

    public boolean editable() {
        return access.editable();
    }
}
