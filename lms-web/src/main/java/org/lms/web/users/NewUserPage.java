package org.lms.web.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.roles.BuiltInRole;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.roles.RoleChoice;
import org.lms.service.users.IssuedInvitation;
import org.lms.service.users.UserAdministration;
import org.lms.web.security.ActiveUser;
import org.lms.web.shell.Feedback;

/**
 * New user: name, email, role and organization, and either a set-password link to pass on (the
 * default: no password is ever written into a message) or an initial password that meets the
 * account's policy, for the administrator to hand over in person.
 */
@Named
@ViewScoped
public class NewUserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the new person gets their password. */
    public enum PasswordChoice {
        LINK, INITIAL;

        public String labelKey() {
            return "newUser.password." + name();
        }
    }

    @Inject
    private UserAdministration users;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private PeopleChoices choices;

    @Inject
    private Feedback feedback;

    private String name;
    private String email;
    private Long roleId;
    private Long organizationId;
    private PasswordChoice passwordChoice = PasswordChoice.LINK;
    private String initialPassword;

    private Long createdId;
    private String createdName;
    private String link;
    private Instant linkExpiresAt;

    /** New people start in the creator's own organization and as learners, the usual case. */
    public void load() {
        if (organizationId == null && activeUser.getProfile() != null) {
            organizationId = activeUser.getProfile().organizationId();
        }
        if (roleId == null) {
            roleId = choices.getGrantableRoles().stream().filter(r -> r.key() == BuiltInRole.LEARNER).map(RoleChoice::id)
                    .findFirst().orElse(null);
        }
    }

    public void create() {
        String password = passwordChoice == PasswordChoice.INITIAL ? initialPassword : null;
        if (passwordChoice == PasswordChoice.INITIAL && (password == null || password.isEmpty())) {
            feedback.failed(InvalidInput.field("password", "input.required"), "newUser");
            return;
        }
        try {
            long id = users.create(organizationId, email, name, roleId, password);
            createdId = id;
            createdName = name;
            link = null;
            if (passwordChoice == PasswordChoice.LINK) {
                IssuedInvitation invitation = users.inviteToSetPassword(id);
                link = SetPasswordLinkPanel.absoluteLink(invitation.token());
                linkExpiresAt = invitation.expiresAt();
            }
            name = null;
            email = null;
            initialPassword = null;
        } catch (RuntimeException e) {
            initialPassword = null;
            feedback.failed(e, "newUser");
        }
    }

    public PasswordChoice[] getPasswordChoices() {
        return PasswordChoice.values();
    }

    public Long getCreatedId() {
        return createdId;
    }

    public String getCreatedName() {
        return createdName;
    }

    public String getLink() {
        return link;
    }

    public Instant getLinkExpiresAt() {
        return linkExpiresAt;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getRoleId() {
        return roleId;
    }

    public void setRoleId(Long roleId) {
        this.roleId = roleId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public PasswordChoice getPasswordChoice() {
        return passwordChoice;
    }

    public void setPasswordChoice(PasswordChoice passwordChoice) {
        this.passwordChoice = passwordChoice;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
