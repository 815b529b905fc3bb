package org.lms.service.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.lms.domain.account.Account;
import org.lms.domain.profiles.ProfileFieldPolicy;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;
import org.lms.service.account.AccountSettingsService;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.profiles.Profile;
import org.lms.service.profiles.ProfileFields;
import org.lms.service.security.Caller;
import org.lms.service.security.PasswordHasher;
import org.lms.service.security.PasswordPolicy;

/**
 * A person's own settings (Table 1, "Change personal settings"): email and password, confirmed
 * with the current password, and language and time zone.
 */
@Stateless
@RolesAllowed(Privilege.Names.CHANGE_OWN_SETTINGS)
public class MySettings {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private ProfileFields profiles;

    /** The person's own profile fields as their role sees them: hidden ones are left out. */
    public Profile profile() {
        User me = caller.require();
        return profiles.read(me, profiles.policyOf(me.getRole()), true);
    }

    /**
     * Changes the password; other sessions and tokens of the person end.
     *
     * @return the person's new credentials version, for the session making the change to carry on
     */
    public int changePassword(String currentPassword, String newPassword) {
        User me = caller.require();
        requireCurrentPassword(me, currentPassword);
        PasswordPolicy.of(em.find(Account.class, Account.THE_ACCOUNT)).whyNot(newPassword).ifPresent(reason -> {
            throw InvalidInput.field("newPassword", reason);
        });
        me.changePasswordHash(hasher.hash(newPassword));
        audit.changed(AuditRecord.of(AuditKind.USER_UPDATED, me).change("password", "password changed"));
        return me.getCredentialsVersion();
    }

    public void changeEmail(String currentPassword, String newEmail) {
        User me = caller.require();
        requireCurrentPassword(me, currentPassword);
        String email = Inputs.email("email", newEmail);
        profiles.requireNameAndEmail(me, profiles.policyOf(me.getRole()), me.getName(), email);
        requireEmailFree(email, me);
        String before = me.getEmail();
        me.changeEmail(email);
        audit.changed(AuditRecord.of(AuditKind.USER_UPDATED, me).change(before, email));
    }

    /** Language (one the portal speaks, or null for the account default) and time zone (or null). */
    public void changeLanguageAndTimeZone(String language, String timeZone) {
        User me = caller.require();
        requireLanguage(language);
        requireTimeZone(timeZone);
        me.changeLocale(language == null || language.isBlank() ? null : language);
        me.changeTimeZone(timeZone == null || timeZone.isBlank() ? null : timeZone);
    }

    /**
     * Name, email, language and time zone in one step (see {@link MyChanges}): every value is
     * checked before anything changes, and a new email needs the current password. Name, email and
     * profile fields follow the rules of the person's own role.
     */
    public void update(MyChanges changes) {
        User me = caller.require();
        ProfileFieldPolicy policy = profiles.policyOf(me.getRole());
        String name = changes.name() == null ? me.getName() : Inputs.name("name", changes.name(), User.NAME_MAX);
        String email = changes.email() == null ? me.getEmail() : Inputs.email("email", changes.email());
        requireLanguage(changes.language());
        requireTimeZone(changes.timeZone());
        boolean newEmail = !email.equals(me.getEmail());
        profiles.requireNameAndEmail(me, policy, name, email);
        if (newEmail) {
            requireCurrentPassword(me, changes.currentPassword());
            requireEmailFree(email, me);
        }
        profiles.change(me, policy, changes.profile());
        if (newEmail || !name.equals(me.getName())) {
            String before = me.getName() + " <" + me.getEmail() + ">";
            me.rename(name);
            me.changeEmail(email);
            audit.changed(AuditRecord.of(AuditKind.USER_UPDATED, me).change(before, name + " <" + email + ">"));
        }
        if (changes.language() != null) {
            me.changeLocale(changes.language().isBlank() ? null : changes.language());
        }
        if (changes.timeZone() != null) {
            me.changeTimeZone(changes.timeZone().isBlank() ? null : changes.timeZone());
        }
    }

    private static void requireLanguage(String language) {
        if (language != null && !language.isBlank() && !AccountSettingsService.LANGUAGES.contains(language)) {
            throw InvalidInput.field("locale", "input.unsupportedLanguage");
        }
    }

    private static void requireTimeZone(String timeZone) {
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw InvalidInput.field("timeZone", "input.unknownTimeZone");
            }
        }
    }

    private void requireEmailFree(String email, User me) {
        Optional<User> other = em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class)
                .setParameter("emailKey", EmailAddress.key(email)).getResultStream().findFirst();
        if (other.isPresent() && other.get() != me) {
            throw InvalidInput.conflict("email", "input.emailTaken");
        }
    }

    private void requireCurrentPassword(User me, String currentPassword) {
        if (currentPassword == null || !hasher.verify(currentPassword, me.getPasswordHash())) {
            throw InvalidInput.field("currentPassword", "input.currentPasswordWrong");
        }
    }
}
