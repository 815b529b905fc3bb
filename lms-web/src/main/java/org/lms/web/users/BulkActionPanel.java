package org.lms.web.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lms.service.users.BulkOutcome;
import org.lms.service.users.UserBulkActions;
import org.lms.service.users.UserRow;
import org.lms.web.shell.Feedback;

/**
 * The user list's bulk actions on the selected people. The service handles each person on their
 * own; this shows its summary: how many were changed, and who was left alone and why.
 */
@Named
@ViewScoped
public class BulkActionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What to do to the selected people. */
    public enum Action {
        CHANGE_ROLE, MOVE, ADD_TO_GROUP, DEACTIVATE;

        public String labelKey() {
            return "bulk.action." + name();
        }
    }

    @Inject
    private UserBulkActions bulk;

    @Inject
    private UsersPage usersPage;

    @Inject
    private Feedback feedback;

    private Action action;
    private Long roleId;
    private Long organizationId;
    private Long groupId;
    private BulkOutcome outcome;

    public void apply() {
        List<Long> ids = usersPage.getSelected().stream().map(UserRow::id).toList();
        if (ids.isEmpty()) {
            feedback.error("bulk.noneSelected");
            return;
        }
        if (action == null || needsTarget()) {
            feedback.error("bulk.chooseAction");
            return;
        }
        try {
            outcome = switch (action) {
                case CHANGE_ROLE -> bulk.changeRole(ids, roleId);
                case MOVE -> bulk.move(ids, organizationId);
                case ADD_TO_GROUP -> bulk.addToGroup(ids, groupId);
                case DEACTIVATE -> bulk.deactivate(ids);
            };
            usersPage.clearSelection();
        } catch (RuntimeException e) {
            outcome = null;
            feedback.failed(e, "users");
        }
    }

    private boolean needsTarget() {
        return action == Action.CHANGE_ROLE && roleId == null || action == Action.MOVE && organizationId == null
                || action == Action.ADD_TO_GROUP && groupId == null;
    }

    public String reason(BulkOutcome.Skipped skipped) {
        return feedback.text(skipped.reason());
    }

    public Action[] getActions() {
        return Action.values();
    }

    public BulkOutcome getOutcome() {
        return outcome;
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
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

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
