package org.lms.service.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.content.Course;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Scopes;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * Opening content (Table 1, "View content"): learners see only published content assigned to
 * them; roles that view all content see every course of their scope. Anything else is "not
 * found", whether it exists or not.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_ASSIGNED_CONTENT, Privilege.Names.VIEW_ALL_CONTENT})
public class CourseCatalog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Scopes scopes;

    public CourseRow open(long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !maySee(caller.require(), course)) {
            throw new NotFound(TargetType.COURSE, courseId);
        }
        return new CourseRow(course.getId(), course.getTitle(), course.getOrganization().getName(), course.getStatus(),
                course.getCreatedBy() == null ? null : course.getCreatedBy().getName(), course.getCreatedAt(), course.getVersion());
    }

    private boolean maySee(User user, Course course) {
        if (user.getRole().holds(Privilege.VIEW_ALL_CONTENT) && scopes.inScope(course.getOrganization())) {
            return true;
        }
        return user.getRole().holds(Privilege.VIEW_ASSIGNED_CONTENT)
                && course.getStatus() == ContentStatus.PUBLISHED
                && isAssigned(user, course);
    }

    boolean isAssigned(User user, Course course) {
        return em.createNamedQuery(Enrollment.COUNT_FOR, Long.class)
                .setParameter("user", user).setParameter("course", course).getSingleResult() > 0;
    }
}
