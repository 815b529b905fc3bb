package org.lms.web.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lms.service.groups.GroupAdministration;
import org.lms.service.groups.GroupRow;
import org.lms.web.shell.Feedback;

/** Edit User's groups: the ones the person belongs to, with adding and removing. */
@Named
@ViewScoped
public class UserGroupsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GroupAdministration groups;

    @Inject
    private Feedback feedback;

    private List<GroupRow> memberOf;
    private Long groupToAdd;

    public List<GroupRow> memberOf(long userId) {
        if (memberOf == null) {
            memberOf = groups.groupsOf(userId);
        }
        return memberOf;
    }

    public void add(long userId) {
        if (groupToAdd == null) {
            return;
        }
        try {
            groups.addMember(groupToAdd, userId);
            groupToAdd = null;
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        memberOf = null;
    }

    public void remove(long userId, long groupId) {
        try {
            groups.removeMember(groupId, userId);
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        memberOf = null;
    }

    public Long getGroupToAdd() {
        return groupToAdd;
    }

    public void setGroupToAdd(Long groupToAdd) {
        this.groupToAdd = groupToAdd;
    }
}
