package org.lms.service.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.groups.Group;
import org.lms.domain.learning.AssignmentTarget;
import org.lms.domain.learning.CourseAssignment;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.organizations.Organization;
import org.lms.domain.users.User;

/**
 * Turns assignment rules into enrollments: everyone a rule reaches when it is made, and each
 * person who later joins a group or an organization subtree that a rule names. A person who has
 * the course already keeps the enrollment they have. Runs inside the calling service's
 * transaction, after that service has checked who may do what.
 */
@ApplicationScoped
public class AssignmentRules {

    /** Enrollments written between flushes, so a large organization is inserted in JDBC batches. */
    private static final int FLUSH_EVERY = 500;
    private static final String NOT_ENROLLED = " AND NOT EXISTS (SELECT e FROM Enrollment e WHERE e.user = u AND e.course = :course)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LearningTally tally;

    /** Enrolls everyone the rule reaches who has no enrollment in its course; answers how many. */
    public int apply(CourseAssignment rule) {
        // Each person with their organization, which the learning tally counts them under.
        List<Object[]> people = switch (rule.getTargetType()) {
            case USER -> em.createQuery("SELECT u.id, u.organization.id FROM User u WHERE u = :user" + NOT_ENROLLED, Object[].class)
                    .setParameter("user", rule.getUser()).setParameter("course", rule.getCourse()).getResultList();
            case GROUP -> em.createQuery("SELECT u.id, u.organization.id FROM Group g JOIN g.members u WHERE g = :group"
                            + NOT_ENROLLED, Object[].class)
                    .setParameter("group", rule.getGroup()).setParameter("course", rule.getCourse()).getResultList();
            case ORGANIZATION -> em.createQuery("SELECT u.id, u.organization.id FROM User u WHERE u.organizationPath LIKE :path"
                            + NOT_ENROLLED, Object[].class).setParameter("path", rule.getOrganization().getPath() + "%")
                    .setParameter("course", rule.getCourse()).getResultList();
        };
        int written = 0;
        LearningTally.Changes made = new LearningTally.Changes();
        for (Object[] person : people) {
            em.persist(new Enrollment(em.getReference(User.class, person[0]), rule));
            made.enrolled((Long) person[1], rule.getDueOn(), false);
            if (++written % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        tally.enrolled(made);
        return written;
    }

    /** After an organization moved: the rules of its new ancestors reach the people below it. */
    public void applyAbove(String organizationPath) {
        List<CourseAssignment> rules = em.createQuery("SELECT a FROM CourseAssignment a JOIN a.organization o"
                        + " WHERE o.path IN :paths AND a.course.status <> :archived ORDER BY a.id", CourseAssignment.class)
                .setParameter("paths", ancestors(organizationPath)).setParameter("archived", ContentStatus.ARCHIVED)
                .getResultList();
        rules.forEach(this::apply);
    }

    /**
     * Gives people who just joined (were created, moved, or added to a group) the courses that
     * group and organization rules give them. Archived courses reach nobody new.
     */
    public void catchUp(Collection<User> people) {
        if (people.isEmpty()) {
            return;
        }
        List<CourseAssignment> rules = em.createQuery("SELECT a FROM CourseAssignment a JOIN FETCH a.course c"
                        + " LEFT JOIN FETCH a.group LEFT JOIN FETCH a.organization"
                        + " WHERE a.targetType <> :user AND c.status <> :archived ORDER BY a.id", CourseAssignment.class)
                .setParameter("user", AssignmentTarget.USER).setParameter("archived", ContentStatus.ARCHIVED).getResultList();
        if (rules.isEmpty()) {
            return;
        }
        List<Long> ids = people.stream().map(User::getId).toList();
        Map<Long, Set<Long>> groupsOf = new HashMap<>();
        for (Object[] membership : em.createQuery("SELECT u.id, g.id FROM Group g JOIN g.members u WHERE u.id IN :people",
                Object[].class).setParameter("people", ids).getResultList()) {
            groupsOf.computeIfAbsent((Long) membership[0], k -> new HashSet<>()).add((Long) membership[1]);
        }
        Set<String> enrolled = new HashSet<>();
        for (Object[] enrollment : em.createQuery("SELECT e.user.id, e.course.id FROM Enrollment e WHERE e.user.id IN :people",
                Object[].class).setParameter("people", ids).getResultList()) {
            enrolled.add(enrollment[0] + ":" + enrollment[1]);
        }
        LearningTally.Changes made = new LearningTally.Changes();
        for (User person : people) {
            Set<Long> groups = groupsOf.getOrDefault(person.getId(), Set.of());
            for (CourseAssignment rule : rules) {
                boolean reaches = rule.getTargetType() == AssignmentTarget.GROUP
                        ? groups.contains(rule.getGroup().getId())
                        : person.getOrganizationPath().startsWith(rule.getOrganization().getPath());
                if (reaches && enrolled.add(person.getId() + ":" + rule.getCourse().getId())) {
                    Enrollment enrollment = new Enrollment(person, rule);
                    em.persist(enrollment);
                    made.enrolled(enrollment);
                }
            }
        }
        tally.enrolled(made);
    }

    /**
     * Before a person, group or organization is deleted: the rules naming it go, and the
     * enrollments they made stay as learners' records without a rule. A deleted person is also
     * forgotten as the one who assigned.
     */
    public void forgetRulesNaming(User user) {
        forget("a.user = :target", user);
        em.createQuery("UPDATE CourseAssignment a SET a.assignedBy = NULL WHERE a.assignedBy = :user").setParameter("user", user)
                .executeUpdate();
    }

    public void forgetRulesNaming(Group group) {
        forget("a.group = :target", group);
    }

    public void forgetRulesNaming(Organization organization) {
        forget("a.organization = :target", organization);
    }

    private void forget(String naming, Object target) {
        em.createQuery("UPDATE Enrollment e SET e.assignment = NULL WHERE e.assignment IN"
                + " (SELECT a FROM CourseAssignment a WHERE " + naming + ")").setParameter("target", target).executeUpdate();
        em.createQuery("DELETE FROM CourseAssignment a WHERE " + naming).setParameter("target", target).executeUpdate();
    }

    /** "/1/7/12/" → "/1/", "/1/7/", "/1/7/12/". */
    static List<String> ancestors(String path) {
        List<String> paths = new ArrayList<>();
        for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
            paths.add(path.substring(0, slash + 1));
        }
        return paths;
    }
}
