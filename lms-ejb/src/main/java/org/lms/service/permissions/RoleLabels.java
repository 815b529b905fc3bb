package org.lms.service.permissions;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;

/** How roles and privileges are named in reasons. */
public final class RoleLabels {

    private RoleLabels() {
    }

    /** "Organization Administrators" for a built-in role; "holders of the role X" for a custom one. */
    public static String plural(Role role) {
        return role.getBuiltIn()
                .map(key -> bundle().getString("rolePlural." + key.name()))
                .orElseGet(() -> java.text.MessageFormat.format(bundle().getString("rolePlural.custom"), role.getName()));
    }

    public static String privileges(Set<Privilege> privileges) {
        return privileges.stream().sorted().map(p -> bundle().getString("privilege." + p.name()))
                .collect(Collectors.joining(", "));
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(Refusal.BUNDLE, Locale.ENGLISH, RoleLabels.class.getClassLoader());
    }
}
