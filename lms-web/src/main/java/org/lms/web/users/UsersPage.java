package org.lms.web.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lms.domain.users.UserStatus;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.service.users.UserRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The user list: a lazy table whose paging, sorting and filtering run in the database. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserDirectory directory;

    private String text;
    private UserStatus status;
    private final LazyDataModel<UserRow> users = new Rows();

    public LazyDataModel<UserRow> getUsers() {
        return users;
    }

    public UserStatus[] getStatuses() {
        return UserStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UserStatus getStatus() {
        return status;
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }

    private UserQuery query(Map<String, SortMeta> sortBy) {
        UserQuery.SortField field = UserQuery.SortField.NAME;
        boolean descending = false;
        for (SortMeta sort : sortBy.values()) {
            try {
                field = UserQuery.SortField.valueOf(sort.getField());
            } catch (IllegalArgumentException unknownColumn) {
                field = UserQuery.SortField.NAME;
            }
            descending = sort.getOrder() == SortOrder.DESCENDING;
            break;
        }
        return new UserQuery(text, status, field, descending);
    }

    private final class Rows extends LazyDataModel<UserRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.count(query(Map.of()));
        }

        @Override
        public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return directory.page(query(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(UserRow row) {
            return Long.toString(row.id());
        }
    }
}
