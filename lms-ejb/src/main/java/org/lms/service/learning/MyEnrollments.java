package org.lms.service.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.learning.Enrollment;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * The caller's enrollment in a published course: the one rule of the learner's side. A course not
 * assigned to the caller, or not published, is "not found" whoever asks.
 */
@RequestScoped
public class MyEnrollments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Enrollment published(long courseId) {
        return em.createQuery("SELECT e FROM Enrollment e JOIN FETCH e.course c WHERE e.user = :me AND c.id = :course"
                        + " AND c.status = :published", Enrollment.class)
                .setParameter("me", caller.require()).setParameter("course", courseId)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound(TargetType.COURSE, courseId));
    }
}
