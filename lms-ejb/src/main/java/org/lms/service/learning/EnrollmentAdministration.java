package org.lms.service.learning;

import static org.lms.service.permissions.TargetType.COURSE;
import static org.lms.service.permissions.TargetType.USER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.lms.domain.content.Course;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.permissions.TargetType;

/** Assigning courses to learners of the caller's scope. */
@Stateless
@ScopeChecked
@RolesAllowed(Privilege.Names.ASSIGN_CONTENT)
public class EnrollmentAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Assigns a course to a learner; assigning it again changes nothing. */
    public void assign(@InScope(COURSE) long courseId, @InScope(USER) long userId, boolean mandatory, LocalDate dueOn) {
        if (!find(userId, courseId).isEmpty()) {
            return;
        }
        User user = em.find(User.class, userId);
        Course course = em.find(Course.class, courseId);
        em.persist(new Enrollment(user, course, mandatory, dueOn));
        audit.changed(AuditRecord.of(AuditKind.CONTENT_ASSIGNED, TargetType.USER, user.getId(), user.getEmail(),
                user.getOrganization().getPath()).change(null, course.getTitle()));
    }

    public void unassign(@InScope(COURSE) long courseId, @InScope(USER) long userId) {
        for (Enrollment enrollment : find(userId, courseId)) {
            audit.changed(AuditRecord.of(AuditKind.CONTENT_UNASSIGNED, TargetType.USER, userId, enrollment.getUser().getEmail(),
                    enrollment.getUser().getOrganization().getPath()).change(enrollment.getCourse().getTitle(), null));
            em.remove(enrollment);
        }
    }

    private List<Enrollment> find(long userId, long courseId) {
        return em.createNamedQuery(Enrollment.FIND, Enrollment.class)
                .setParameter("user", userId).setParameter("course", courseId).getResultList();
    }
}
