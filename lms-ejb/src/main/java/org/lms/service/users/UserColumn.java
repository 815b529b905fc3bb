package org.lms.service.users;

/**
 * The columns of the user list and its exports. Which of them a caller may see is the service's
 * answer ({@link UserDirectory#columns()}), so that rules hiding a column (profile fields by role)
 * shape the page and every export alike.
 */
public enum UserColumn {
    NAME, EMAIL, ORGANIZATION, ROLE, STATUS, LAST_SIGN_IN;

    public String labelKey() {
        return "userColumn." + name();
    }
}
