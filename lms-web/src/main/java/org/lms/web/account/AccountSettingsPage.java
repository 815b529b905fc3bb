package org.lms.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.lms.service.account.AccountSettings;
import org.lms.service.account.AccountSettingsService;
import org.lms.web.security.ActiveUser;
import org.lms.web.shell.Feedback;

/** The account's settings: name, defaults, password policy, session and sign-in rules, report access. */
@Named
@ViewScoped
public class AccountSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    @Inject
    private ActiveUser activeUser;

    @Inject
    private AccountSettingsService service;

    @Inject
    private Feedback feedback;

    private String name;
    private String defaultLocale;
    private String defaultTimeZone;
    private int passwordMinLength;
    private boolean passwordNeedsMix;
    private int sessionTimeoutMinutes;
    private int lockoutThreshold;
    private int lockoutMinutes;
    private boolean learnersSeeOrganizationReports;
    private boolean selfRegistration;
    private long version;

    public void load() {
        AccountSettings settings = service.settings();
        name = settings.name();
        defaultLocale = settings.defaultLocale();
        defaultTimeZone = settings.defaultTimeZone();
        passwordMinLength = settings.passwordMinLength();
        passwordNeedsMix = settings.passwordNeedsMix();
        sessionTimeoutMinutes = settings.sessionTimeoutMinutes();
        lockoutThreshold = settings.lockoutThreshold();
        lockoutMinutes = settings.lockoutMinutes();
        learnersSeeOrganizationReports = settings.learnersSeeOrganizationReports();
        selfRegistration = settings.selfRegistration();
        version = settings.version();
    }

    /**
     * After a change to the account (its settings or its logo): the form carries on from the new
     * version, and this request's top bar shows the new name and logo.
     */
    public void reloadAfterChange() {
        load();
        activeUser.refresh();
    }

    public void save() {
        try {
            service.update(new AccountSettings(name, defaultLocale, defaultTimeZone, passwordMinLength, passwordNeedsMix,
                    sessionTimeoutMinutes, lockoutThreshold, lockoutMinutes, learnersSeeOrganizationReports, selfRegistration,
                    version));
            reloadAfterChange();
            feedback.info("account.saved");
        } catch (RuntimeException e) {
            feedback.failed(e, "settings");
        }
    }

    public List<String> getLanguages() {
        return AccountSettingsService.LANGUAGES.stream().sorted().toList();
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public void setDefaultLocale(String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public String getDefaultTimeZone() {
        return defaultTimeZone;
    }

    public void setDefaultTimeZone(String defaultTimeZone) {
        this.defaultTimeZone = defaultTimeZone;
    }

    public int getPasswordMinLength() {
        return passwordMinLength;
    }

    public void setPasswordMinLength(int passwordMinLength) {
        this.passwordMinLength = passwordMinLength;
    }

    public boolean isPasswordNeedsMix() {
        return passwordNeedsMix;
    }

    public void setPasswordNeedsMix(boolean passwordNeedsMix) {
        this.passwordNeedsMix = passwordNeedsMix;
    }

    public int getSessionTimeoutMinutes() {
        return sessionTimeoutMinutes;
    }

    public void setSessionTimeoutMinutes(int sessionTimeoutMinutes) {
        this.sessionTimeoutMinutes = sessionTimeoutMinutes;
    }

    public int getLockoutThreshold() {
        return lockoutThreshold;
    }

    public void setLockoutThreshold(int lockoutThreshold) {
        this.lockoutThreshold = lockoutThreshold;
    }

    public int getLockoutMinutes() {
        return lockoutMinutes;
    }

    public void setLockoutMinutes(int lockoutMinutes) {
        this.lockoutMinutes = lockoutMinutes;
    }

    public boolean isLearnersSeeOrganizationReports() {
        return learnersSeeOrganizationReports;
    }

    public void setLearnersSeeOrganizationReports(boolean learnersSeeOrganizationReports) {
        this.learnersSeeOrganizationReports = learnersSeeOrganizationReports;
    }

    public boolean isSelfRegistration() {
        return selfRegistration;
    }

    public void setSelfRegistration(boolean selfRegistration) {
        this.selfRegistration = selfRegistration;
    }
}
