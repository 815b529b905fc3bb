package org.lms.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lms.domain.account.Account;
import org.lms.domain.account.AccountLogo;
import org.lms.domain.roles.Privilege;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;

/** Account settings: Administrators and the Owner (Table 1, "Change account settings"). */
@Stateless
@RolesAllowed(Privilege.Names.CHANGE_ACCOUNT_SETTINGS)
public class AccountSettingsService {

    /** Languages the portal speaks. */
    public static final Set<String> LANGUAGES = Set.of("en", "de");
    /** Sign-in rules may never let more failed attempts per account and hour through than this. */
    static final int MAX_FAILED_ATTEMPTS_PER_HOUR = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public AccountSettings settings() {
        return AccountSettings.of(account());
    }

    public void update(AccountSettings wanted) {
        Account account = account();
        InvalidInput.requireCurrent(account.getVersion(), wanted.version());
        String name = Inputs.name("name", wanted.name(), Account.NAME_MAX);
        validate(wanted);
        AccountSettings before = AccountSettings.of(account);
        account.rename(name);
        account.changeDefaultLocale(wanted.defaultLocale());
        account.changeDefaultTimeZone(wanted.defaultTimeZone());
        account.changePasswordPolicy(wanted.passwordMinLength(), wanted.passwordNeedsMix());
        account.changeSessionTimeout(wanted.sessionTimeoutMinutes());
        account.changeLockout(wanted.lockoutThreshold(), wanted.lockoutMinutes());
        account.letLearnersSeeOrganizationReports(wanted.learnersSeeOrganizationReports());
        account.changeSelfRegistration(wanted.selfRegistration());
        audit.changed(AuditRecord.of(AuditKind.ACCOUNT_SETTINGS_CHANGED, account)
                .change(before, AccountSettings.of(account)));
    }

    /**
     * Sets the account's logo: a PNG, JPEG, GIF or WebP image of at most {@link LogoImage#MAX_BYTES},
     * recognized by its content rather than its name.
     */
    public void changeLogo(byte[] image) {
        if (image == null || image.length == 0) {
            throw InvalidInput.field("logo", "input.required");
        }
        if (image.length > LogoImage.MAX_BYTES) {
            throw InvalidInput.field("logo", "input.logoTooLarge", LogoImage.MAX_BYTES / 1024);
        }
        String type = LogoImage.contentType(image).orElseThrow(() -> InvalidInput.field("logo", "input.logoType"));
        Account account = account();
        AccountLogo logo = em.find(AccountLogo.class, account.getId());
        String before = describe(logo);
        if (logo == null) {
            logo = new AccountLogo(account.getId(), type, image);
            em.persist(logo);
        } else {
            logo.replace(type, image);
        }
        account.changeLogoTag(LogoImage.tag(image));
        audit.changed(AuditRecord.of(AuditKind.ACCOUNT_SETTINGS_CHANGED, account)
                .change(before, describe(logo)));
    }

    /** Removes the logo; the account's name shows in its place. */
    public void removeLogo() {
        Account account = account();
        AccountLogo logo = em.find(AccountLogo.class, account.getId());
        if (logo != null) {
            String before = describe(logo);
            em.remove(logo);
            account.changeLogoTag(null);
            audit.changed(AuditRecord.of(AuditKind.ACCOUNT_SETTINGS_CHANGED, account).change(before, describe(null)));
        }
    }

    private static String describe(AccountLogo logo) {
        return logo == null ? "logo: none" : "logo: " + logo.getContentType() + ", " + logo.size() + " bytes";
    }

    static void validate(AccountSettings wanted) {
        Map<String, Reason> problems = new LinkedHashMap<>();
        if (wanted.defaultLocale() == null || !LANGUAGES.contains(wanted.defaultLocale())) {
            problems.put("defaultLocale", new Reason("input.unsupportedLanguage"));
        }
        try {
            ZoneId.of(wanted.defaultTimeZone() == null ? "" : wanted.defaultTimeZone());
        } catch (DateTimeException e) {
            problems.put("defaultTimeZone", new Reason("input.unknownTimeZone"));
        }
        range(problems, "passwordMinLength", wanted.passwordMinLength(), 8, 128);
        range(problems, "sessionTimeoutMinutes", wanted.sessionTimeoutMinutes(), 5, 24 * 60);
        range(problems, "lockoutThreshold", wanted.lockoutThreshold(), 3, 50);
        range(problems, "lockoutMinutes", wanted.lockoutMinutes(), 1, 24 * 60);
        if (!problems.containsKey("lockoutThreshold") && !problems.containsKey("lockoutMinutes")
                && attemptsPerHour(wanted.lockoutThreshold(), wanted.lockoutMinutes()) > MAX_FAILED_ATTEMPTS_PER_HOUR) {
            problems.put("lockoutMinutes", new Reason("input.lockoutTooWeak", MAX_FAILED_ATTEMPTS_PER_HOUR));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.fields(problems);
        }
    }

    /** The most failed attempts an attacker gets through in an hour: a burst per lock period. */
    static int attemptsPerHour(int threshold, int lockoutMinutes) {
        return threshold * (60 / lockoutMinutes + 1);
    }

    private static void range(Map<String, Reason> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.put(field, new Reason("input.outOfRange", min, max));
        }
    }

    private Account account() {
        return em.find(Account.class, Account.THE_ACCOUNT);
    }
}
