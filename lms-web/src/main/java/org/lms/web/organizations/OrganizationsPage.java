package org.lms.web.organizations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.service.organizations.OrganizationAdministration;
import org.lms.service.organizations.OrganizationNode;
import org.lms.web.shell.Feedback;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organization tree of the caller's scope with the number of people in each subtree; open an
 * organization to rename it, add one below it, move it, or delete it once it is empty.
 */
@Named
@ViewScoped
public class OrganizationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganizationAdministration organizations;

    @Inject
    private Feedback feedback;

    private List<OrganizationNode> nodes;
    private TreeNode<OrganizationNode> root;
    private OrganizationNode opened;
    private String rename;
    private String childName;
    private Long newParentId;
    private boolean confirmingDelete;

    public TreeNode<OrganizationNode> getRoot() {
        if (root == null) {
            root = build(getNodes());
        }
        return root;
    }

    public List<OrganizationNode> getNodes() {
        if (nodes == null) {
            nodes = organizations.tree();
        }
        return nodes;
    }

    /** The tree from nodes in path order: each node's parent comes before it, or lies outside the scope. */
    static TreeNode<OrganizationNode> build(List<OrganizationNode> nodes) {
        TreeNode<OrganizationNode> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrganizationNode>> byId = new HashMap<>();
        for (OrganizationNode node : nodes) {
            TreeNode<OrganizationNode> parent = node.parentId() == null ? root : byId.getOrDefault(node.parentId(), root);
            TreeNode<OrganizationNode> treeNode = new DefaultTreeNode<>(node, parent);
            // Open all the way down: a person looks for a name, not for the branch it hides in.
            treeNode.setExpanded(true);
            byId.put(node.id(), treeNode);
        }
        return root;
    }

    public void open(long organizationId) {
        opened = getNodes().stream().filter(n -> n.id() == organizationId).findFirst().orElse(null);
        rename = opened == null ? null : opened.name();
        childName = null;
        newParentId = opened == null ? null : opened.parentId();
        confirmingDelete = false;
    }

    public void saveName() {
        run(() -> organizations.rename(opened.id(), rename), "organizations.renamed", rename);
    }

    public void addChild() {
        long parent = opened.id();
        String name = childName;
        run(() -> organizations.create(parent, name), "organizations.created", name);
    }

    public void move() {
        if (newParentId == null) {
            return;
        }
        run(() -> organizations.move(opened.id(), newParentId), "organizations.moved", opened.name());
    }

    public void askToDelete() {
        confirmingDelete = true;
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    public void delete() {
        String name = opened.name();
        if (run(() -> organizations.delete(opened.id()), "organizations.deleted", name)) {
            opened = null;
        }
        confirmingDelete = false;
    }

    private boolean run(Runnable action, String doneKey, String name) {
        try {
            action.run();
            feedback.info(doneKey, name);
            long keep = opened.id();
            nodes = null;
            root = null;
            open(keep);
            return true;
        } catch (RuntimeException e) {
            feedback.failed(e, "organization");
            return false;
        }
    }

    /** Where the opened organization may move: anywhere in the scope except its own subtree. */
    public List<OrganizationNode> getMoveTargets() {
        return opened == null ? List.of()
                : getNodes().stream().filter(n -> !n.path().startsWith(opened.path())).toList();
    }

    public OrganizationNode getOpened() {
        return opened;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }
}
