package org.lms.web.profiles;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;
import org.lms.service.profiles.FieldKind;
import org.lms.service.profiles.Profile;
import org.lms.service.profiles.ProfileEntry;

/**
 * The profile fields of a form (Edit User, My settings) as the service gave them: the entries the
 * viewer may see and the values of those they may edit. A person field (the manager) is entered
 * by email and sent as the person's id. Only fields whose value changed are sent.
 */
public final class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ProfileEntry> entries;
    private final Map<String, String> initial = new HashMap<>();
    private final Map<String, String> values = new HashMap<>();

    public ProfileForm(Profile profile) {
        this.entries = profile == null ? List.of() : profile.entries();
        for (ProfileEntry entry : entries) {
            if (entry.editable()) {
                String value = entry.kind() == FieldKind.PERSON ? email(entry.display()) : entry.value();
                initial.put(entry.key(), value == null ? "" : value);
                values.put(entry.key(), value == null ? "" : value);
            }
        }
    }

    public List<ProfileEntry> getEntries() {
        return entries;
    }

    /** Whether the viewer may change any of the fields. */
    public boolean isAnyEditable() {
        return entries.stream().anyMatch(ProfileEntry::editable);
    }

    /** The values of the editable fields as entered, by key. */
    public Map<String, String> getValues() {
        return values;
    }

    /**
     * The fields whose value differs from what was loaded, by key; a person's email goes through
     * {@code personId} (email to id, or the text itself when nobody has that email).
     */
    public Map<String, String> changes(UnaryOperator<String> personId) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (ProfileEntry entry : entries) {
            String value = values.get(entry.key());
            if (entry.editable() && !Objects.equals(normalized(value), normalized(initial.get(entry.key())))) {
                String text = normalized(value);
                changes.put(entry.key(), entry.kind() == FieldKind.PERSON && !text.isEmpty() ? personId.apply(text) : text);
            }
        }
        return changes;
    }

    /** The reasons of the failure that concern this form's profile fields, with their entries. */
    public Map<ProfileEntry, Reason> reasons(InvalidInput invalid) {
        Map<ProfileEntry, Reason> reasons = new LinkedHashMap<>();
        for (ProfileEntry entry : entries) {
            Reason reason = invalid.fieldReasons().get(entry.key());
            if (reason != null) {
                reasons.put(entry, reason);
            }
        }
        return reasons;
    }

    /** The failure without the reasons of this form's profile fields, or empty when none is left. */
    public Optional<InvalidInput> rest(InvalidInput invalid) {
        Map<String, Reason> rest = new LinkedHashMap<>(invalid.fieldReasons());
        entries.forEach(entry -> rest.remove(entry.key()));
        return rest.isEmpty() ? Optional.empty() : Optional.of(InvalidInput.fields(rest));
    }

    private static String normalized(String value) {
        return value == null ? "" : value.strip();
    }

    /** The email of "Name &lt;email&gt;". */
    static String email(String display) {
        if (display == null) {
            return null;
        }
        int open = display.lastIndexOf('<');
        int close = display.lastIndexOf('>');
        return open >= 0 && close > open ? display.substring(open + 1, close) : display;
    }
}
