package org.lms.web.groups;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lms.service.groups.GroupAdministration;
import org.lms.service.groups.GroupRow;
import org.lms.web.shell.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The groups of the caller's scope: search, create, and open one to rename, delete or manage its
 * members ({@link GroupMembersPanel}).
 */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GroupAdministration groups;

    @Inject
    private Feedback feedback;

    private String text;
    private String newName;
    private Long newOrganizationId;
    private GroupRow opened;
    private String rename;
    private boolean confirmingDelete;
    private final LazyDataModel<GroupRow> rows = new Rows();

    public void create() {
        try {
            long id = groups.create(newOrganizationId == null ? 0 : newOrganizationId, newName);
            feedback.info("groups.created", newName);
            newName = null;
            open(id);
        } catch (RuntimeException e) {
            feedback.failed(e, "newGroup");
        }
    }

    public void open(long groupId) {
        try {
            opened = groups.get(groupId);
            rename = opened.name();
            confirmingDelete = false;
        } catch (RuntimeException e) {
            opened = null;
            feedback.failed(e, null);
        }
    }

    public void close() {
        opened = null;
    }

    public void saveName() {
        try {
            groups.rename(opened.id(), rename);
            feedback.info("groups.renamed", rename);
            open(opened.id());
        } catch (RuntimeException e) {
            feedback.failed(e, "group");
        }
    }

    public void askToDelete() {
        confirmingDelete = true;
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    public void delete() {
        try {
            groups.delete(opened.id());
            feedback.info("groups.deleted", opened.name());
            opened = null;
        } catch (RuntimeException e) {
            feedback.failed(e, "group");
        }
        confirmingDelete = false;
    }

    /** After a member came or went: the opened group's member count follows. */
    public void refresh() {
        if (opened != null) {
            open(opened.id());
        }
    }

    public LazyDataModel<GroupRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getNewOrganizationId() {
        return newOrganizationId;
    }

    public void setNewOrganizationId(Long newOrganizationId) {
        this.newOrganizationId = newOrganizationId;
    }

    public GroupRow getOpened() {
        return opened;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    private final class Rows extends LazyDataModel<GroupRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) groups.count(text);
        }

        @Override
        public List<GroupRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return groups.page(text, first, pageSize);
        }

        @Override
        public String getRowKey(GroupRow row) {
            return Long.toString(row.id());
        }
    }
}
