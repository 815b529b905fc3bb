package org.lms.domain.roles;

/**
 * The unit of permission. A role is a set of privileges; the identity store hands a caller the
 * privileges of their role as groups, so {@code @RolesAllowed} names privileges directly and
 * custom roles work with the same annotations.
 *
 * <p>The constants are the role names used by {@code @RolesAllowed}; {@link Names} repeats them as
 * compile-time constants for annotations. Renaming one is a migration: role rows store the name.
 */
public enum Privilege {
    /** Change one's own email, password, language and time zone. */
    CHANGE_OWN_SETTINGS(Category.SELF),
    /** See content assigned to oneself. */
    VIEW_ASSIGNED_CONTENT(Category.LEARNING),
    /** See all content of one's scope, assigned or not. */
    VIEW_ALL_CONTENT(Category.CONTENT),
    /** See one's own learning history and scores. */
    VIEW_OWN_HISTORY(Category.LEARNING),
    /** Reports on the learners of content one created. */
    VIEW_OWN_CONTENT_REPORTS(Category.REPORTS),
    /** Reports on everything within one's scope. */
    VIEW_REPORTS(Category.REPORTS),
    /** Export reports to CSV and spreadsheets. */
    EXPORT_REPORTS(Category.REPORTS),
    /** Create content and publish, change and delete the content one created. */
    MANAGE_OWN_CONTENT(Category.CONTENT),
    /** Publish, change and delete any content within one's scope. */
    MANAGE_CONTENT(Category.CONTENT),
    /** Assign content to users, groups and organizations and manage enrollments. */
    ASSIGN_CONTENT(Category.CONTENT),
    /** Create, edit, deactivate and delete users within one's scope. */
    MANAGE_USERS(Category.PEOPLE),
    /** Create, rename and delete groups and manage their members within one's scope. */
    MANAGE_GROUPS(Category.PEOPLE),
    /** Give people roles that manage content or people (Publishers, Organization Administrators, ...). */
    MANAGE_PUBLISHERS_AND_ADMINISTRATORS(Category.PEOPLE),
    /** Create and change organizations within one's scope. */
    MANAGE_ORGANIZATIONS(Category.PEOPLE),
    /** Compose, change and delete custom roles. */
    MANAGE_ROLES(Category.ACCOUNT),
    /** Read the audit log of one's scope. */
    VIEW_AUDIT_LOG(Category.ACCOUNT),
    /** Act on the whole account rather than one's own organization subtree. */
    ACCOUNT_WIDE_SCOPE(Category.ACCOUNT),
    /** Change account settings: name, branding, defaults, password policy, sign-in rules. */
    CHANGE_ACCOUNT_SETTINGS(Category.ACCOUNT),
    /** Billing, plan, seat limit, cancelling the membership and transferring ownership. */
    MANAGE_MEMBERSHIP(Category.ACCOUNT);

    /** How the privileges are grouped on screens. */
    public enum Category { SELF, LEARNING, CONTENT, REPORTS, PEOPLE, ACCOUNT }

    private final Category category;

    Privilege(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** Resource-bundle key of the privilege's display name. */
    public String labelKey() {
        return "privilege." + name();
    }

    /** Resource-bundle key of the privilege's one-line description. */
    public String descriptionKey() {
        return "privilege." + name() + ".description";
    }

    /**
     * The privileges as constants for {@code @RolesAllowed}, {@code @DeclareRoles} and
     * {@code isUserInRole}. A unit test keeps them equal to the enum.
     */
    public static final class Names {
        public static final String CHANGE_OWN_SETTINGS = "CHANGE_OWN_SETTINGS";
        public static final String VIEW_ASSIGNED_CONTENT = "VIEW_ASSIGNED_CONTENT";
        public static final String VIEW_ALL_CONTENT = "VIEW_ALL_CONTENT";
        public static final String VIEW_OWN_HISTORY = "VIEW_OWN_HISTORY";
        public static final String VIEW_OWN_CONTENT_REPORTS = "VIEW_OWN_CONTENT_REPORTS";
        public static final String VIEW_REPORTS = "VIEW_REPORTS";
        public static final String EXPORT_REPORTS = "EXPORT_REPORTS";
        public static final String MANAGE_OWN_CONTENT = "MANAGE_OWN_CONTENT";
        public static final String MANAGE_CONTENT = "MANAGE_CONTENT";
        public static final String ASSIGN_CONTENT = "ASSIGN_CONTENT";
        public static final String MANAGE_USERS = "MANAGE_USERS";
        public static final String MANAGE_GROUPS = "MANAGE_GROUPS";
        public static final String MANAGE_PUBLISHERS_AND_ADMINISTRATORS = "MANAGE_PUBLISHERS_AND_ADMINISTRATORS";
        public static final String MANAGE_ORGANIZATIONS = "MANAGE_ORGANIZATIONS";
        public static final String MANAGE_ROLES = "MANAGE_ROLES";
        public static final String VIEW_AUDIT_LOG = "VIEW_AUDIT_LOG";
        public static final String ACCOUNT_WIDE_SCOPE = "ACCOUNT_WIDE_SCOPE";
        public static final String CHANGE_ACCOUNT_SETTINGS = "CHANGE_ACCOUNT_SETTINGS";
        public static final String MANAGE_MEMBERSHIP = "MANAGE_MEMBERSHIP";

        private Names() {
        }
    }
}
