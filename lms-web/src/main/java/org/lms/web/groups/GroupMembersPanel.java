package org.lms.web.groups;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.service.groups.GroupAdministration;
import org.lms.service.groups.GroupRow;
import org.lms.service.users.UserRow;
import org.lms.web.shell.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The opened group's members, a page at a time, and the searchable picker that adds people: it
 * offers only people of the group's organization or below who are not members yet.
 */
@Named
@ViewScoped
public class GroupMembersPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_SIZE = 15;

    @Inject
    private GroupAdministration groups;

    @Inject
    private GroupsPage page;

    @Inject
    private Feedback feedback;

    private UserRow picked;
    private final LazyDataModel<UserRow> members = new Members();

    /** The picker's last offers by id: the converter picks from these, so nothing else can be chosen. */
    private final Map<String, UserRow> offered = new HashMap<>();
    private final Converter<UserRow> converter = new OfferedPeople();

    public List<UserRow> candidates(String text) {
        GroupRow group = page.getOpened();
        List<UserRow> found = group == null ? List.of() : groups.candidates(group.id(), text, PICKER_SIZE);
        offered.clear();
        found.forEach(row -> offered.put(Long.toString(row.id()), row));
        return found;
    }

    /** How the picker names a person: name and email, as two people may share a name. */
    public String label(UserRow row) {
        return row == null ? "" : row.name() + " (" + row.email() + ")";
    }

    public Converter<UserRow> getConverter() {
        return converter;
    }

    public void add() {
        GroupRow group = page.getOpened();
        if (group == null || picked == null) {
            return;
        }
        try {
            groups.addMember(group.id(), picked.id());
            feedback.info("groups.memberAdded", picked.name(), group.name());
            picked = null;
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        page.refresh();
    }

    public void remove(UserRow member) {
        GroupRow group = page.getOpened();
        try {
            groups.removeMember(group.id(), member.id());
            feedback.info("groups.memberRemoved", member.name(), group.name());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        page.refresh();
    }

    public LazyDataModel<UserRow> getMembers() {
        return members;
    }

    public UserRow getPicked() {
        return picked;
    }

    public void setPicked(UserRow picked) {
        this.picked = picked;
    }

    private final class OfferedPeople implements Converter<UserRow>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public UserRow getAsObject(FacesContext context, UIComponent component, String value) {
            return value == null ? null : offered.get(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, UserRow value) {
            return value == null ? "" : Long.toString(value.id());
        }
    }

    private final class Members extends LazyDataModel<UserRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            GroupRow group = page.getOpened();
            return group == null ? 0 : (int) group.members();
        }

        @Override
        public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            GroupRow group = page.getOpened();
            return group == null ? List.of() : groups.members(group.id(), first, pageSize);
        }

        @Override
        public String getRowKey(UserRow row) {
            return Long.toString(row.id());
        }
    }
}
