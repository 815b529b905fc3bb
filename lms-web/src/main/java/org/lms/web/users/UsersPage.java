package org.lms.web.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lms.domain.users.UserStatus;
import org.lms.service.permissions.NotFound;
import org.lms.service.users.CustomColumn;
import org.lms.service.users.UserColumn;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.service.users.UserRow;
import org.lms.web.shell.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The user list: a lazy table whose paging, sorting and filtering run in the database, a
 * selection for the bulk actions, and the export of the current filter.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserDirectory directory;

    @Inject
    private Feedback feedback;

    private final UserFilter filter = new UserFilter();
    private UserQuery.SortField sortField = UserQuery.SortField.NAME;
    private boolean descending;
    private List<UserRow> selected = new ArrayList<>();
    private Set<UserColumn> columns;
    private List<CustomColumn> customColumns;
    private final LazyDataModel<UserRow> users = new Rows();

    /** The filter in the page's address (from the Organizations and Groups pages): checked once. */
    public void load() {
        try {
            directory.count(filter.query(sortField, descending));
        } catch (NotFound e) {
            feedback.notFoundPage();
        }
    }

    public LazyDataModel<UserRow> getUsers() {
        return users;
    }

    public UserFilter getFilter() {
        return filter;
    }

    public UserStatus[] getStatuses() {
        return UserStatus.values();
    }

    /** The custom profile fields the caller sees, as further columns. */
    public List<CustomColumn> getCustomColumns() {
        if (customColumns == null) {
            customColumns = directory.customColumns();
        }
        return customColumns;
    }

    public boolean shows(String column) {
        if (columns == null) {
            columns = directory.columns();
        }
        return columns.contains(UserColumn.valueOf(column));
    }

    public List<UserRow> getSelected() {
        return selected;
    }

    public void setSelected(List<UserRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    /** Starts the selection afresh, after a bulk action or a change of filter. */
    public void clearSelection() {
        selected = new ArrayList<>();
    }

    /** The export of what the list shows now, in its order: a plain link. */
    public String exportUrl(String format) {
        return filter.exportUrl(format, sortField, descending);
    }

    private void sortBy(Map<String, SortMeta> sortBy) {
        for (SortMeta sort : sortBy.values()) {
            try {
                sortField = UserQuery.SortField.valueOf(sort.getField());
            } catch (IllegalArgumentException unknownColumn) {
                sortField = UserQuery.SortField.NAME;
            }
            descending = sort.getOrder() == SortOrder.DESCENDING;
            return;
        }
    }

    private final class Rows extends LazyDataModel<UserRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.count(filter.query(sortField, descending));
        }

        @Override
        public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sortBy(sortBy);
            return directory.page(filter.query(sortField, descending), first, pageSize);
        }

        @Override
        public String getRowKey(UserRow row) {
            return Long.toString(row.id());
        }

        @Override
        public UserRow getRowData(String rowKey) {
            // The selection is made of rows the table showed; a key never loads anything new.
            for (UserRow row : getWrappedData() == null ? List.<UserRow>of() : getWrappedData()) {
                if (Long.toString(row.id()).equals(rowKey)) {
                    return row;
                }
            }
            return null;
        }
    }
}
