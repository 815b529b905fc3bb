package org.lms.service.reports;

import static org.lms.service.permissions.TargetType.GROUP;
import static org.lms.service.permissions.TargetType.ORGANIZATION;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.lms.domain.account.Account;
import org.lms.domain.learning.EnrollmentStatus;
import org.lms.domain.learning.LearnerStatus;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.learning.EnrollmentConditions;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.Scopes;
import org.lms.service.security.Caller;

/**
 * Who may read organization reports, and the conditions every report query carries: the viewer's
 * scope (learners whose organization path starts with the viewer's) and the filter. Reports
 * build their WHERE clause here and nowhere else, so a new report cannot forget the scope.
 *
 * <p>A viewer who holds Reports on own content but not Access reports (an Instructor) reads the
 * learning reports narrowed to enrollments in courses they created, still within their scope; the
 * reports on groups and organizations describe the organization rather than content, so they
 * stay refused to such a viewer.
 */
@RequestScoped
public class ReportScope {

    /** Finished, as a condition on {@code e}. */
    static final String FINISHED = EnrollmentConditions.FINISHED;
    /**
     * Overdue, as the learners' list of a course has it: not finished and due before today, with
     * {@code :today} bound by {@link #overdue(ReportConditions)}.
     */
    static final String OVERDUE = EnrollmentConditions.OPEN + " AND e.dueOn < :today";
    /**
     * The counts of finished and of overdue enrollments. EclipseLink's parser takes no AND, OR or
     * list parameter in a WHEN inside an aggregate, so each WHEN tests one thing: finished first,
     * then the due date (a missing one is never overdue).
     */
    static final String FINISHED_COUNT = "SUM(CASE WHEN " + FINISHED + " THEN 1 ELSE 0 END)";
    static final String OVERDUE_COUNT = "SUM(CASE WHEN " + FINISHED + " THEN 0 WHEN e.dueOn < :today THEN 1 ELSE 0 END)";
    /** The largest page a report hands out. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Scopes scopes;

    /**
     * Reporting roles read their scope's reports; anyone else (learners) only when the account
     * allows it and their own switch is on. A refusal changes nothing, so it is not audited.
     */
    public void requireOrganizationReports() {
        if (!readsWholeScope(caller.require())) {
            throw new Reason("rule.organizationReportsNotPermitted").refusal();
        }
    }

    /**
     * How far the viewer's learning reports (courses, people, overdue) reach: the whole scope for
     * organization report readers, or only the learners of their own courses for holders of Reports
     * on own content. Anyone else is refused, as for the organization reports.
     */
    public Reach requireLearningReports() {
        User me = caller.require();
        if (readsWholeScope(me)) {
            return Reach.SCOPE;
        }
        if (me.getRole().holds(Privilege.VIEW_OWN_CONTENT_REPORTS)) {
            return Reach.OWN_CONTENT;
        }
        throw new Reason("rule.organizationReportsNotPermitted").refusal();
    }

    /** The rule of {@link #requireOrganizationReports()} as an answer, for pages that offer the reports. */
    public boolean organizationReportsPermitted() {
        return readsWholeScope(caller.require());
    }

    /**
     * Whether the caller may read any learning reports: their scope's, or those on their own
     * content. The Reports page and its menu entry follow this answer.
     */
    public boolean learningReportsPermitted() {
        return learningReportsPermitted(caller.require(), em.find(Account.class, Account.THE_ACCOUNT));
    }

    /**
     * {@link #learningReportsPermitted()} for a person and account already read: the frame of every
     * page asks it for the menu, in a call that has both at hand.
     */
    public static boolean learningReportsPermitted(User me, Account account) {
        return readsWholeScope(me, account) || me.getRole().holds(Privilege.VIEW_OWN_CONTENT_REPORTS);
    }

    private boolean readsWholeScope(User me) {
        return readsWholeScope(me, em.find(Account.class, Account.THE_ACCOUNT));
    }

    /**
     * Access reports, or a learner's permission for their organization's reports (the account allows
     * it and their own switch is on).
     */
    private static boolean readsWholeScope(User me, Account account) {
        return me.getRole().holds(Privilege.VIEW_REPORTS)
                || account.isLearnersSeeOrganizationReports() && me.isMayViewOrganizationReports();
    }

    /** What a viewer's learning reports cover within their scope. */
    public enum Reach {
        /** Every enrollment of the scope's learners. */
        SCOPE,
        /** Enrollments of the scope's learners in courses the viewer created. */
        OWN_CONTENT
    }

    /** The viewer's scope alone, on learners {@code u}: for counting people. */
    public ReportConditions people() {
        return inScope("u.organizationPath");
    }

