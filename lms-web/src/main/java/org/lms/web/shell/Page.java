package org.lms.web.shell;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.lms.domain.roles.Privilege;

/**
 * Every page of the portal with the privileges that open it (any one of them suffices). The menu
 * is built from this list, and the page access filter answers "not found" to a caller who holds
 * none of them, so a hidden menu entry and a refused page can never disagree.
 */
public enum Page {
    /** Everyone's assigned courses: the first entry of the menu. */
    MY_LEARNING("/learning.xhtml", "menu.myLearning", null, Privilege.VIEW_ASSIGNED_CONTENT, Privilege.VIEW_ALL_CONTENT),
    /** The course player, opened from "My learning". */
    LEARN("/learn.xhtml", "menu.learn", null, false, Privilege.VIEW_ASSIGNED_CONTENT, Privilege.VIEW_ALL_CONTENT),
    /** A course's discussion, opened from the course player or the course editor. */
    DISCUSSION("/discussion.xhtml", "menu.discussion", null, false, Privilege.VIEW_ASSIGNED_CONTENT, Privilege.VIEW_ALL_CONTENT,
            Privilege.MANAGE_CONTENT, Privilege.MANAGE_OWN_CONTENT),
    DASHBOARD("/index.xhtml", "menu.dashboard", null),
    USERS("/admin/users.xhtml", "menu.users", Section.PEOPLE, Privilege.MANAGE_USERS),
    GROUPS("/admin/groups.xhtml", "menu.groups", Section.PEOPLE, Privilege.MANAGE_GROUPS),
    ORGANIZATIONS("/admin/organizations.xhtml", "menu.organizations", Section.PEOPLE, Privilege.MANAGE_ORGANIZATIONS),
    /** Opened from the user list (a user's name or email), not from the menu. */
    EDIT_USER("/admin/user.xhtml", "menu.editUser", Section.PEOPLE, false, Privilege.MANAGE_USERS),
    /** Opened from the user list's "New user" button. */
    NEW_USER("/admin/new-user.xhtml", "menu.newUser", Section.PEOPLE, false, Privilege.MANAGE_USERS),
    IMPORT("/admin/import.xhtml", "menu.import", Section.PEOPLE, Privilege.MANAGE_USERS),
    /** The roles and their privilege matrix: changed by role managers, read by people who assign roles. */
    ROLES("/admin/roles.xhtml", "menu.roles", Section.PERMISSIONS, Privilege.MANAGE_ROLES, Privilege.MANAGE_USERS),
    /** "Why?": the reasons of a permission decision for a person of one's scope. */
    WHY("/admin/why.xhtml", "menu.why", Section.PERMISSIONS, Privilege.MANAGE_ROLES, Privilege.MANAGE_USERS),
    AUDIT_LOG("/admin/audit.xhtml", "menu.auditLog", Section.PERMISSIONS, Privilege.VIEW_AUDIT_LOG),
    ACCOUNT_SETTINGS("/admin/account.xhtml", "menu.accountSettings", Section.ACCOUNT, Privilege.CHANGE_ACCOUNT_SETTINGS),
    /** Custom profile fields and which role sees each field hidden, read-only or editable. */
    PROFILE_FIELDS("/admin/profile-fields.xhtml", "menu.profileFields", Section.ACCOUNT, Privilege.CHANGE_ACCOUNT_SETTINGS),
    MEMBERSHIP("/admin/membership.xhtml", "menu.membership", Section.ACCOUNT, Privilege.MANAGE_MEMBERSHIP),
    /** The content library of the caller's scope. */
    CONTENT_LIBRARY("/admin/courses.xhtml", "menu.contentLibrary", Section.CONTENT, Privilege.VIEW_ALL_CONTENT,
            Privilege.MANAGE_CONTENT, Privilege.MANAGE_OWN_CONTENT),
    /** A course's editor, opened from the content library. */
    COURSE("/admin/course.xhtml", "menu.course", Section.CONTENT, false, Privilege.VIEW_ALL_CONTENT,
            Privilege.MANAGE_CONTENT, Privilege.MANAGE_OWN_CONTENT),
    /** What learners handed in for the assignments of the courses the caller may change: the grading queue. */
    SUBMISSIONS("/admin/submissions.xhtml", "menu.submissions", Section.CONTENT, Privilege.MANAGE_CONTENT,
            Privilege.MANAGE_OWN_CONTENT),
    /**
     * The reports of the caller's scope: course progress, people, groups, overdue courses, progress
     * over time and organizations; holders of Reports on own content get the tabs about their
     * courses' learners. Opened by the privileges the report services accept, then only when the
     * reports' own rule lets the caller read some (a learner: the account setting and their own
     * switch), as the services decide it.
     */
    REPORTS("/admin/reports.xhtml", "menu.reports", Section.REPORTS, Rule.LEARNING_REPORTS, Privilege.VIEW_REPORTS,
            Privilege.VIEW_OWN_CONTENT_REPORTS, Privilege.VIEW_OWN_HISTORY),
    /** Everyone's own assigned courses and where they stand, finished ones included. */
    MY_HISTORY("/history.xhtml", "menu.myHistory", null, Privilege.VIEW_OWN_HISTORY),
    /** Everyone's own settings, linked from the top bar rather than the menu. */
    MY_SETTINGS("/settings.xhtml", "menu.mySettings", null, false, Privilege.CHANGE_OWN_SETTINGS),
    ;

    /** A rule of the services a page also needs, beyond the privileges that open it. */
    public enum Rule {
        /** The services' answer to "may the caller read any learning reports?". */
        LEARNING_REPORTS
    }

    /** The menu's top-level entries. */
    public enum Section {
        CONTENT, PEOPLE, PERMISSIONS, ACCOUNT, REPORTS;

        public String labelKey() {
            return "menu.section." + name();
        }
    }

    private final String viewId;
    private final String labelKey;
    private final Section section;
    private final boolean inMenu;
    private final Set<Privilege> opensWith;
    private final Rule rule;

    Page(String viewId, String labelKey, Section section, Privilege... opensWith) {
        this(viewId, labelKey, section, true, null, opensWith);
    }

    Page(String viewId, String labelKey, Section section, Rule rule, Privilege... opensWith) {
        this(viewId, labelKey, section, true, rule, opensWith);
    }

    Page(String viewId, String labelKey, Section section, boolean inMenu, Privilege... opensWith) {
        this(viewId, labelKey, section, inMenu, null, opensWith);
    }

    Page(String viewId, String labelKey, Section section, boolean inMenu, Rule rule, Privilege... opensWith) {
        this.rule = rule;
        this.viewId = viewId;
        this.labelKey = labelKey;
        this.section = section;
        this.inMenu = inMenu;
        this.opensWith = opensWith.length == 0 ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(Arrays.asList(opensWith));
    }

    public String viewId() {
        return viewId;
    }

    public String labelKey() {
        return labelKey;
    }

    public Section section() {
        return section;
    }

    /** Whether the main menu lists the page; pages opened from other pages are not listed. */
    public boolean inMenu() {
        return inMenu;
    }

    /** The services' rule the caller must also pass, or null when the privileges decide alone. */
    public Rule rule() {
        return rule;
    }

    /** Whether a caller holding {@code privileges} may open the page, as far as privileges go (see {@link #rule()}). */
    public boolean opensFor(Set<String> privileges) {
        return opensWith.isEmpty() || opensWith.stream().anyMatch(p -> privileges.contains(p.name()));
    }

    public static Optional<Page> forViewId(String viewId) {
        return Arrays.stream(values()).filter(page -> page.viewId.equals(viewId)).findFirst();
    }
}
