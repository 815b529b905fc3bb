package org.lms.service.users;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.UserStatus;

/**
 * One line of the user list. The profile columns are null where the value is empty, and where
 * the viewer's role does not see the field ({@link #onlyVisible}); {@code custom} holds the values
 * of the custom fields the viewer sees, by key.
 */
public record UserRow(long id, String name, String email, String organizationName, BuiltInRole roleKey,
        String roleName, UserStatus status, Instant lastSignInAt, long organizationId, long roleId,
        String jobTitle, String department, String phone, String managerName, LocalDate hireDate, String employeeId,
        Map<String, String> custom) implements Serializable {

    public UserRow {
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    /** A row with the standard profile fields, as {@link #SELECT_WITH_PROFILE} makes it. */
    public UserRow(long id, String name, String email, String organizationName, BuiltInRole roleKey, String roleName,
            UserStatus status, Instant lastSignInAt, long organizationId, long roleId, String jobTitle, String department,
            String phone, String managerName, LocalDate hireDate, String employeeId) {
        this(id, name, email, organizationName, roleKey, roleName, status, lastSignInAt, organizationId, roleId,
                jobTitle, department, phone, managerName, hireDate, employeeId, Map.of());
    }

    /** The JPQL select list that fills a row from {@code u} (user), {@code o} (organization) and {@code r} (role). */
    public static final String SELECT = "SELECT NEW org.lms.service.users.UserRow(u.id, u.name, u.email, o.name, r.builtIn,"
            + " r.name, u.status, u.lastSignInAt, o.id, r.id)";

    /**
     * The select list of {@link #SELECT} with the standard profile fields; the query also needs
     * {@link #JOIN_MANAGER} and its parameter.
     */
    public static final String SELECT_WITH_PROFILE = "SELECT NEW org.lms.service.users.UserRow(u.id, u.name, u.email, o.name,"
            + " r.builtIn, r.name, u.status, u.lastSignInAt, o.id, r.id, u.jobTitle, u.department, u.phone, mg.name,"
            + " u.hireDate, u.employeeId)";

    /**
     * The manager of {@link #SELECT_WITH_PROFILE}, joined only when they lie in the scope bound to
     * {@code managerScope} (a path and %): a manager outside the caller's scope is not named.
     */
    public static final String JOIN_MANAGER = " LEFT JOIN u.manager mg ON mg.organizationPath LIKE :managerScope";

    /** A row without profile fields. */
    public UserRow(long id, String name, String email, String organizationName, BuiltInRole roleKey, String roleName,
            UserStatus status, Instant lastSignInAt, long organizationId, long roleId) {
        this(id, name, email, organizationName, roleKey, roleName, status, lastSignInAt, organizationId, roleId,
                null, null, null, null, null, null, Map.of());
    }

    /** The row with these custom values. */
    public UserRow withCustom(Map<String, String> values) {
        return new UserRow(id, name, email, organizationName, roleKey, roleName, status, lastSignInAt, organizationId, roleId,
                jobTitle, department, phone, managerName, hireDate, employeeId, values);
    }

    /** The row with the profile fields of columns not in {@code visible} left empty. */
    public UserRow onlyVisible(Set<UserColumn> visible) {
        return new UserRow(id, name, email, organizationName, roleKey, roleName, status, lastSignInAt, organizationId, roleId,
                visible.contains(UserColumn.JOB_TITLE) ? jobTitle : null,
                visible.contains(UserColumn.DEPARTMENT) ? department : null,
                visible.contains(UserColumn.PHONE) ? phone : null,
                visible.contains(UserColumn.MANAGER) ? managerName : null,
                visible.contains(UserColumn.HIRE_DATE) ? hireDate : null,
                visible.contains(UserColumn.EMPLOYEE_ID) ? employeeId : null, custom);
    }
}