    /**
     * The viewer's scope on groups {@code g} (a group belongs to its organization), with the
     * filter's organization subtree and group. Members are counted with {@link #people()} on top.
     */
    public ReportConditions groups(ReportFilter filter) {
        ReportConditions conditions = inScope("g.organization.path");
        if (filter.organizationId() != null) {
            conditions.add("g.organization.path LIKE :reportOrganization")
                    .with("reportOrganization", subtree(filter.organizationId()));
        }
        if (filter.groupId() != null) {
            scopes.requireInScope(GROUP, filter.groupId());
            conditions.add("g.id = :reportGroup").with("reportGroup", filter.groupId());
        }
        return conditions;
    }

    /** The one place that writes the scope: an organization path starting with the viewer's. */
    private ReportConditions inScope(String path) {
        ReportConditions conditions = new ReportConditions();
        String scope = caller.scopePath();
        if (!Caller.WHOLE_ACCOUNT.equals(scope)) {
            // Paths hold only digits and slashes: nothing to escape.
            conditions.add(path + " LIKE :reportScope").with("reportScope", scope + "%");
        }
        return conditions;
    }

    /** The LIKE pattern of an organization's subtree, once it is known to lie in the viewer's scope. */
    private String subtree(long organizationId) {
        scopes.requireInScope(ORGANIZATION, organizationId);
        return scopes.organizationPath(ORGANIZATION, organizationId)
                .orElseThrow(() -> new NotFound(ORGANIZATION, organizationId)) + "%";
    }

    /**
     * The viewer's scope and the filter, on enrollments {@code e} of learners {@code u}, after the
     * viewer is known to read learning reports ({@link #requireLearningReports()}): a viewer of
     * their own content gets only the enrollments in courses they created. An organization or
     * group the filter names must lie in the scope, or the report answers {@link NotFound}. A
     * course is not checked: only the scope's learners (in the viewer's courses) are counted, and
     * they may have a course of a parent organization.
     */
    public ReportConditions enrollments(ReportFilter filter) {
        Reach reach = requireLearningReports();
        ReportConditions conditions = people();
        if (reach == Reach.OWN_CONTENT) {
            // The creator's id is a column of the course row: no join beyond the course.
            conditions.add("e.course.createdBy.id = :reportAuthor").with("reportAuthor", caller.require().getId());
        }
        if (filter.organizationId() != null) {
            conditions.add("u.organizationPath LIKE :reportOrganization")
                    .with("reportOrganization", subtree(filter.organizationId()));
        }
        if (filter.groupId() != null) {
            scopes.requireInScope(GROUP, filter.groupId());
            conditions.add("EXISTS (SELECT m FROM Group t JOIN t.members m WHERE t.id = :reportGroup AND m = u)")
                    .with("reportGroup", filter.groupId());
        }
        learning(conditions, filter);
        return conditions;
    }

    /**
     * Enrollments {@code e} of the viewer's scope, filtered by course, dates and status only: for
     * group rows, which only organization report readers get ({@link #requireOrganizationReports()}).
     */
    public ReportConditions learningOfPeople(ReportFilter filter) {
        requireOrganizationReports();
        ReportConditions conditions = people();
        learning(conditions, filter);
        return conditions;
    }

    private static void learning(ReportConditions conditions, ReportFilter filter) {
        if (filter.courseId() != null) {
            conditions.add("e.course.id = :reportCourse").with("reportCourse", filter.courseId());
        }
        range(conditions, "e.assignedAt", "assigned", filter.assignedFrom(), filter.assignedTo());
        range(conditions, "e.completedAt", "completed", filter.completedFrom(), filter.completedTo());
        status(conditions, filter.status());
    }

    /** Unfinished enrollments past their due date, in the viewer's scope and the filter. */
    public ReportConditions overdue(ReportFilter filter) {
        return overdue(enrollments(filter).add(OVERDUE));
    }

    static ReportConditions overdue(ReportConditions conditions) {
        return conditions.with("today", LocalDate.now());
    }

    static int pageSize(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    private static void range(ReportConditions conditions, String column, String name, Object from, Object to) {
        if (from != null) {
            conditions.add(column + " >= :" + name + "From").with(name + "From", from);
        }
        if (to != null) {
            conditions.add(column + " < :" + name + "To").with(name + "To", to);
        }
    }

    /** "Not started" and "in progress" mean: and not overdue, which is a status of its own. */
    private static void status(ReportConditions conditions, LearnerStatus status) {
        if (status == null) {
            return;
        }
        if (status == LearnerStatus.OVERDUE) {
            overdue(conditions.add(OVERDUE));
            return;
        }
        conditions.add("e.status = :reportStatus").with("reportStatus", EnrollmentStatus.valueOf(status.name()));
        if (status == LearnerStatus.NOT_STARTED || status == LearnerStatus.IN_PROGRESS) {
            conditions.add("(e.dueOn IS NULL OR e.dueOn >= :today)").with("today", LocalDate.now());
        }
    }
}
