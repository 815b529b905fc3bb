package org.lms.service.learning;

import static org.lms.service.permissions.TargetType.COURSE;
import static org.lms.service.permissions.TargetType.GROUP;
import static org.lms.service.permissions.TargetType.ORGANIZATION;
import static org.lms.service.permissions.TargetType.USER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.content.Course;
import org.lms.domain.groups.Group;
import org.lms.domain.learning.AssignmentTarget;
import org.lms.domain.learning.CourseAssignment;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.learning.EnrollmentStatus;
import org.lms.domain.learning.LearnerStatus;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.permissions.TargetType;
import org.lms.service.platform.Like;
import org.lms.service.security.Caller;

/**
 * Assigning courses to people, groups and organization subtrees of the caller's scope, and the
 * list of a course's learners. A group or organization assignment is a rule: people who join
 * later get the course too. Removing a rule keeps every learner's record that has progress.
 */
@Stateless
@ScopeChecked
@RolesAllowed(Privilege.Names.ASSIGN_CONTENT)
public class EnrollmentAdministration {

    private static final int MAX_PAGE_SIZE = 200;
    private static final List<EnrollmentStatus> UNFINISHED = List.of(EnrollmentStatus.NOT_STARTED, EnrollmentStatus.IN_PROGRESS);

    @Inject
    private LearningTally tally;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private AssignmentRules rules;

    /** Assigns a course to one person; assigning it to them again changes nothing. */
    public AssignmentOutcome assign(@InScope(COURSE) long courseId, @InScope(USER) long userId, boolean mandatory, LocalDate dueOn) {
        User user = em.find(User.class, userId);
        return assign(courseId, mandatory, dueOn, AuditRecord.of(AuditKind.CONTENT_ASSIGNED, user),
                existing(courseId, "a.user = :target", user),
                course -> CourseAssignment.toUser(course, user, mandatory, dueOn, caller.require()));
    }

    /** Assigns a course to a group's members, and to everyone added to the group later. */
    public AssignmentOutcome assignToGroup(@InScope(COURSE) long courseId, @InScope(GROUP) long groupId, boolean mandatory,
            LocalDate dueOn) {
        Group group = em.find(Group.class, groupId);
        return assign(courseId, mandatory, dueOn, AuditRecord.of(AuditKind.CONTENT_ASSIGNED, TargetType.GROUP, group.getId(),
                        group.getName(), group.getOrganization().getPath()),
                existing(courseId, "a.group = :target", group),
                course -> CourseAssignment.toGroup(course, group, mandatory, dueOn, caller.require()));
    }

    /** Assigns a course to everyone in an organization and below it, now and later. */
    public AssignmentOutcome assignToOrganization(@InScope(COURSE) long courseId, @InScope(ORGANIZATION) long organizationId,
            boolean mandatory, LocalDate dueOn) {
        Organization organization = em.find(Organization.class, organizationId);
        return assign(courseId, mandatory, dueOn, AuditRecord.of(AuditKind.CONTENT_ASSIGNED, organization),
                existing(courseId, "a.organization = :target", organization),
                course -> CourseAssignment.toOrganization(course, organization, mandatory, dueOn, caller.require()));
    }

    /** The assignment rules of a course whose targets lie in the caller's scope, newest first. */
    public List<AssignmentRow> assignments(@InScope(COURSE) long courseId) {
        Map<Long, Long> enrollments = new HashMap<>();
        for (Object[] count : em.createQuery("SELECT e.assignment.id, COUNT(e) FROM Enrollment e WHERE e.course.id = :course"
                + " AND e.assignment IS NOT NULL GROUP BY e.assignment.id", Object[].class).setParameter("course", courseId)
                .getResultList()) {
            enrollments.put((Long) count[0], (Long) count[1]);
        }
        return em.createQuery("SELECT a FROM CourseAssignment a LEFT JOIN FETCH a.user LEFT JOIN FETCH a.group"
                        + " LEFT JOIN FETCH a.organization LEFT JOIN FETCH a.assignedBy WHERE a.course.id = :course"
                        + " ORDER BY a.assignedAt DESC, a.id DESC", CourseAssignment.class)
                .setParameter("course", courseId).getResultStream()
                .filter(a -> targetPath(a).startsWith(caller.scopePath()))
                .map(a -> new AssignmentRow(a.getId(), a.getTargetType(), targetId(a), targetLabel(a), a.isMandatory(),
                        a.getDueOn(), a.getAssignedBy() == null ? null : a.getAssignedBy().getName(), a.getAssignedAt(),
                        enrollments.getOrDefault(a.getId(), 0L)))
                .toList();
    }

