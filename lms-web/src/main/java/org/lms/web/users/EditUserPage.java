package org.lms.web.users;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lms.domain.profiles.FieldAccess;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;
import org.lms.service.profiles.ProfileEntry;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.web.profiles.ProfileForm;
import org.lms.domain.users.UserStatus;
import org.lms.service.permissions.NotFound;
import org.lms.service.roles.RoleChoice;
import org.lms.service.users.UserAdministration;
import org.lms.service.users.UserDetails;
import org.lms.service.users.UserEdit;
import org.lms.web.i18n.Messages;
import org.lms.web.shell.Feedback;

/**
 * Edit User: name, email, role, organization and status, saved in one go. The page keeps the
 * version it loaded; if someone else saved the user in the meantime, the save is refused with a
 * message and the person's entries stay on the page. Profile fields are shown as the editor's
 * role sees them (an input, a read-only value, or nothing) and only the changed ones are sent.
 */
@Named
@ViewScoped
public class EditUserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration users;

    @Inject
    private PeopleChoices choices;

    @Inject
    private Feedback feedback;

    @Inject
    private UserDirectory directory;

    @Inject
    private Messages messages;

    private String id;
    private UserDetails user;
    private String name;
    private String email;
    private Long roleId;
    private Long organizationId;
    private UserStatus status;
    private ProfileForm profile;

    /** Loads the user named in the address; one missing or outside the scope is "not found". */
    public void load() {
        if (user != null) {
            return;
        }
        Long userId = UserFilter.parseId(id);
        if (userId == null) {
            feedback.notFoundPage();
            return;
        }
        try {
            show(users.get(userId));
        } catch (NotFound e) {
            feedback.notFoundPage();
        }
    }

    public String save() {
        try {
            users.save(user.id(), user.version(), organizationId, new UserEdit(name, email, roleId, status,
                    profile.changes(this::personId)));
        } catch (InvalidInput e) {
            for (Map.Entry<ProfileEntry, Reason> reason : profile.reasons(e).entrySet()) {
                ProfileEntry entry = reason.getKey();
                feedback.error("profile.invalid", entry.custom() ? entry.label() : messages.get(entry.labelKey()),
                        feedback.text(reason.getValue()));
            }
            profile.rest(e).ifPresent(rest -> feedback.failed(rest, "editUser"));
            return null;
        } catch (RuntimeException e) {
            feedback.failed(e, "editUser");
            return null;
        }
        // Back to the list, which shows the change; the message survives the redirect.
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        feedback.info("editUser.saved", name);
        return "/admin/users?faces-redirect=true";
    }

    private void show(UserDetails details) {
        user = details;
        name = details.name();
        email = details.email();
        roleId = details.roleId();
        organizationId = details.organizationId();
        status = details.status();
        profile = new ProfileForm(details.profile());
    }

    /** The id of the person of the scope with this email, as text; the text itself when there is none. */
    private String personId(String personEmail) {
        return directory.page(new UserQuery(personEmail, null, UserQuery.SortField.EMAIL, false), 0, 10).stream()
                .filter(row -> row.email().equalsIgnoreCase(personEmail)).findFirst()
                .map(row -> Long.toString(row.id())).orElse(personEmail);
    }

    public ProfileForm getProfile() {
        return profile;
    }

    /** Whether the editor's role may only read the person's name. */
    public boolean isNameReadOnly() {
        return user != null && user.profile().nameAccess() != FieldAccess.EDITABLE;
    }

    public boolean isEmailReadOnly() {
        return user != null && user.profile().emailAccess() != FieldAccess.EDITABLE;
    }

    /**
     * The roles the editor may grant, and the user's current role even when it is not one of them
     * (so the list shows what the user holds; saving it unchanged changes nothing).
     */
    public List<RoleChoice> getRoles() {
        List<RoleChoice> roles = new ArrayList<>(choices.getGrantableRoles());
        if (user != null && roles.stream().noneMatch(r -> r.id() == user.roleId())) {
            roles.add(0, new RoleChoice(user.roleId(), user.roleKey(), user.roleName()));
        }
        return roles;
    }

    public UserStatus[] getStatuses() {
        return UserStatus.values();
    }

    public UserDetails getUser() {
        return user;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public UserStatus getStatus() {
        return status;
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }
}
