package org.lms.service.profiles;

import static org.lms.service.permissions.TargetType.USER;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lms.domain.profiles.CustomField;
import org.lms.domain.profiles.CustomFieldType;
import org.lms.domain.profiles.FieldAccess;
import org.lms.domain.profiles.ProfileFieldPolicy;
import org.lms.domain.profiles.ProfileFieldRule;
import org.lms.domain.profiles.ProfileValue;
import org.lms.domain.profiles.StandardField;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.RoleLabels;
import org.lms.service.permissions.Scopes;
import org.lms.service.security.Caller;

/**
 * Reads and changes users' profile fields for the services, under the viewer's rules: what a
 * role may not see is left out of every answer, and a change of a field the role may not edit is
 * refused (and audited) before anything changes. Not an EJB of its own: the services that use it
 * decide who may call them.
 */
@RequestScoped
public class ProfileFields {

    /** Digits, spaces and the signs phone numbers are written with. */
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]+");
    /** How far up a chain of managers a new manager is followed to find a cycle. */
    private static final int MAX_CHAIN = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private Scopes scopes;

    @Inject
    private AuditLog audit;

    /** The rules of the signed-in caller's role. */
    public ProfileFieldPolicy callerPolicy() {
        return policyOf(caller.require().getRole());
    }

    public ProfileFieldPolicy policyOf(Role role) {
        return ProfileFieldPolicy.of(role, em.createNamedQuery(ProfileFieldRule.FIND_OF_ROLE, ProfileFieldRule.class)
                .setParameter("role", role).getResultList());
    }

    public List<CustomField> customFields() {
        return em.createNamedQuery(CustomField.FIND_ALL, CustomField.class).getResultList();
    }

    /**
     * The user's profile as a viewer with {@code policy} may see it. Someone else's manager outside
     * the viewer's scope reads as empty, as everything outside the scope does; one's own manager
     * ({@code own}) is always shown.
     */
    public Profile read(User user, ProfileFieldPolicy policy, boolean own) {
        List<ProfileEntry> entries = new ArrayList<>();
        for (StandardField field : StandardField.values()) {
            FieldAccess access = policy.access(field);
            if (!field.identifying() && access.visible()) {
                boolean hideManager = field == StandardField.MANAGER && !own && user.getManager() != null
                        && !scopes.inScope(user.getManager().getOrganization());
                entries.add(standardEntry(user, field, access, hideManager));
            }
        }
        List<CustomField> fields = customFields();
        if (fields.stream().anyMatch(f -> policy.visible(f.getKey()))) {
            Map<Long, String> values = em.createNamedQuery(ProfileValue.FIND_OF_USER, ProfileValue.class)
                    .setParameter("user", user).getResultStream()
                    .collect(Collectors.toMap(v -> v.getField().getId(), ProfileValue::getValue));
            for (CustomField field : fields) {
                FieldAccess access = policy.access(field.getKey());
                if (access.visible()) {
                    String value = values.get(field.getId());
                    entries.add(new ProfileEntry(field.getKey(), true, null, field.getLabel(), FieldKind.of(field.getType()),
                            access, value, value, field.getChoices()));
                }
            }
        }
        return new Profile(policy.access(StandardField.NAME), policy.access(StandardField.EMAIL), List.copyOf(entries));
    }

    /**
     * Refuses (and audits) a change of name or email when the editor's role may only read them.
     * Unchanged values pass: forms send them back as they were.
     */
    public void requireNameAndEmail(User user, ProfileFieldPolicy policy, String newName, String newEmail) {
        if (!policy.editable(StandardField.NAME.key()) && !Objects.equals(newName, user.getName())) {
            refuse(user, StandardField.NAME.key());
        }
        if (!policy.editable(StandardField.EMAIL.key()) && newEmail != null && !newEmail.equalsIgnoreCase(user.getEmail())) {
            refuse(user, StandardField.EMAIL.key());
        }
    }

    /**
     * Changes the given profile fields of {@code user} (key to new value; null or blank empties
     * the field), all or none. A field the editor's role does not see or may only read is refused
     * and audited, whatever the value; a value that does not fit its field is invalid input.
     */
    public void change(User user, ProfileFieldPolicy policy, Map<String, String> changes) {
        if (changes == null || changes.isEmpty()) {
            return;
        }
        Map<String, CustomField> custom = customFields().stream()
                .collect(Collectors.toMap(CustomField::getKey, Function.identity()));
        Map<String, Reason> invalid = new LinkedHashMap<>();
        for (String key : changes.keySet()) {
            StandardField standard = StandardField.byKey(key);
            if ((standard == null || standard.identifying()) && !custom.containsKey(key)) {
                invalid.put(key, new Reason("input.unknownProfileField"));
            }
        }
        if (!invalid.isEmpty()) {
            throw InvalidInput.fields(invalid);
        }
        for (String key : changes.keySet()) {
            if (!policy.editable(key)) {
                refuse(user, key);
            }
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        changes.forEach((key, raw) -> {
            String text = raw == null ? "" : raw.strip();
            try {
                clean.put(key, text.isEmpty() ? null : parse(user, key, text, custom.get(key)));
            } catch (BadValue bad) {
                invalid.put(key, bad.reason);
            }
        });
        if (!invalid.isEmpty()) {
            throw InvalidInput.fields(invalid);
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Map<Long, ProfileValue> stored = em.createNamedQuery(ProfileValue.FIND_OF_USER, ProfileValue.class)
                .setParameter("user", user).getResultStream().collect(Collectors.toMap(v -> v.getField().getId(), v -> v));
        clean.forEach((key, value) -> {
            Object old = custom.containsKey(key) ? Optional.ofNullable(stored.get(custom.get(key).getId()))
                    .map(ProfileValue::getValue).orElse(null) : standardValue(user, StandardField.valueOf(key));
            if (Objects.equals(old, value)) {
                return;
            }
            if (custom.containsKey(key)) {
                CustomField field = custom.get(key);
                ProfileValue row = stored.get(field.getId());
                if (value == null) {
                    if (row != null) {
                        em.remove(row);
                    }
                } else if (row == null) {
                    em.persist(new ProfileValue(user, field, (String) value));
                } else {
                    row.change((String) value);
                }
            } else {
                setStandard(user, StandardField.valueOf(key), value);
            }
            before.add(key + ": " + describe(old));
            after.add(key + ": " + describe(value));
        });
        if (!after.isEmpty()) {
            audit.changed(AuditRecord.of(AuditKind.USER_PROFILE_CHANGED, user).change(String.join("; ", before),
                    String.join("; ", after)));
        }
    }

    /** Removes what belongs to a user about to be deleted: their custom values; nobody keeps them as manager. */
    public void forget(User user) {
        em.createNamedQuery(ProfileValue.DELETE_OF_USER).setParameter("user", user).executeUpdate();
        em.createQuery("UPDATE User u SET u.manager = NULL WHERE u.manager = :user").setParameter("user", user).executeUpdate();
    }

    private void refuse(User user, String key) {
        String customLabel = StandardField.byKey(key) != null ? null
                : em.createNamedQuery(CustomField.FIND_BY_KEY, CustomField.class).setParameter("key", key).getResultStream()
                        .map(CustomField::getLabel).findFirst().orElse(key);
        guard.refuse(new Reason("rule.profileFieldNotEditable", RoleLabels.profileField(key, customLabel)),
                AuditRecord.of(AuditKind.USER_PROFILE_CHANGED, user).change(null, key));
    }

    private Object parse(User user, String key, String text, CustomField customField) {
        if (customField != null) {
            CustomFieldType type = customField.getType();
            Optional<String> why = type.whyNot(text, customField.getChoices());
            if (why.isPresent()) {
                throw new BadValue(switch (why.get()) {
                    case "input.tooLong" -> new Reason(why.get(), CustomField.VALUE_MAX);
                    case "input.choiceUnknown" -> new Reason(why.get(), String.join(", ", customField.getChoices()));
                    default -> new Reason(why.get());
                });
            }
            return type == CustomFieldType.DATE ? CustomFieldType.parseDate(text).orElseThrow().toString() : text;
        }
        StandardField field = StandardField.valueOf(key);
        if (field != StandardField.HIRE_DATE && field != StandardField.MANAGER && text.codePoints().anyMatch(Character::isISOControl)) {
            throw new BadValue(new Reason("input.controlCharacters"));
        }
        return switch (field) {
            case JOB_TITLE -> text(text, User.JOB_TITLE_MAX);
            case DEPARTMENT -> text(text, User.DEPARTMENT_MAX);
            case EMPLOYEE_ID -> text(text, User.EMPLOYEE_ID_MAX);
            case PHONE -> {
                text(text, User.PHONE_MAX);
                if (!PHONE.matcher(text).matches() || text.chars().filter(Character::isDigit).count() < 3) {
                    throw new BadValue(new Reason("input.phoneInvalid"));
                }
                yield text;
            }
            case HIRE_DATE -> CustomFieldType.parseDate(text).orElseThrow(() -> new BadValue(new Reason("input.dateInvalid")));
            case MANAGER -> manager(user, text);
            case NAME, EMAIL -> throw new IllegalArgumentException(key);
        };
    }

    private User manager(User user, String text) {
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadValue(new Reason("input.managerUnknown"));
        }
        if (user.getId() != null && user.getId() == id) {
            throw new BadValue(new Reason("input.managerIsSelf"));
        }
        // Outside the editor's scope reads as missing, like everywhere else.
        scopes.requireInScope(USER, id);
        User manager = em.find(User.class, id);
        if (manager == null) {
            throw new BadValue(new Reason("input.managerUnknown"));
        }
        // Nobody ends up managing themselves through others: the chain above the new manager must not reach the person.
        int steps = 0;
        for (User above = manager.getManager(); above != null && steps < MAX_CHAIN; above = above.getManager(), steps++) {
            if (above == user) {
                throw new BadValue(new Reason("input.managerCycle"));
            }
        }
        return manager;
    }

    private static String text(String text, int max) {
        if (text.length() > max) {
            throw new BadValue(new Reason("input.tooLong", max));
        }
        return text;
    }

    private static Object standardValue(User user, StandardField field) {
        return switch (field) {
            case JOB_TITLE -> user.getJobTitle();
            case DEPARTMENT -> user.getDepartment();
            case PHONE -> user.getPhone();
            case MANAGER -> user.getManager();
            case HIRE_DATE -> user.getHireDate();
            case EMPLOYEE_ID -> user.getEmployeeId();
            case NAME -> user.getName();
            case EMAIL -> user.getEmail();
        };
    }

    private static void setStandard(User user, StandardField field, Object value) {
        switch (field) {
            case JOB_TITLE -> user.changeJobTitle((String) value);
            case DEPARTMENT -> user.changeDepartment((String) value);
            case PHONE -> user.changePhone((String) value);
            case MANAGER -> user.changeManager((User) value);
            case HIRE_DATE -> user.changeHireDate((LocalDate) value);
            case EMPLOYEE_ID -> user.changeEmployeeId((String) value);
            case NAME, EMAIL -> throw new IllegalArgumentException(field.name());
        }
    }

    private static ProfileEntry standardEntry(User user, StandardField field, FieldAccess access, boolean hideValue) {
        Object value = hideValue ? null : standardValue(user, field);
        String stored;
        String display;
        if (value instanceof User manager) {
            stored = manager.getId().toString();
            display = manager.getName() + " <" + manager.getEmail() + ">";
        } else {
            stored = value == null ? null : value.toString();
            display = stored;
        }
        FieldKind kind = field == StandardField.HIRE_DATE ? FieldKind.DATE : field == StandardField.MANAGER ? FieldKind.PERSON : FieldKind.TEXT;
        return new ProfileEntry(field.key(), false, field.labelKey(), null, kind, access, stored, display, List.of());
    }

    private static String describe(Object value) {
        if (value == null) {
            return "-";
        }
        return value instanceof User manager ? manager.getName() + " <" + manager.getEmail() + ">" : value.toString();
    }

    /** A value that does not fit its field. */
    private static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        BadValue(Reason reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }
    }
}
