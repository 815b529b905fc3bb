package org.lms.web.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lms.domain.profiles.FieldAccess;
import org.lms.service.permissions.Reason;
import org.lms.service.profiles.ProfileEntry;
import org.lms.service.users.MyChanges;
import org.lms.web.i18n.Messages;
import org.lms.web.profiles.ProfileForm;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.security.PasswordHasher;
import org.lms.service.users.MyProfile;
import org.lms.service.users.MySettings;
import org.lms.web.i18n.Locales;
import org.lms.web.security.ActiveUser;
import org.lms.web.security.CurrentSession;
import org.lms.web.shell.Feedback;

/**
 * My settings, for everyone: email (confirmed with the current password), password (the
 * account's policy applies; this session stays signed in, every other one ends), language and
 * time zone, and the profile fields as the person's own role sees them. Passwords are never kept
 * beyond the request that uses them.
 */
@Named
@ViewScoped
public class MySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MySettings settings;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Locales locales;

    @Inject
    private CurrentSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private Messages messages;

    private String newEmail;
    private String emailPassword;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String language;
    private String timeZone;
    private ProfileForm profile;
    private FieldAccess emailAccess;

    public void load() {
        MyProfile me = activeUser.getProfile();
        if (me != null && newEmail == null) {
            newEmail = me.email();
            language = me.locale();
            timeZone = me.timeZone();
        }
        if (me != null && profile == null) {
            loadProfile();
        }
    }

    private void loadProfile() {
        org.lms.service.profiles.Profile mine = settings.profile();
        profile = new ProfileForm(mine);
        emailAccess = mine.emailAccess();
    }

    /** Saves the profile fields the person's role lets them edit; only changed ones are sent. */
    public void saveProfile() {
        try {
            // People are not looked up here: a manager is shown, not chosen, on one's own settings.
            settings.update(new MyChanges(null, null, null, null, null, profile.changes(text -> text)));
            loadProfile();
            feedback.info("settings.profileSaved");
        } catch (InvalidInput e) {
            for (Map.Entry<ProfileEntry, Reason> reason : profile.reasons(e).entrySet()) {
                ProfileEntry entry = reason.getKey();
                feedback.error("profile.invalid", entry.custom() ? entry.label() : messages.get(entry.labelKey()),
                        feedback.text(reason.getValue()));
            }
            profile.rest(e).ifPresent(rest -> feedback.failed(rest, "profile"));
        } catch (RuntimeException e) {
            feedback.failed(e, "profile");
        }
    }

    public ProfileForm getProfile() {
        return profile;
    }

    /** Whether the person's role lets them change their email (read-only otherwise). */
    public boolean isEmailEditable() {
        return emailAccess == null || emailAccess == FieldAccess.EDITABLE;
    }

    public void changeEmail() {
        try {
            settings.changeEmail(emailPassword, newEmail);
            feedback.info("settings.emailChanged");
        } catch (RuntimeException e) {
            feedback.failed(e, "email");
        } finally {
            emailPassword = null;
        }
    }

    public void changePassword() {
        try {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                feedback.failed(InvalidInput.field("confirmation", "input.passwordsDiffer"), "password");
                return;
            }
            int credentialsVersion = settings.changePassword(currentPassword, newPassword);
            session.keepAfterOwnPasswordChange(credentialsVersion);
            feedback.info("settings.passwordChanged");
        } catch (RuntimeException e) {
            feedback.failed(e, "password");
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    /** Saves language and time zone, then shows the page again in the language chosen. */
    public String changeLanguageAndTimeZone() {
        try {
            settings.changeLanguageAndTimeZone(language, timeZone);
        } catch (RuntimeException e) {
            feedback.failed(e, "preferences");
            return null;
        }
        // The page says so after the redirect, already in the language just chosen.
        return "/settings?faces-redirect=true&saved=preferences";
    }

    public List<Locale> getLanguages() {
        return locales.getSupported();
    }

    /** Every time zone the platform knows, by id. */
    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") || "UTC".equals(id)).sorted().toList();
    }

    public int getPasswordMaxLength() {
        return PasswordHasher.MAX_PASSWORD_LENGTH;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