    /**
     * Removes an assignment rule. Enrollments it made that were never started go; those with
     * progress stay as the learners' records. People another rule still reaches keep the course.
     */
    public void removeAssignment(@InScope(COURSE) long courseId, long assignmentId) {
        CourseAssignment rule = em.find(CourseAssignment.class, assignmentId);
        if (rule == null || !rule.getCourse().getId().equals(courseId) || !targetPath(rule).startsWith(caller.scopePath())) {
            throw new NotFound(TargetType.ASSIGNMENT, assignmentId);
        }
        tally.deleting("e.assignment = :rule AND e.status = :notStarted",
                Map.of("rule", rule, "notStarted", EnrollmentStatus.NOT_STARTED));
        int removed = em.createQuery("DELETE FROM Enrollment e WHERE e.assignment = :rule AND e.status = :notStarted")
                .setParameter("rule", rule).setParameter("notStarted", EnrollmentStatus.NOT_STARTED).executeUpdate();
        em.createQuery("UPDATE Enrollment e SET e.assignment = NULL WHERE e.assignment = :rule").setParameter("rule", rule)
                .executeUpdate();
        Course course = rule.getCourse();
        String label = targetLabel(rule);
        em.remove(rule);
        em.flush();
        em.createQuery("SELECT a FROM CourseAssignment a WHERE a.course = :course ORDER BY a.id", CourseAssignment.class)
                .setParameter("course", course).getResultList().forEach(rules::apply);
        audit.changed(AuditRecord.of(AuditKind.ASSIGNMENT_REMOVED, TargetType.COURSE, course.getId(), course.getTitle(),
                course.getOrganization().getPath()).change(label + " (" + removed + " not started)", null));
    }

    /**
     * Takes a course away from one person who has it directly, with their progress in it. Someone
     * who has it through a group or organization is refused with the rule named.
     */
    public void unassign(@InScope(COURSE) long courseId, @InScope(USER) long userId) {
        User user = em.find(User.class, userId);
        Optional<Enrollment> found = em.createNamedQuery(Enrollment.FIND, Enrollment.class)
                .setParameter("user", userId).setParameter("course", courseId).getResultStream().findFirst();
        if (found.isEmpty()) {
            return;
        }
        Enrollment enrollment = found.get();
        AuditRecord record = AuditRecord.of(AuditKind.CONTENT_UNASSIGNED, user).change(enrollment.getCourse().getTitle(), null);
        Optional<CourseAssignment> through = em.createQuery("SELECT a FROM CourseAssignment a WHERE a.course.id = :course"
                        + " AND a.targetType <> :user ORDER BY a.id", CourseAssignment.class)
                .setParameter("course", courseId).setParameter("user", AssignmentTarget.USER).getResultStream()
                .filter(rule -> reaches(rule, user)).findFirst();
        if (through.isPresent()) {
            guard.refuse(new Reason("rule.assignedThroughRule", user.getName(), targetLabel(through.get())), record);
        }
        em.createQuery("DELETE FROM LessonCompletion c WHERE c.key.enrollmentId = :enrollment")
                .setParameter("enrollment", enrollment.getId()).executeUpdate();
        em.createQuery("DELETE FROM QuizAttempt a WHERE a.enrollmentId = :enrollment")
                .setParameter("enrollment", enrollment.getId()).executeUpdate();
        // Their files go with them (ON DELETE CASCADE).
        em.createQuery("DELETE FROM Submission s WHERE s.enrollment.id = :enrollment")
                .setParameter("enrollment", enrollment.getId()).executeUpdate();
        tally.removing(enrollment);
        em.remove(enrollment);
        em.createQuery("DELETE FROM CourseAssignment a WHERE a.course.id = :course AND a.user = :user")
                .setParameter("course", courseId).setParameter("user", user).executeUpdate();
        audit.changed(record);
    }

