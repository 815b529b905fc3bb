package org.lms.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The customer: one per installation, its settings and its membership. The row always has id 1.
 */
@Entity
@Table(name = "ACCOUNT")
@NamedQuery(name = Account.FIND_ALL, query = "SELECT a FROM Account a")
public class Account {

    public static final String FIND_ALL = "Account.findAll";
    public static final long THE_ACCOUNT = 1L;
    public static final int NAME_MAX = 150;

    @Id
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "DEFAULT_LOCALE", nullable = false, length = 35)
    private String defaultLocale = "en";

    @Column(name = "DEFAULT_TIME_ZONE", nullable = false, length = 60)
    private String defaultTimeZone = "UTC";

    @Min(8)
    @Max(128)
    @Column(name = "PASSWORD_MIN_LENGTH", nullable = false)
    private int passwordMinLength = 12;

    /** Whether a password needs letters and digits (or symbols) together. */
    @Column(name = "PASSWORD_NEEDS_MIX", nullable = false)
    private boolean passwordNeedsMix = true;

    @Min(5)
    @Max(24 * 60)
    @Column(name = "SESSION_TIMEOUT_MINUTES", nullable = false)
    private int sessionTimeoutMinutes = 30;

    /** Failed sign-ins in a row after which an email is locked for {@link #lockoutMinutes}. */
    @Min(3)
    @Max(50)
    @Column(name = "LOCKOUT_THRESHOLD", nullable = false)
    private int lockoutThreshold = 10;

    @Min(1)
    @Max(24 * 60)
    @Column(name = "LOCKOUT_MINUTES", nullable = false)
    private int lockoutMinutes = 15;

    @Column(name = "LEARNERS_SEE_ORG_REPORTS", nullable = false)
    private boolean learnersSeeOrganizationReports;

    @Column(name = "SELF_REGISTRATION", nullable = false)
    private boolean selfRegistration;

    @Column(name = "PLAN", nullable = false, length = 40)
    private String plan = "Standard";

    /** 0 means no limit. */
    @Column(name = "SEAT_LIMIT", nullable = false)
    private int seatLimit;

    @Column(name = "BILLING_CONTACT", length = 254)
    private String billingContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEMBERSHIP_STATUS", nullable = false, length = 20)
    private MembershipStatus membershipStatus = MembershipStatus.ACTIVE;

    /** Changes whenever the logo does (see the account service); null when there is no logo. */
    @Column(name = "LOGO_TAG", length = 40)
    private String logoTag;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String name) {
        this.id = THE_ACCOUNT;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public void changeDefaultLocale(String languageTag) {
        this.defaultLocale = languageTag;
    }

    public String getDefaultTimeZone() {
        return defaultTimeZone;
    }

    public void changeDefaultTimeZone(String zoneId) {
        this.defaultTimeZone = zoneId;
    }

    public int getPasswordMinLength() {
        return passwordMinLength;
    }

    public boolean isPasswordNeedsMix() {
        return passwordNeedsMix;
    }

    public void changePasswordPolicy(int minLength, boolean needsMix) {
        this.passwordMinLength = minLength;
        this.passwordNeedsMix = needsMix;
    }

    public int getSessionTimeoutMinutes() {
        return sessionTimeoutMinutes;
    }

    public void changeSessionTimeout(int minutes) {
        this.sessionTimeoutMinutes = minutes;
    }

    public int getLockoutThreshold() {
        return lockoutThreshold;
    }

    public int getLockoutMinutes() {
        return lockoutMinutes;
    }

    public void changeLockout(int threshold, int minutes) {
        this.lockoutThreshold = threshold;
        this.lockoutMinutes = minutes;
    }

    public boolean isLearnersSeeOrganizationReports() {
        return learnersSeeOrganizationReports;
    }

    public void letLearnersSeeOrganizationReports(boolean allowed) {
        this.learnersSeeOrganizationReports = allowed;
    }

    public boolean isSelfRegistration() {
        return selfRegistration;
    }

    public void changeSelfRegistration(boolean allowed) {
        this.selfRegistration = allowed;
    }

    public String getPlan() {
        return plan;
    }

    /** How many more people may be active besides {@code activeUsers}; a seat limit of 0 means no limit. */
    public long seatsLeft(long activeUsers) {
        return seatLimit <= 0 ? Long.MAX_VALUE : Math.max(0, seatLimit - activeUsers);
    }

    /** Whether one more active person fits. */
    public boolean seatAvailable(long activeUsers) {
        return seatsLeft(activeUsers) > 0;
    }

    public int getSeatLimit() {
        return seatLimit;
    }

    public String getBillingContact() {
        return billingContact;
    }

    public void changeMembership(String newPlan, int newSeatLimit, String newBillingContact) {
        this.plan = newPlan;
        this.seatLimit = newSeatLimit;
        this.billingContact = newBillingContact;
    }

    public MembershipStatus getMembershipStatus() {
        return membershipStatus;
    }

    public void cancelMembership() {
        this.membershipStatus = MembershipStatus.CANCELLED;
    }

    public String getLogoTag() {
        return logoTag;
    }

    public void changeLogoTag(String newLogoTag) {
        this.logoTag = newLogoTag;
    }

    /** Takes a cancelled membership up again; a trial or active one stays as it is. */
    public void renewMembership() {
        if (membershipStatus == MembershipStatus.CANCELLED) {
            this.membershipStatus = MembershipStatus.ACTIVE;
        }
    }

    public long getVersion() {
        return version;
    }
}
