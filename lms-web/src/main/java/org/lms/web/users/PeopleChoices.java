package org.lms.web.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lms.service.groups.GroupAdministration;
import org.lms.service.groups.GroupRow;
import org.lms.service.organizations.OrganizationAdministration;
import org.lms.service.organizations.OrganizationNode;
import org.lms.service.roles.RoleAdministration;
import org.lms.service.roles.RoleChoice;
import org.lms.service.roles.RoleSummary;
import org.lms.service.users.UserAdministration;
import org.lms.web.i18n.Messages;

/**
 * The choices the people pages offer in their lists: organizations of the caller's scope (as an
 * indented tree), roles, the roles the caller may grant, and groups. Each is read once per view,
 * from the services, so a list never offers what the caller cannot reach.
 */
@Named
@ViewScoped
public class PeopleChoices implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Groups offered in a filter or bulk list; more are found by the Groups page's search. */
    private static final int GROUP_CHOICES = 200;

    @Inject
    private OrganizationAdministration organizations;

    @Inject
    private RoleAdministration roles;

    @Inject
    private UserAdministration users;

    @Inject
    private GroupAdministration groups;

    @Inject
    private Messages messages;

    private List<OrganizationNode> organizationTree;
    private List<RoleSummary> allRoles;
    private List<RoleChoice> grantable;
    private List<GroupRow> groupList;

    public List<OrganizationNode> getOrganizations() {
        if (organizationTree == null) {
            organizationTree = organizations.tree();
        }
        return organizationTree;
    }

    /** An organization's name indented by its depth, for flat select lists. */
    public String indented(OrganizationNode node) {
        return "\u00a0\u00a0".repeat(node.depth()) + node.name();
    }

    public List<RoleSummary> getRoles() {
        if (allRoles == null) {
            allRoles = roles.roles();
        }
        return allRoles;
    }

    public List<RoleChoice> getGrantableRoles() {
        if (grantable == null) {
            grantable = users.grantableRoles();
        }
        return grantable;
    }

    public List<GroupRow> getGroups() {
        if (groupList == null) {
            groupList = groups.page("", 0, GROUP_CHOICES);
        }
        return groupList;
    }

    /** A built-in role's name in the reader's language; a custom role's own name. */
    public String roleName(Object key, String name) {
        return key == null ? name : messages.get("role." + key);
    }
}
