package org.lms.web.roles;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.lms.domain.roles.Privilege;
import org.lms.service.roles.RoleAdministration;
import org.lms.service.roles.RoleChangePreview;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;
import org.lms.web.shell.Feedback;

/**
 * Roles and their privileges as a matrix (privileges by category down, roles across). A role
 * manager composes a new role or clones one in a draft column, or changes one custom role's column
 * at a time; a change is shown with its impact (who gains and loses what) and saved only once
 * confirmed. Built-in roles are read-only, and so is everything for people who only assign roles.
 * The services decide: every refusal comes back with its reason.
 */
@Named
@ViewScoped
public class RolesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page is doing: showing the matrix, composing a new role, changing one, confirming the change. */
    public enum Mode { VIEW, CREATE, EDIT, CONFIRM }

    @Inject
    private RoleAdministration roles;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    @Inject
    private Feedback feedback;

    private List<RoleColumn> columns;
    private Mode mode = Mode.VIEW;
    private RoleColumn edited;
    private String name;
    private final Map<Privilege, Boolean> draft = new EnumMap<>(Privilege.class);
    private RoleChangePreview preview;

    /** Built-in roles from the least to the most privileged, then custom roles by name. */
    public List<RoleColumn> getColumns() {
        if (columns == null) {
            columns = roles.roles().stream().map(RoleColumn::of)
                    .sorted(Comparator.comparing((RoleColumn c) -> !c.isBuiltIn())
                            .thenComparing(c -> c.isBuiltIn() ? c.key().ordinal() : 0)
                            .thenComparing(c -> c.isBuiltIn() ? "" : c.name().toLowerCase(Locale.ROOT)))
                    .toList();
        }
        return mode == Mode.CREATE ? Stream.concat(columns.stream(), Stream.of(RoleColumn.draft())).toList() : columns;
    }

    public Privilege.Category[] getCategories() {
        return Privilege.Category.values();
    }

    public List<Privilege> privileges(Privilege.Category category) {
        return Arrays.stream(Privilege.values()).filter(p -> p.category() == category).toList();
    }

    public void startNew() {
        compose(Mode.CREATE, null, "", EnumSet.noneOf(Privilege.class));
    }

    /** A draft with the privileges of {@code roleId}, to name and change before it is created. */
    public void startClone(long roleId) {
        find(roleId).ifPresent(source -> compose(Mode.CREATE, null, messages.format("roles.copyName", roleName(source)),
                source.privileges()));
    }

    public void startEdit(long roleId) {
        find(roleId).filter(role -> !role.isBuiltIn()).ifPresent(role -> compose(Mode.EDIT, role, role.name(), role.privileges()));
    }

    public void create() {
        try {
            roles.create(name, selected());
            feedback.info("roles.created", name);
            reset();
        } catch (RuntimeException e) {
            feedback.failed(e, "roles");
        }
    }

    /** Asks the service what the change would do; a change it would refuse is refused here, with its reason. */
    public void review() {
        try {
            preview = roles.previewChange(edited.id(), selected());
            mode = Mode.CONFIRM;
        } catch (RuntimeException e) {
            preview = null;
            feedback.failed(e, "roles");
        }
    }

    public void backToEditing() {
        mode = Mode.EDIT;
        preview = null;
    }

    /** Saves what the preview showed, against the version the person started from. */
    public void confirm() {
        try {
            roles.update(edited.id(), edited.version(), name, selected());
            feedback.info("roles.saved", name);
            reset();
        } catch (RuntimeException e) {
            backToEditing();
            feedback.failed(e, "roles");
        }
    }

    public void cancel() {
        reset();
    }

    /** After a change elsewhere on the page (a role deleted): the matrix is read again. */
    public void reset() {
        mode = Mode.VIEW;
        edited = null;
        preview = null;
        name = null;
        draft.clear();
        columns = null;
    }

    private void compose(Mode newMode, RoleColumn role, String newName, Set<Privilege> privileges) {
        mode = newMode;
        edited = role;
        name = newName;
        preview = null;
        draft.clear();
        for (Privilege privilege : Privilege.values()) {
            draft.put(privilege, privileges.contains(privilege));
        }
    }

    private Set<Privilege> selected() {
        Set<Privilege> selected = EnumSet.noneOf(Privilege.class);
        draft.forEach((privilege, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                selected.add(privilege);
            }
        });
        return selected;
    }

    /** The column of {@code roleId}, if the matrix shows it. */
    public java.util.Optional<RoleColumn> find(long roleId) {
        return getColumns().stream().filter(c -> !c.isDraft() && c.id() == roleId).findFirst();
    }

    /** Whether the column's checkboxes are the draft's: the new role, or the custom role being changed. */
    public boolean editable(RoleColumn column) {
        return mode == Mode.CREATE && column.isDraft()
                || (mode == Mode.EDIT || mode == Mode.CONFIRM) && edited != null && edited.id().equals(column.id());
    }

    /** A built-in role's name in the reader's language, a custom role's own name, or "the new role". */
    public String roleName(RoleColumn column) {
        if (column.isDraft()) {
            return messages.get("roles.newRole");
        }
        return column.isBuiltIn() ? messages.get(column.key().labelKey()) : column.name();
    }

    /** The accessible name of a cell's checkbox: "Manage groups for Publisher". */
    public String cellLabel(Privilege privilege, RoleColumn column) {
        return messages.format("roles.cellLabel", messages.get(privilege.labelKey()), roleName(column));
    }

    /** A column action's accessible name, e.g. "Change Helpers". */
    public String actionLabel(String key, RoleColumn column) {
        return messages.format(key, roleName(column));
    }

    /** Whether the caller may change roles; without it the matrix is read-only (the service says so too). */
    public boolean isMayEdit() {
        return activeUser.can(Privilege.MANAGE_ROLES.name());
    }

    public boolean isViewing() {
        return mode == Mode.VIEW;
    }

    public boolean isCreating() {
        return mode == Mode.CREATE;
    }

    public boolean isEditing() {
        return mode == Mode.EDIT;
    }

    public boolean isConfirming() {
        return mode == Mode.CONFIRM;
    }

    /** The name changes along with the privileges (the preview says so). */
    public boolean isRenamed() {
        return edited != null && name != null && !name.strip().equals(edited.name());
    }

    public RoleColumn getEdited() {
        return edited;
    }

    public RoleChangePreview getPreview() {
        return preview;
    }

    public Map<Privilege, Boolean> getDraft() {
        return draft;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
