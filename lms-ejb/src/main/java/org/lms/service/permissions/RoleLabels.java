package org.lms.service.permissions;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;

/** How roles and privileges are named in reasons, in the reader's language. */
public final class RoleLabels {

    private RoleLabels() {
    }

    /** "Organization Administrators" for a built-in role; "People with the role X" for a custom one. */
    public static Localizable plural(Role role) {
        BuiltInRole key = role.getBuiltIn().orElse(null);
        String name = role.getName();
        return locale -> key != null ? bundle(locale).getString("rolePlural." + key.name())
                : MessageFormat.format(bundle(locale).getString("rolePlural.custom"), name);
    }

    /** A built-in role's name in the reader's language; a custom role's own name. */
    public static Localizable name(Role role) {
        BuiltInRole key = role.getBuiltIn().orElse(null);
        String name = role.getName();
        return locale -> key != null ? bundle(locale).getString("roleName." + key.name()) : name;
    }

    public static Localizable privileges(Set<Privilege> privileges) {
        Set<Privilege> copy = Set.copyOf(privileges);
        return locale -> copy.stream().sorted().map(p -> bundle(locale).getString("privilege." + p.name()))
                .collect(Collectors.joining(", "));
    }

    /** A standard profile field's name in the reader's language; a custom field's own label. */
    public static Localizable profileField(String key, String customLabel) {
        boolean standard = org.lms.domain.profiles.StandardField.byKey(key) != null;
        return locale -> standard ? bundle(locale).getString("profileField." + key) : customLabel;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Refusal.BUNDLE, locale, RoleLabels.class.getClassLoader());
    }
}
