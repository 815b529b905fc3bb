package org.lms.domain.profiles;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;

/**
 * How a viewer's role sees each profile field: hidden, read-only or editable. The role is the one
 * of the person looking at or changing a profile (their own, or someone else's on Edit User, in
 * the user list, an export or the API).
 *
 * <p>Without a rule, a role that manages people or the account ({@link Privilege#MANAGE_USERS},
 * {@link Privilege#CHANGE_ACCOUNT_SETTINGS}) may edit every field. Other roles see only their own
 * profile: name and email stay editable as before (they change them under their own settings),
 * contact and organizational fields, the manager, the employee id and custom fields are
 * read-only, and the hire date is hidden. A rule an Administrator set replaces the default, except
 * that name and email are never hidden.
 */
public final class ProfileFieldPolicy {

    private static final Set<StandardField> READ_ONLY_FOR_OTHERS = EnumSet.of(StandardField.JOB_TITLE,
            StandardField.DEPARTMENT, StandardField.PHONE, StandardField.MANAGER, StandardField.EMPLOYEE_ID);

    private final Set<Privilege> privileges;
    private final Map<String, FieldAccess> rules;

    public ProfileFieldPolicy(Set<Privilege> privileges, Map<String, FieldAccess> rules) {
        this.privileges = privileges.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(privileges);
        this.rules = Map.copyOf(rules);
    }

    /** The policy of {@code role} with its stored rules (rules of other roles are ignored). */
    public static ProfileFieldPolicy of(Role role, Collection<ProfileFieldRule> rules) {
        Map<String, FieldAccess> own = new HashMap<>();
        for (ProfileFieldRule rule : rules) {
            if (rule.getRole() == role || rule.getRole().getId() != null && rule.getRole().getId().equals(role.getId())) {
                own.put(rule.getFieldKey(), rule.getAccess());
            }
        }
        return new ProfileFieldPolicy(role.getPrivileges(), own);
    }

    /** How the role sees the field with this key (a standard field's name or a custom field's key). */
    public FieldAccess access(String fieldKey) {
        FieldAccess access = rules.getOrDefault(fieldKey, defaultAccess(fieldKey));
        return allowed(fieldKey, access) ? access : FieldAccess.READ_ONLY;
    }

    public FieldAccess access(StandardField field) {
        return access(field.key());
    }

    public boolean visible(String fieldKey) {
        return access(fieldKey).visible();
    }

    public boolean editable(String fieldKey) {
        return access(fieldKey).editable();
    }

    /** Whether an explicit rule (rather than the default) decides the field. */
    public boolean ruled(String fieldKey) {
        return rules.containsKey(fieldKey);
    }

    /** What the role gets for the field when no rule says otherwise. */
    public FieldAccess defaultAccess(String fieldKey) {
        return defaultAccess(privileges, fieldKey);
    }

    public static FieldAccess defaultAccess(Set<Privilege> privileges, String fieldKey) {
        if (privileges.contains(Privilege.MANAGE_USERS) || privileges.contains(Privilege.CHANGE_ACCOUNT_SETTINGS)) {
            return FieldAccess.EDITABLE;
        }
        StandardField standard = StandardField.byKey(fieldKey);
        if (standard == null) {
            return FieldAccess.READ_ONLY;
        }
        if (standard.identifying()) {
            return privileges.contains(Privilege.CHANGE_OWN_SETTINGS) ? FieldAccess.EDITABLE : FieldAccess.READ_ONLY;
        }
        return READ_ONLY_FOR_OTHERS.contains(standard) ? FieldAccess.READ_ONLY : FieldAccess.HIDDEN;
    }

    /** Whether a rule may give the field this access: name and email identify a person and are never hidden. */
    public static boolean allowed(String fieldKey, FieldAccess access) {
        StandardField standard = StandardField.byKey(fieldKey);
        return access != FieldAccess.HIDDEN || standard == null || !standard.identifying();
    }
}
