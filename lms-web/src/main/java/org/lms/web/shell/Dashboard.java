package org.lms.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.lms.domain.roles.Privilege;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;

/** The home page: who you are, where, and what your role lets you do. */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    /** Built-in roles in the person's language; custom roles under the name their author gave. */
    public String getRoleName() {
        var profile = activeUser.getProfile();
        return profile.roleKey() != null ? messages.get("role." + profile.roleKey()) : profile.roleName();
    }

    public List<Privilege> getPrivileges() {
        return Arrays.stream(Privilege.values()).filter(p -> activeUser.can(p.name())).toList();
    }
}
