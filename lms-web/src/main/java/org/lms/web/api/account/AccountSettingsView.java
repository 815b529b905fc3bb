package org.lms.web.api.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.account.AccountSettings;

/** The account's settings as GET and PUT /account/settings carry them. */
@Schema(name = "AccountSettings")
public record AccountSettingsView(String name,
        @Schema(description = "Language new people get: en or de") String defaultLocale,
        @Schema(description = "IANA time zone new people get, e.g. Europe/Berlin") String defaultTimeZone,
        @Schema(description = "8 to 128") int passwordMinLength,
        @Schema(description = "Passwords need letters and digits or symbols") boolean passwordNeedsMix,
        @Schema(description = "5 to 1440") int sessionTimeoutMinutes,
        @Schema(description = "Failed sign-ins before an address is locked: 3 to 50") int lockoutThreshold,
        @Schema(description = "How long the lock lasts: 1 to 1440") int lockoutMinutes,
        boolean learnersSeeOrganizationReports,
        boolean selfRegistration,
        @Schema(description = "Send it back with PUT: a change made meanwhile by someone else answers 409") long version) {

    static AccountSettingsView of(AccountSettings s) {
        return new AccountSettingsView(s.name(), s.defaultLocale(), s.defaultTimeZone(), s.passwordMinLength(),
                s.passwordNeedsMix(), s.sessionTimeoutMinutes(), s.lockoutThreshold(), s.lockoutMinutes(),
                s.learnersSeeOrganizationReports(), s.selfRegistration(), s.version());
    }
}
