package org.lms.web.users;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.lms.service.users.CustomColumn;
import org.lms.service.users.UserColumn;
import org.lms.service.users.UserRow;
import org.lms.web.export.TableExport;

/**
 * The user list as a {@link TableExport}: only the columns given are written (the service decides
 * which the viewer may see), with headers and values in the reader's language and time zone.
 */
public final class UserExport {

    /** The download's file name without extension. */
    public static final String FILE_NAME = "users";

    private UserExport() {
    }

    /** {@code texts}: the portal's bundle in the reader's language; {@code zone}: their time zone. */
    public static TableExport<UserRow> table(List<UserColumn> columns, ResourceBundle texts, ZoneId zone) {
        return table(columns, List.of(), texts, zone);
    }

    /** With the custom profile fields given as further columns, after the standard ones. */
    public static TableExport<UserRow> table(List<UserColumn> columns, List<CustomColumn> custom, ResourceBundle texts,
            ZoneId zone) {
        List<TableExport.Column<UserRow>> all = new ArrayList<>();
        columns.forEach(column -> all.add(new TableExport.Column<>(texts.getString(column.labelKey()),
                row -> value(row, column, texts, zone))));
        custom.forEach(column -> all.add(new TableExport.Column<>(column.label(), row -> row.custom().get(column.key()))));
        return new TableExport<>(texts.getString("users.title"), all);
    }

    private static Object value(UserRow row, UserColumn column, ResourceBundle texts, ZoneId zone) {
        return switch (column) {
            case NAME -> row.name();
            case EMAIL -> row.email();
            case ORGANIZATION -> row.organizationName();
            case ROLE -> row.roleKey() != null ? texts.getString(row.roleKey().labelKey()) : row.roleName();
            case STATUS -> texts.getString(row.status().labelKey());
            case LAST_SIGN_IN -> row.lastSignInAt() == null ? null : LocalDateTime.ofInstant(row.lastSignInAt(), zone);
            case JOB_TITLE -> row.jobTitle();
            case DEPARTMENT -> row.department();
            case PHONE -> row.phone();
            case MANAGER -> row.managerName();
            case HIRE_DATE -> row.hireDate() == null ? null : row.hireDate().toString();
            case EMPLOYEE_ID -> row.employeeId();
        };
    }
}
