package org.lms.service.content;

import static org.lms.service.permissions.TargetType.COURSE;
import static org.lms.service.permissions.TargetType.ORGANIZATION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.content.Course;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * Creating, publishing and deleting content within the caller's scope (Table 1, "Publish, manage
 * and delete content"). Instructors manage the content they created; Publishers and
 * administrators manage all content of their scope.
 */
@Stateless
@ScopeChecked
@RolesAllowed({Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
public class CourseAdministration {

    private static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    /** The content library: every course of the caller's scope, newest first. */
    @RolesAllowed({Privilege.Names.VIEW_ALL_CONTENT, Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
    public List<CourseRow> library(int first, int size) {
        return em.createQuery("SELECT NEW org.lms.service.content.CourseRow(c.id, c.title, o.name, c.status, a.name,"
                        + " c.createdAt, c.version) FROM Course c JOIN c.organization o LEFT JOIN c.createdBy a"
                        + " WHERE o.path LIKE :scope ORDER BY c.createdAt DESC, c.id DESC", CourseRow.class)
                .setParameter("scope", caller.scopePath() + "%")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public long create(@InScope(ORGANIZATION) long organizationId, String title, String description) {
        String cleanTitle = Inputs.name("title", title, Course.TITLE_MAX);
        String cleanDescription = description == null || description.isBlank() ? null
                : Inputs.name("description", description.replace('\n', ' ').replace('\r', ' '), Course.DESCRIPTION_MAX);
        Course course = new Course(cleanTitle, cleanDescription, em.find(Organization.class, organizationId), caller.require());
        em.persist(course);
        audit.changed(record(AuditKind.COURSE_CREATED, course).change(null, cleanTitle));
        return course.getId();
    }

    public void publish(@InScope(COURSE) long courseId) {
        Course course = manageable(courseId, AuditKind.COURSE_PUBLISHED);
        ContentStatus before = course.getStatus();
        course.publish();
        audit.changed(record(AuditKind.COURSE_PUBLISHED, course).change(before, course.getStatus()));
    }

    /** Takes a course away from learners; their records stay. */
    public void archive(@InScope(COURSE) long courseId) {
        Course course = manageable(courseId, AuditKind.COURSE_ARCHIVED);
        ContentStatus before = course.getStatus();
        course.archive();
        audit.changed(record(AuditKind.COURSE_ARCHIVED, course).change(before, course.getStatus()));
    }

    /** Deletes a course nobody was ever assigned; a course with learners' records is archived instead. */
    public void delete(@InScope(COURSE) long courseId) {
        Course course = manageable(courseId, AuditKind.COURSE_DELETED);
        long enrollments = em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.course = :course", Long.class)
                .setParameter("course", course).getSingleResult();
        AuditRecord record = record(AuditKind.COURSE_DELETED, course).change(course.getTitle(), null);
        if (enrollments > 0) {
            guard.refuse(new Reason("rule.courseHasLearners", enrollments), record);
        }
        em.remove(course);
        audit.changed(record);
    }

    private Course manageable(long courseId, AuditKind kind) {
        Course course = em.find(Course.class, courseId);
        User me = caller.require();
        boolean own = course.getCreatedBy() != null && course.getCreatedBy().getId().equals(me.getId());
        if (!own && !me.getRole().holds(Privilege.MANAGE_CONTENT)) {
            guard.refuse(new Reason("rule.onlyOwnContent"), record(kind, course));
        }
        return course;
    }

    static AuditRecord record(AuditKind kind, Course course) {
        return AuditRecord.of(kind, TargetType.COURSE, course.getId(), course.getTitle(), course.getOrganization().getPath());
    }
}
