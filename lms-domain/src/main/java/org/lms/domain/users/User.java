package org.lms.domain.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Role;

/**
 * A person in the account. The table is not called USER, a reserved word in SQL.
 */
@Entity
@Table(name = "LMS_USER")
@NamedQuery(name = User.FIND_BY_EMAIL_KEY, query = "SELECT u FROM User u WHERE u.emailKey = :emailKey")
@NamedQuery(name = User.COUNT_WITH_ROLE, query = "SELECT COUNT(u) FROM User u WHERE u.role = :role")
@NamedQuery(name = User.COUNT_ALL, query = "SELECT COUNT(u) FROM User u")
@NamedQuery(name = User.COUNT_ACTIVE, query = "SELECT COUNT(u) FROM User u WHERE u.status = :active")
@NamedQuery(name = User.RECORD_SIGN_IN, query = "UPDATE User u SET u.lastSignInAt = :at WHERE u.id = :id")
@NamedQuery(name = User.REBASE_PATHS, query = "UPDATE User u SET u.organizationPath ="
        + " CONCAT(:newPrefix, SUBSTRING(u.organizationPath, :keepFrom)) WHERE u.organizationPath LIKE :oldPrefixPattern")
public class User {

    public static final String FIND_BY_EMAIL_KEY = "User.findByEmailKey";
    public static final String COUNT_WITH_ROLE = "User.countWithRole";
    public static final String COUNT_ALL = "User.countAll";
    /** People holding a seat; bind {@code active} to {@link UserStatus#ACTIVE}. */
    public static final String COUNT_ACTIVE = "User.countActive";
    public static final String RECORD_SIGN_IN = "User.recordSignIn";
    /** After an organization moved: the copies of its path (and its descendants') follow. */
    public static final String REBASE_PATHS = "User.rebasePaths";
    public static final int NAME_MAX = 200;
    public static final int PASSWORD_HASH_MAX = 200;
    public static final int LOCALE_MAX = 35;
    public static final int TIME_ZONE_MAX = 60;
    public static final int JOB_TITLE_MAX = 150;
    public static final int DEPARTMENT_MAX = 150;
    public static final int PHONE_MAX = 40;
    public static final int EMPLOYEE_ID_MAX = 60;

    @Id
    @SequenceGenerator(name = "USER_SEQ", sequenceName = "LMS_USER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "USER_SEQ")
    private Long id;

    @NotBlank
    @Size(max = EmailAddress.MAX_LENGTH)
    @Column(name = "EMAIL", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    /** Lower-case copy of the email: the unique, case-insensitive key. */
    @Column(name = "EMAIL_KEY", nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String emailKey;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME", nullable = false, length = NAME_MAX)
    private String name;

    /** Null until the person sets a password through an invitation link. */
    @Column(name = "PASSWORD_HASH", length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANIZATION_ID", nullable = false)
    private Organization organization;

    /**
     * A copy of the organization's path, so the user list can filter a subtree and sort by name
     * in one table. Kept in step by {@link #moveTo} and by organization moves.
     */
    @Column(name = "ORGANIZATION_PATH", nullable = false, length = Organization.PATH_MAX)
    private String organizationPath;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "ROLE_ID", nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private UserStatus status = UserStatus.ACTIVE;

    /** BCP 47 language tag, or null to follow the account default and the browser. */
    @Size(max = LOCALE_MAX)
    @Column(name = "LOCALE", length = LOCALE_MAX)
    private String locale;

    @Size(max = TIME_ZONE_MAX)
    @Column(name = "TIME_ZONE", length = TIME_ZONE_MAX)
    private String timeZone;

    /** The per-user switch of Table 1: "reports within their own organization if permitted". */
    @Column(name = "MAY_VIEW_ORG_REPORTS", nullable = false)
    private boolean mayViewOrganizationReports;

    /**
     * Raised whenever the password changes or the user is deactivated; sessions and tokens issued
     * under an older value stop working.
     */
    @Column(name = "CREDENTIALS_VERSION", nullable = false)
    private int credentialsVersion;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /**
     * Written by a bulk update at sign-in, so that signing in never bumps {@link #version} and
     * never makes an administrator's concurrent edit look stale.
     */
    @Column(name = "LAST_SIGN_IN_AT")
    private Instant lastSignInAt;

    @Size(max = JOB_TITLE_MAX)
    @Column(name = "JOB_TITLE", length = JOB_TITLE_MAX)
    private String jobTitle;

    @Size(max = DEPARTMENT_MAX)
    @Column(name = "DEPARTMENT", length = DEPARTMENT_MAX)
    private String department;

    @Size(max = PHONE_MAX)
    @Column(name = "PHONE", length = PHONE_MAX)
    private String phone;

    /** The person's line manager, another user of the account, or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "MANAGER_ID")
    private User manager;

    @Column(name = "HIRE_DATE")
    private LocalDate hireDate;

    @Size(max = EMPLOYEE_ID_MAX)
    @Column(name = "EMPLOYEE_ID", length = EMPLOYEE_ID_MAX)
    private String employeeId;

    @Version
    private long version;

    protected User() {
    }

    public User(String email, String name, Organization organization, Role role) {
        changeEmail(email);
        this.name = name;
        this.organization = organization;
        this.organizationPath = organization == null ? null : organization.getPath();
        this.role = role;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public final void changeEmail(String newEmail) {
        this.email = newEmail.strip();
        this.emailKey = EmailAddress.key(newEmail);
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        credentialsVersion++;
    }

    /** Replaces the hash of the same password with a stronger one; sessions stay valid. */
    public void upgradePasswordHash(String strongerHash) {
        this.passwordHash = strongerHash;
    }

    public Organization getOrganization() {
        return organization;
    }

    public void moveTo(Organization newOrganization) {
        this.organization = newOrganization;
        this.organizationPath = newOrganization.getPath();
    }

    public String getOrganizationPath() {
        return organizationPath;
    }

    public Role getRole() {
        return role;
    }

    public void assignRole(Role newRole) {
        this.role = newRole;
    }

    public UserStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }

    public void deactivate() {
        if (status != UserStatus.DEACTIVATED) {
            status = UserStatus.DEACTIVATED;
            credentialsVersion++;
        }
    }

    public void activate() {
        status = UserStatus.ACTIVE;
    }

    public String getLocale() {
        return locale;
    }

    public void changeLocale(String languageTag) {
        this.locale = languageTag;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void changeTimeZone(String zoneId) {
        this.timeZone = zoneId;
    }

    public boolean isMayViewOrganizationReports() {
        return mayViewOrganizationReports;
    }

    public void allowOrganizationReports(boolean allowed) {
        this.mayViewOrganizationReports = allowed;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public long getVersion() {
        return version;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void changeJobTitle(String newJobTitle) {
        this.jobTitle = newJobTitle;
    }

    public String getDepartment() {
        return department;
    }

    public void changeDepartment(String newDepartment) {
        this.department = newDepartment;
    }

    public String getPhone() {
        return phone;
    }

    public void changePhone(String newPhone) {
        this.phone = newPhone;
    }

    public User getManager() {
        return manager;
    }

    /** A person is never their own manager. */
    public void changeManager(User newManager) {
        if (newManager != null && newManager == this) {
            throw new IllegalArgumentException("a person cannot be their own manager");
        }
        this.manager = newManager;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void changeHireDate(LocalDate newHireDate) {
        this.hireDate = newHireDate;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public void changeEmployeeId(String newEmployeeId) {
        this.employeeId = newEmployeeId;
    }

    @Override
    public String toString() {
        return "User[" + id + "]";
    }
}
