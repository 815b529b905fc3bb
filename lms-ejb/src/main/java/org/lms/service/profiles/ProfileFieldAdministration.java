package org.lms.service.profiles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lms.domain.profiles.CustomField;
import org.lms.domain.profiles.CustomFieldType;
import org.lms.domain.profiles.FieldAccess;
import org.lms.domain.profiles.ProfileFieldPolicy;
import org.lms.domain.profiles.ProfileFieldRule;
import org.lms.domain.profiles.ProfileValue;
import org.lms.domain.profiles.StandardField;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.RoleLabels;
import org.lms.service.permissions.TargetType;
import org.lms.service.roles.RoleChoice;

/**
 * Profile fields of the account: custom fields an Administrator defines (text, date, choice),
 * their order, and the matrix saying for every field and role whether the role sees it hidden,
 * read-only or editable. Part of the account's settings; every change is audited.
 */
@Stateless
@RolesAllowed(Privilege.Names.CHANGE_ACCOUNT_SETTINGS)
public class ProfileFieldAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private ProfileFields profiles;

    /** Every field against every role, with each cell's access (the rule set, or the default). */
    public ProfileFieldMatrix matrix() {
        List<FieldDefinition> fields = new ArrayList<>();
        int position = 0;
        for (StandardField field : StandardField.values()) {
            fields.add(new FieldDefinition(field.key(), false, field.labelKey(), null, null, null, List.of(), position++, null));
        }
        for (CustomField field : profiles.customFields()) {
            fields.add(new FieldDefinition(field.getKey(), true, null, field.getLabel(), field.getId(), field.getType(),
                    field.getChoices(), field.getPosition(), field.getVersion()));
        }
        List<Role> roles = em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList();
        Map<Long, Map<String, FieldAccess>> rules = new HashMap<>();
        for (ProfileFieldRule rule : em.createNamedQuery(ProfileFieldRule.FIND_ALL, ProfileFieldRule.class).getResultList()) {
            rules.computeIfAbsent(rule.getRole().getId(), id -> new HashMap<>()).put(rule.getFieldKey(), rule.getAccess());
        }
        Map<String, FieldAccess> cells = new LinkedHashMap<>();
        Set<String> ruled = new HashSet<>();
        for (Role role : roles) {
            ProfileFieldPolicy policy = new ProfileFieldPolicy(role.getPrivileges(), rules.getOrDefault(role.getId(), Map.of()));
            for (FieldDefinition field : fields) {
                cells.put(ProfileFieldMatrix.cell(field.key(), role.getId()), policy.access(field.key()));
                if (policy.ruled(field.key())) {
                    ruled.add(ProfileFieldMatrix.cell(field.key(), role.getId()));
                }
            }
        }
        return new ProfileFieldMatrix(List.copyOf(fields), roles.stream().map(RoleChoice::of).toList(), cells, ruled);
    }

    /**
     * Defines a custom field after the existing ones. The key (lower-case letters, digits and
     * underscores) names it in the API and never changes.
     *
     * @return the new field's id
     */
    public long define(String key, String label, CustomFieldType type, List<String> choices) {
        String cleanKey = key == null ? "" : key.strip();
        if (!CustomField.KEY_PATTERN.matcher(cleanKey).matches()) {
            throw InvalidInput.field("key", "input.fieldKeyInvalid", CustomField.KEY_MAX);
        }
        String cleanLabel = Inputs.name("label", label, CustomField.LABEL_MAX);
        if (type == null) {
            throw InvalidInput.field("type", "input.required");
        }
        List<String> cleanChoices = choices(type, choices);
        if (!em.createNamedQuery(CustomField.FIND_BY_KEY, CustomField.class).setParameter("key", cleanKey).getResultList().isEmpty()) {
            throw InvalidInput.conflict("key", "input.fieldKeyTaken");
        }
        int position = profiles.customFields().stream().mapToInt(CustomField::getPosition).max().orElse(-1) + 1;
        CustomField field = new CustomField(cleanKey, cleanLabel, type, cleanChoices, position);
        em.persist(field);
        audit.changed(record(AuditKind.PROFILE_FIELD_DEFINED, field).change(null, describe(field)));
        return field.getId();
    }

    /** Renames a custom field and, for a choice, replaces its choices; {@code expectedVersion} guards concurrent edits. */
    public void change(long fieldId, long expectedVersion, String label, List<String> choices) {
        CustomField field = field(fieldId);
        InvalidInput.requireCurrent(field.getVersion(), expectedVersion);
        String cleanLabel = Inputs.name("label", label, CustomField.LABEL_MAX);
        List<String> cleanChoices = choices(field.getType(), choices);
        String before = describe(field);
        field.relabel(cleanLabel);
        field.changeChoices(cleanChoices);
        String after = describe(field);
        if (!before.equals(after)) {
            audit.changed(record(AuditKind.PROFILE_FIELD_CHANGED, field).change(before, after));
        }
    }

    /** Moves a custom field one place up ({@code offset} below 0) or down (above 0) among the custom fields. */
    public void move(long fieldId, int offset) {
        CustomField field = field(fieldId);
        List<CustomField> fields = new ArrayList<>(profiles.customFields());
        int from = fields.indexOf(field);
        int to = Math.max(0, Math.min(fields.size() - 1, from + Integer.signum(offset)));
        if (from == to) {
            return;
        }
        fields.remove(from);
        fields.add(to, field);
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).moveTo(i);
        }
        audit.changed(record(AuditKind.PROFILE_FIELD_CHANGED, field).change("position " + (from + 1), "position " + (to + 1)));
    }

    /** Deletes a custom field with every value people had in it and its rules. */
    public void delete(long fieldId) {
        CustomField field = field(fieldId);
        long values = em.createQuery("SELECT COUNT(v) FROM ProfileValue v WHERE v.field = :field", Long.class)
                .setParameter("field", field).getSingleResult();
        em.createNamedQuery(ProfileValue.DELETE_OF_FIELD).setParameter("field", field).executeUpdate();
        em.createNamedQuery(ProfileFieldRule.DELETE_OF_FIELD).setParameter("fieldKey", field.getKey()).executeUpdate();
        em.remove(field);
        audit.changed(record(AuditKind.PROFILE_FIELD_DELETED, field).change(describe(field), values + " values removed"));
    }

    /**
     * Sets cells of the matrix, all or none. A cell set to the role's default keeps no rule. Name
     * and email are never hidden, and nobody sets the rules of a role holding privileges they lack.
     */
    public void setRules(List<RuleChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (StandardField field : StandardField.values()) {
            keys.add(field.key());
        }
        profiles.customFields().forEach(field -> keys.add(field.getKey()));
        for (RuleChange change : changes) {
            if (change == null || !keys.contains(change.fieldKey())) {
                throw InvalidInput.field("fieldKey", "input.unknownProfileField");
            }
            if (change.access() == null) {
                throw InvalidInput.field(change.fieldKey(), "input.required");
            }
            if (!ProfileFieldPolicy.allowed(change.fieldKey(), change.access())) {
                throw InvalidInput.field(change.fieldKey(), "input.identifyingFieldNeverHidden");
            }
        }
        Set<Privilege> held = guard.actor().privileges();
        for (RuleChange change : changes) {
            Role role = em.find(Role.class, change.roleId());
            if (role == null) {
                throw new NotFound(TargetType.ROLE, change.roleId());
            }
            AuditRecord attempt = AuditRecord.of(AuditKind.PROFILE_FIELD_RULE_CHANGED, TargetType.ROLE, role.getId(),
                    role.getName(), null);
            Set<Privilege> missing = EnumSet.noneOf(Privilege.class);
            missing.addAll(role.getPrivileges());
            missing.removeAll(held);
            if (!missing.isEmpty()) {
                guard.refuse(new Reason("rule.profileRulesAbove", RoleLabels.privileges(missing)),
                        attempt.change(null, change.fieldKey() + ": " + change.access()));
            }
            Optional<ProfileFieldRule> stored = em.createNamedQuery(ProfileFieldRule.FIND_OF_ROLE, ProfileFieldRule.class)
                    .setParameter("role", role).getResultStream().filter(r -> r.getFieldKey().equals(change.fieldKey())).findFirst();
            FieldAccess defaultAccess = ProfileFieldPolicy.defaultAccess(role.getPrivileges(), change.fieldKey());
            FieldAccess before = stored.map(ProfileFieldRule::getAccess).orElse(defaultAccess);
            if (change.access() == defaultAccess) {
                stored.ifPresent(em::remove);
            } else if (stored.isPresent()) {
                stored.get().change(change.access());
            } else {
                em.persist(new ProfileFieldRule(change.fieldKey(), role, change.access()));
            }
            if (before != change.access()) {
                audit.changed(attempt.change(change.fieldKey() + ": " + before, change.fieldKey() + ": " + change.access()));
            }
        }
    }

    private static List<String> choices(CustomFieldType type, List<String> choices) {
        if (type != CustomFieldType.CHOICE) {
            return List.of();
        }
        List<String> clean = new ArrayList<>();
        if (choices != null) {
            for (String choice : choices) {
                String text = choice == null ? "" : choice.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.length() > CustomField.CHOICE_MAX) {
                    throw InvalidInput.field("choices", "input.choiceTooLong", CustomField.CHOICE_MAX);
                }
                if (text.codePoints().anyMatch(Character::isISOControl)) {
                    throw InvalidInput.field("choices", "input.controlCharacters");
                }
                if (clean.contains(text)) {
                    throw InvalidInput.field("choices", "input.choiceDuplicate", text);
                }
                clean.add(text);
            }
        }
        if (clean.isEmpty()) {
            throw InvalidInput.field("choices", "input.choicesRequired");
        }
        if (String.join("\n", clean).length() > CustomField.CHOICES_MAX) {
            throw InvalidInput.field("choices", "input.tooLong", CustomField.CHOICES_MAX);
        }
        return clean;
    }

    private CustomField field(long fieldId) {
        CustomField field = em.find(CustomField.class, fieldId);
        if (field == null) {
            throw new NotFound(TargetType.ACCOUNT, fieldId);
        }
        return field;
    }

    private static AuditRecord record(AuditKind kind, CustomField field) {
        return AuditRecord.of(kind, TargetType.ACCOUNT, field.getId(), field.getLabel() + " (" + field.getKey() + ")", null);
    }

    private static String describe(CustomField field) {
        return field.getLabel() + ": " + field.getType() + (field.getChoices().isEmpty() ? "" : " " + field.getChoices());
    }
}
