package org.lms.domain.users;

public enum UserStatus {
    ACTIVE, DEACTIVATED;

    public String labelKey() {
        return "userStatus." + name();
    }
}
