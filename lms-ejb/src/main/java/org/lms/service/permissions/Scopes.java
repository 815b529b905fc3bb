package org.lms.service.permissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.jpa.JpaHelper;
import org.lms.domain.content.Course;
import org.lms.domain.content.Lesson;
import org.lms.domain.learning.CourseAssignment;
import org.lms.domain.learning.Submission;
import org.lms.domain.groups.Group;
import org.lms.domain.organizations.Organization;
import org.lms.domain.users.User;
import org.lms.service.security.Caller;

/**
 * Where objects live, and whether the caller reaches them. Reads go through the persistence
 * context and its shared cache, so a check usually costs no query.
 */
@RequestScoped
public class Scopes {

    private static final Map<String, Object> READ_ONLY = Map.of("eclipselink.read-only", "true");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Throws {@link NotFound} unless the object exists and lies in the caller's scope. */
    public void requireInScope(TargetType type, Object id) {
        if (id instanceof Collection<?> ids) {
            ids.forEach(each -> requireInScope(type, each));
            return;
        }
        if (!(id instanceof Number number)) {
            throw new NotFound(type, id);
        }
        String path = organizationPath(type, number.longValue()).orElseThrow(() -> new NotFound(type, id));
        if (!path.startsWith(caller.scopePath())) {
            throw new NotFound(type, id);
        }
    }

    public boolean inScope(Organization organization) {
        return organization != null && organization.getPath().startsWith(caller.scopePath());
    }

    /**
     * The path of the organization an object belongs to (an organization's own path). Read from
     * the shared cache without copying the objects into the transaction: this runs before every
     * scope-checked call and only reads.
     */
    public Optional<String> organizationPath(TargetType type, long id) {
        return switch (type) {
            case USER -> readOnly(User.class, id).map(User::getOrganizationPath);
            case ORGANIZATION -> readOnly(Organization.class, id).map(Organization::getPath);
            case GROUP -> readOnly(Group.class, id).map(g -> g.getOrganization().getPath());
            case COURSE -> readOnly(Course.class, id).map(c -> c.getOrganization().getPath());
            case LESSON -> readOnly(Lesson.class, id).map(l -> l.getCourse().getOrganization().getPath());
            case ASSIGNMENT -> readOnly(CourseAssignment.class, id).map(a -> a.getCourse().getOrganization().getPath());
            // A learner's submission belongs to the course it was handed in for: graders reach it through that.
            case SUBMISSION -> readOnly(Submission.class, id).map(s -> s.getLesson().getCourse().getOrganization().getPath());
            case ROLE, ACCOUNT -> throw new IllegalArgumentException(type + " objects belong to the whole account");
            // Reached only through their course, whose scope the services check.
            case QUESTION, ATTEMPT, POST -> throw new IllegalArgumentException(type + " objects are checked through their course");
        };
    }

    /**
     * The object as the shared cache holds it, or as a read-only query finds it: never copied into
     * the transaction, never to be changed.
     */
    private <T> Optional<T> readOnly(Class<T> type, long id) {
        Object cached = JpaHelper.getServerSession(em.getEntityManagerFactory()).getIdentityMapAccessor()
                .getFromIdentityMap(id, type);
        if (type.isInstance(cached)) {
            return Optional.of(type.cast(cached));
        }
        return Optional.ofNullable(em.find(type, id, READ_ONLY));
    }
}
