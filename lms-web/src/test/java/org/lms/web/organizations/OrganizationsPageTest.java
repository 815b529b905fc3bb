package org.lms.web.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.service.organizations.OrganizationNode;
import org.primefaces.model.TreeNode;

class OrganizationsPageTest {

    @Test
    void theTreeFollowsTheParentsOfNodesInPathOrder() {
        List<OrganizationNode> nodes = List.of(
                new OrganizationNode(1, "Acme", null, "/1/", 0, 9, 0),
                new OrganizationNode(7, "Engineering", 1L, "/1/7/", 1, 5, 0),
                new OrganizationNode(12, "Platform", 7L, "/1/7/12/", 2, 1, 0),
                new OrganizationNode(8, "Sales", 1L, "/1/8/", 1, 3, 0));

        TreeNode<OrganizationNode> root = OrganizationsPage.build(nodes);

        assertEquals(1, root.getChildCount());
        TreeNode<OrganizationNode> acme = root.getChildren().get(0);
        assertEquals(List.of("Engineering", "Sales"), acme.getChildren().stream().map(n -> n.getData().name()).toList());
        assertEquals("Platform", acme.getChildren().get(0).getChildren().get(0).getData().name());
    }

    @Test
    void aScopeBelowTheRootStartsAtTheCallersOrganization() {
        // An Organization Administrator's tree starts below the account's root: its parent is not in the list.
        List<OrganizationNode> nodes = List.of(new OrganizationNode(7, "Engineering", 1L, "/1/7/", 0, 5, 0),
                new OrganizationNode(12, "Platform", 7L, "/1/7/12/", 1, 1, 0));
        TreeNode<OrganizationNode> root = OrganizationsPage.build(nodes);
        assertEquals("Engineering", root.getChildren().get(0).getData().name());
        assertEquals(1, root.getChildren().get(0).getChildCount());
    }
}
