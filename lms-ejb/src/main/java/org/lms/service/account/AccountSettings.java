package org.lms.service.account;

import java.io.Serializable;
import org.lms.domain.account.Account;

/** The settings an Administrator changes; {@code version} guards concurrent edits. */
public record AccountSettings(String name, String defaultLocale, String defaultTimeZone, int passwordMinLength,
        boolean passwordNeedsMix, int sessionTimeoutMinutes, int lockoutThreshold, int lockoutMinutes,
        boolean learnersSeeOrganizationReports, boolean selfRegistration, long version) implements Serializable {

    public static AccountSettings of(Account a) {
        return new AccountSettings(a.getName(), a.getDefaultLocale(), a.getDefaultTimeZone(), a.getPasswordMinLength(),
                a.isPasswordNeedsMix(), a.getSessionTimeoutMinutes(), a.getLockoutThreshold(), a.getLockoutMinutes(),
                a.isLearnersSeeOrganizationReports(), a.isSelfRegistration(), a.getVersion());
    }
}