    /** The learners of a course who lie in the caller's scope, one page of them, with their status. */
    public List<EnrollmentRow> enrollments(@InScope(COURSE) long courseId, EnrollmentFilter filter, int first, int size) {
        EnrollmentFilter chosen = filter == null ? EnrollmentFilter.all() : filter;
        LocalDate today = LocalDate.now();
        return bind(em.createQuery("SELECT e.id, u.id, u.name, u.email, o.name, e.status, e.progress, e.mandatory, e.dueOn,"
                        + " e.assignedAt, e.completedAt, e.score FROM Enrollment e JOIN e.user u JOIN u.organization o"
                        + where(chosen) + chosen.orderBy(), Object[].class), courseId, chosen, today)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultStream()
                .map(r -> new EnrollmentRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                        LearnerStatus.of((EnrollmentStatus) r[5], (LocalDate) r[8], today), (Integer) r[6], (Boolean) r[7],
                        (LocalDate) r[8], (Instant) r[9], (Instant) r[10], (Integer) r[11]))
                .toList();
    }

    public long countEnrollments(@InScope(COURSE) long courseId, EnrollmentFilter filter) {
        EnrollmentFilter chosen = filter == null ? EnrollmentFilter.all() : filter;
        return bind(em.createQuery("SELECT COUNT(e) FROM Enrollment e JOIN e.user u" + where(chosen), Long.class),
                courseId, chosen, LocalDate.now()).getSingleResult();
    }

    private AssignmentOutcome assign(long courseId, boolean mandatory, LocalDate dueOn, AuditRecord target,
            Optional<CourseAssignment> existing, Function<Course, CourseAssignment> newRule) {
        Course course = em.find(Course.class, courseId);
        AuditRecord record = target.change(null, course.getTitle() + (mandatory ? " (mandatory" : " (optional")
                + (dueOn == null ? ")" : ", due " + dueOn + ")"));
        if (course.getStatus() == ContentStatus.ARCHIVED) {
            guard.refuse(new Reason("rule.courseArchived"), record);
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now())) {
            throw InvalidInput.field("dueOn", "input.dueInPast");
        }
        if (existing.isPresent()) {
            return new AssignmentOutcome(existing.get().getId(), rules.apply(existing.get()));
        }
        CourseAssignment rule = newRule.apply(course);
        em.persist(rule);
        int enrolled = rules.apply(rule);
        audit.changed(record);
        return new AssignmentOutcome(rule.getId(), enrolled);
    }

    private Optional<CourseAssignment> existing(long courseId, String target, Object value) {
        return em.createQuery("SELECT a FROM CourseAssignment a WHERE a.course.id = :course AND " + target, CourseAssignment.class)
                .setParameter("course", courseId).setParameter("target", value).getResultStream().findFirst();
    }

    private boolean reaches(CourseAssignment rule, User user) {
        if (rule.getTargetType() == AssignmentTarget.ORGANIZATION) {
            return user.getOrganizationPath().startsWith(rule.getOrganization().getPath());
        }
        return em.createQuery("SELECT COUNT(u) FROM Group g JOIN g.members u WHERE g = :group AND u = :user", Long.class)
                .setParameter("group", rule.getGroup()).setParameter("user", user).getSingleResult() > 0;
    }

    private static String targetPath(CourseAssignment rule) {
        return switch (rule.getTargetType()) {
            case USER -> rule.getUser().getOrganizationPath();
            case GROUP -> rule.getGroup().getOrganization().getPath();
            case ORGANIZATION -> rule.getOrganization().getPath();
        };
    }

    private static long targetId(CourseAssignment rule) {
        return switch (rule.getTargetType()) {
            case USER -> rule.getUser().getId();
            case GROUP -> rule.getGroup().getId();
            case ORGANIZATION -> rule.getOrganization().getId();
        };
    }

    private static String targetLabel(CourseAssignment rule) {
        return switch (rule.getTargetType()) {
            case USER -> rule.getUser().getName() + " <" + rule.getUser().getEmail() + ">";
            case GROUP -> rule.getGroup().getName();
            case ORGANIZATION -> rule.getOrganization().getName();
        };
    }

    private String where(EnrollmentFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE e.course.id = :course AND u.organizationPath LIKE :scope");
        if (filter.pattern() != null) {
            where.append(" AND (u.emailKey LIKE :text").append(Like.ESCAPE).append(" OR LOWER(u.name) LIKE :text")
                    .append(Like.ESCAPE).append(")");
        }
        if (filter.status() == LearnerStatus.OVERDUE) {
            where.append(" AND e.status IN :unfinished AND e.dueOn < :today");
        } else if (excludesOverdue(filter.status())) {
            where.append(" AND e.status = :status AND (e.dueOn IS NULL OR e.dueOn >= :today)");
        } else if (filter.status() != null) {
            where.append(" AND e.status = :status");
        }
        return where.toString();
    }

    /** "Not started" and "in progress" mean: and not overdue, which is a status of its own in the list. */
    private static boolean excludesOverdue(LearnerStatus status) {
        return status == LearnerStatus.NOT_STARTED || status == LearnerStatus.IN_PROGRESS;
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, long courseId, EnrollmentFilter filter, LocalDate today) {
        query.setParameter("course", courseId).setParameter("scope", caller.scopePath() + "%");
        if (filter.pattern() != null) {
            query.setParameter("text", filter.pattern());
        }
        if (filter.status() == LearnerStatus.OVERDUE) {
            query.setParameter("unfinished", UNFINISHED).setParameter("today", today);
        } else if (filter.status() != null) {
            query.setParameter("status", EnrollmentStatus.valueOf(filter.status().name()));
            if (excludesOverdue(filter.status())) {
                query.setParameter("today", today);
            }
        }
        return query;
    }
}
