package org.lms.web.roles;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lms.domain.roles.BuiltInRole;
import org.lms.service.roles.RoleAdministration;
import org.lms.web.shell.Feedback;

/**
 * Deleting a custom role in one step: the people holding it get the replacement role chosen here
 * in the same transaction. The service says when a replacement is needed and whether the caller
 * may give it.
 */
@Named
@ViewScoped
public class RoleDeletePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RoleAdministration roles;

    @Inject
    private RolesPage page;

    @Inject
    private Feedback feedback;

    private RoleColumn role;
    private Long replacementRoleId;

    public void ask(long roleId) {
        page.reset();
        role = page.find(roleId).filter(found -> !found.isBuiltIn()).orElse(null);
        replacementRoleId = null;
    }

    public void cancel() {
        role = null;
    }

    public void delete() {
        try {
            roles.delete(role.id(), replacementRoleId);
            feedback.info("roles.deleted", role.name());
            role = null;
            page.reset();
        } catch (RuntimeException e) {
            feedback.failed(e, "roles");
        }
    }

    /** The roles its holders may get instead: any other role but the Owner's, which moves only by transfer. */
    public List<RoleColumn> getReplacements() {
        return page.getColumns().stream()
                .filter(c -> !c.isDraft() && !c.id().equals(role == null ? null : role.id()) && c.key() != BuiltInRole.ACCOUNT_OWNER)
                .toList();
    }

    public boolean isAsking() {
        return role != null;
    }

    public RoleColumn getRole() {
        return role;
    }

    public Long getReplacementRoleId() {
        return replacementRoleId;
    }

    public void setReplacementRoleId(Long replacementRoleId) {
        this.replacementRoleId = replacementRoleId;
    }
}
