package org.lms.service.profiles;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.lms.domain.profiles.FieldAccess;

/**
 * A user's profile fields as one viewer may see them: only the fields their role does not hide,
 * each with the viewer's access. Name and email are never hidden; their access says whether the
 * viewer may change them.
 */
public record Profile(FieldAccess nameAccess, FieldAccess emailAccess, List<ProfileEntry> entries) implements Serializable {

    public static final Profile NONE = new Profile(FieldAccess.READ_ONLY, FieldAccess.READ_ONLY, List.of());

    public Optional<ProfileEntry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The value of a visible field, or null when it is empty or hidden. */
    public String value(String key) {
        return entry(key).map(ProfileEntry::value).orElse(null);
    }

    public List<ProfileEntry> standard() {
        return entries.stream().filter(e -> !e.custom()).toList();
    }

    public List<ProfileEntry> custom() {
        return entries.stream().filter(ProfileEntry::custom).toList();
    }
}
