package org.lms.service.users;

import org.lms.domain.profiles.StandardField;

/**
 * The columns of the user list and its exports. Which of them a caller may see is the service's
 * answer ({@link UserDirectory#columns()}): a column showing a profile field the caller's role
 * does not see is left out of the page and every export alike.
 */
public enum UserColumn {
    NAME(StandardField.NAME), EMAIL(StandardField.EMAIL), ORGANIZATION(null), ROLE(null), STATUS(null), LAST_SIGN_IN(null),
    JOB_TITLE(StandardField.JOB_TITLE), DEPARTMENT(StandardField.DEPARTMENT), PHONE(StandardField.PHONE),
    MANAGER(StandardField.MANAGER), HIRE_DATE(StandardField.HIRE_DATE), EMPLOYEE_ID(StandardField.EMPLOYEE_ID);

    private final StandardField field;

    UserColumn(StandardField field) {
        this.field = field;
    }

    /** The profile field the column shows, or null for a column every viewer of the list sees. */
    public StandardField field() {
        return field;
    }

    public String labelKey() {
        return "userColumn." + name();
    }
}
