package org.lms.web.profiles;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.profiles.CustomFieldType;
import org.lms.domain.profiles.FieldAccess;
import org.lms.domain.profiles.ProfileFieldPolicy;
import org.lms.service.profiles.FieldDefinition;
import org.lms.service.profiles.ProfileFieldAdministration;
import org.lms.service.profiles.ProfileFieldMatrix;
import org.lms.service.profiles.RuleChange;
import org.lms.service.roles.RoleChoice;
import org.lms.web.shell.Feedback;

/**
 * Profile fields: the custom fields (define, rename, change choices, reorder, delete) and the
 * matrix of every field against every role, one list per cell (hidden, read-only, editable).
 * Saving the matrix sends only the cells that changed; the service checks each of them.
 */
@Named
@ViewScoped
public class ProfileFieldsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileFieldAdministration service;

    @Inject
    private Feedback feedback;

    private ProfileFieldMatrix matrix;
    /** The cells as chosen on the page, by {@link ProfileFieldMatrix#cell}: the access's name. */
    private final Map<String, String> cells = new HashMap<>();
    /** Label and choices (one a line) of each custom field as edited on the page, by key. */
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> choices = new HashMap<>();

    private String newKey;
    private String newLabel;
    private CustomFieldType newType = CustomFieldType.TEXT;
    private String newChoices;

    public void load() {
        matrix = service.matrix();
        cells.clear();
        labels.clear();
        choices.clear();
        matrix.cells().forEach((cell, access) -> cells.put(cell, access.name()));
        for (FieldDefinition field : matrix.fields()) {
            if (field.custom()) {
                labels.put(field.key(), field.label());
                choices.put(field.key(), String.join("\n", field.choices()));
            }
        }
    }

    public void define() {
        try {
            service.define(newKey, newLabel, newType, lines(newChoices));
            feedback.info("profileFields.defined", newLabel);
            newKey = null;
            newLabel = null;
            newChoices = null;
            newType = CustomFieldType.TEXT;
            load();
        } catch (RuntimeException e) {
            feedback.failed(e, "newField");
        }
    }

    public void change(FieldDefinition field) {
        try {
            service.change(field.id(), field.version(), labels.get(field.key()), lines(choices.get(field.key())));
            feedback.info("profileFields.changed", labels.get(field.key()));
            load();
        } catch (RuntimeException e) {
            feedback.failed(e, "fields");
        }
    }

    public void move(FieldDefinition field, int offset) {
        try {
            service.move(field.id(), offset);
            load();
        } catch (RuntimeException e) {
            feedback.failed(e, "fields");
        }
    }

    public void delete(FieldDefinition field) {
        try {
            service.delete(field.id());
            feedback.info("profileFields.deleted", field.label());
            load();
        } catch (RuntimeException e) {
            feedback.failed(e, "fields");
        }
    }

    public void saveRules() {
        List<RuleChange> changes = new ArrayList<>();
        for (FieldDefinition field : matrix.fields()) {
            for (RoleChoice role : matrix.roles()) {
                String chosen = cells.get(ProfileFieldMatrix.cell(field.key(), role.id()));
                FieldAccess stored = matrix.access(field.key(), role.id());
                if (chosen != null && !chosen.equals(stored.name())) {
                    changes.add(new RuleChange(field.key(), role.id(), FieldAccess.valueOf(chosen)));
                }
            }
        }
        try {
            service.setRules(changes);
            feedback.info("profileFields.rulesSaved", changes.size());
            load();
        } catch (RuntimeException e) {
            feedback.failed(e, "rules");
        }
    }

    /** The accesses a cell offers: name and email are never hidden. */
    public List<FieldAccess> accesses(String fieldKey) {
        return Arrays.stream(FieldAccess.values()).filter(a -> ProfileFieldPolicy.allowed(fieldKey, a)).toList();
    }

    public String cell(String fieldKey, long roleId) {
        return ProfileFieldMatrix.cell(fieldKey, roleId);
    }

    public boolean ruled(String fieldKey, long roleId) {
        return matrix.isRuled(fieldKey, roleId);
    }

    public List<FieldDefinition> getFields() {
        return matrix.fields();
    }

    public List<FieldDefinition> getCustomFields() {
        return matrix.fields().stream().filter(FieldDefinition::custom).toList();
    }

    public List<RoleChoice> getRoles() {
        return matrix.roles();
    }

    public CustomFieldType[] getTypes() {
        return CustomFieldType.values();
    }

    public Map<String, String> getCells() {
        return cells;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }

    public CustomFieldType getNewType() {
        return newType;
    }

    public void setNewType(CustomFieldType newType) {
        this.newType = newType;
    }

    public String getNewChoices() {
        return newChoices;
    }

    public void setNewChoices(String newChoices) {
        this.newChoices = newChoices;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\\R"));
    }
}
