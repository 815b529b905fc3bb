package org.lms.service.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lms.domain.content.Course;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.groups.Group;
import org.lms.domain.learning.CourseAssignment;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.learning.LessonCompletion;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;
import org.lms.service.learning.LearningTally;
import org.lms.service.security.PasswordHasher;

/**
 * The demo account of the README: a company with two departments and a sub-department, one user
 * for every built-in role, a few groups and courses, and a course some people are late with.
 * Used only on the first start of an empty database when the demo is switched on.
 */
public final class DemoData {

    /** The password of every demo user but the owner (see the README). */
    public static final String PASSWORD = "Demo-Password-2026";

    private final EntityManager em;
    private final PasswordHasher hasher;
    private final Function<BuiltInRole, Role> roles;
    private final LearningTally tally;

    public DemoData(EntityManager em, PasswordHasher hasher, Function<BuiltInRole, Role> roles, LearningTally tally) {
        this.em = em;
        this.hasher = hasher;
        this.roles = roles;
        this.tally = tally;
    }

    public void seed(Organization company, User owner) {
        Organization sales = organization("Sales", company);
        Organization engineering = organization("Engineering", company);
        Organization platform = organization("Platform Team", engineering);

        // One hash for all demo users keeps the first start fast; each is a demo password anyway.
        String hash = hasher.hash(PASSWORD);
        user("admin@acme.example", "Adam Administrator", company, BuiltInRole.ADMINISTRATOR, hash, null);
        user("orgadmin@acme.example", "Olga Orgadmin", engineering, BuiltInRole.ORGANIZATION_ADMINISTRATOR, hash, null);
        User publisher = user("publisher@acme.example", "Paul Publisher", engineering, BuiltInRole.PUBLISHER, hash, null);
        User instructor = user("instructor@acme.example", "Ines Instructor", engineering, BuiltInRole.INSTRUCTOR, hash, null);
        user("reporter@acme.example", "Rita Reporter", sales, BuiltInRole.REPORTER, hash, null);
        User learner = user("learner@acme.example", "Leo Learner", platform, BuiltInRole.LEARNER, hash, null);
        User lena = user("lena@acme.example", "Lena Lernende", sales, BuiltInRole.LEARNER, hash, "de");
        User sam = user("sam@acme.example", "Sam Sales", sales, BuiltInRole.LEARNER, hash, null);

        Group newHires = group("New Hires", engineering);
        newHires.addMember(learner);
        newHires.addMember(instructor);
        Group onCall = group("Platform On-Call", platform);
        onCall.addMember(learner);
        Group salesTeam = group("Sales Team", sales);
        salesTeam.addMember(lena);
        salesTeam.addMember(sam);

        Course security = course("Information Security Basics", "Passwords, phishing and handling customer data.", company,
                owner, true);
        lesson(security, 0, "Strong passwords", "<p>Use a password manager and a <strong>different password</strong>"
                + " for every service.</p><ul><li>At least 12 characters</li><li>Never shared, never reused</li></ul>", null);
        lesson(security, 1, "Spotting phishing", "<p>Check the sender, hover over links before you click, and report"
                + " anything odd to the security team.</p>", null);
        lesson(security, 2, "Further reading", "<p>The national cyber security agency's guide for staff.</p>",
                "https://www.bsi.bund.de/EN/Home/home_node.html");
        Course review = course("Code Review Practices", "How we review changes: what to look for and how to say it.", engineering,
                publisher, true);
        lesson(review, 0, "What to look for", "<p>Correctness first, then clarity, then style.</p>", null);
        Course incidents = course("Incident Response", "Being on call for the platform: runbooks and escalation.", platform,
                instructor, true);
        lesson(incidents, 0, "Runbooks", "<p>Every alert links to its runbook. Follow it, then improve it.</p>", null);
        lesson(incidents, 1, "Escalation", "<p>Escalate after 15 minutes without progress.</p>", null);
        course("Negotiation Skills", "Preparing, anchoring and closing. Draft, not yet published.", sales, owner, false);

        // Everyone learns the security basics (people who join later too); the on-call group the runbooks.
        em.flush();
        assign(CourseAssignment.toOrganization(security, company, true, LocalDate.now().plusDays(30), owner),
                em.createQuery("SELECT u FROM User u ORDER BY u.id", User.class).getResultList());
        assign(CourseAssignment.toGroup(incidents, onCall, true, null, instructor), List.of(learner));

        overdueRefresher(company, owner, lena, sam, learner, instructor);
    }

    /**
     * What an overdue course looks like: five weeks ago the owner assigned the yearly data
     * protection refresher to the people who handle customer data, each due on a day that has
     * passed by now. Lena finished it in time; Sam has not started it, Ines neither, and Leo is
     * half-way: three overdue courses, the oldest due date Sam's.
     */
    private void overdueRefresher(Organization company, User owner, User lena, User sam, User leo, User ines) {
        Course refresher = course("Data Protection Refresher", "The yearly refresher: personal data, retention, and what to do"
                + " after a breach.", company, owner, true);
        Lesson personalData = lesson(refresher, 0, "What counts as personal data", "<p>Names, email addresses, order"
                + " histories: anything that tells who someone is. Keep only what the job needs, and only as long as"
                + " the retention schedule says.</p>", null);
        Lesson breach = lesson(refresher, 1, "After a breach", "<p>Report a lost laptop or a mail sent to the wrong"
                + " person to the data protection officer <strong>at once</strong>: the authority must hear of it within"
                + " 72 hours.</p>", null);
        em.flush();
        LocalDate today = LocalDate.now();
        List<Object> made = new ArrayList<>(List.of(refresher));
        Enrollment finished = refresherFor(refresher, lena, today.minusDays(10), owner, made);
        learned(finished, 2, made, personalData, breach);
        refresherFor(refresher, sam, today.minusDays(10), owner, made);
        refresherFor(refresher, ines, today.minusDays(6), owner, made);
        Enrollment halfWay = refresherFor(refresher, leo, today.minusDays(3), owner, made);
        learned(halfWay, 2, made, personalData);
        LearningTally.Changes tallied = new LearningTally.Changes();
        made.stream().filter(Enrollment.class::isInstance).map(Enrollment.class::cast).forEach(tallied::enrolled);
        tally.enrolled(tallied);
        em.flush();

        // Entities take the moment they are made; the story happened weeks ago, so its moments move
        // back: made and assigned five weeks ago, Lena started two weeks ago and finished two days
        // later, Leo under way for a week.
        Instant now = Instant.now();
        Instant assigned = now.minus(Duration.ofDays(35));
        Instant lenaDone = now.minus(Duration.ofDays(12));
        Instant leoStarted = now.minus(Duration.ofDays(7));
        moved("UPDATE Course c SET c.createdAt = :at WHERE c.id = :id", assigned.minus(Duration.ofDays(1)), refresher.getId());
        moved("UPDATE CourseAssignment a SET a.assignedAt = :at WHERE a.course.id = :id", assigned, refresher.getId());
        moved("UPDATE Enrollment e SET e.assignedAt = :at WHERE e.course.id = :id", assigned, refresher.getId());
        moved("UPDATE Enrollment e SET e.startedAt = :at WHERE e.id = :id", now.minus(Duration.ofDays(14)), finished.getId());
        moved("UPDATE Enrollment e SET e.completedAt = :at WHERE e.id = :id", lenaDone, finished.getId());
        moved("UPDATE LessonCompletion l SET l.completedAt = :at WHERE l.key.enrollmentId = :id", lenaDone, finished.getId());
        moved("UPDATE Enrollment e SET e.startedAt = :at WHERE e.id = :id", leoStarted, halfWay.getId());
        moved("UPDATE LessonCompletion l SET l.completedAt = :at WHERE l.key.enrollmentId = :id", leoStarted, halfWay.getId());
        // Read back, so that the shared cache keeps the moved moments rather than those of the objects made.
        made.forEach(em::refresh);
    }

    /** The refresher assigned to one person by a rule of their own, not started yet; the rule and enrollment join {@code made}. */
    private Enrollment refresherFor(Course refresher, User person, LocalDate dueOn, User owner, List<Object> made) {
        CourseAssignment rule = CourseAssignment.toUser(refresher, person, true, dueOn, owner);
        em.persist(rule);
        Enrollment enrollment = new Enrollment(person, rule);
        em.persist(enrollment);
        made.add(rule);
        made.add(enrollment);
        return enrollment;
    }

    /**
     * The person opened and finished these lessons of a course of {@code lessonsInCourse}, in
     * order; the completions join {@code made}.
     */
    private void learned(Enrollment enrollment, int lessonsInCourse, List<Object> made, Lesson... lessons) {
        // A completion names its enrollment by id only: the enrollment's row goes first.
        em.flush();
        for (Lesson lesson : lessons) {
            enrollment.opened(lesson.getId());
            LessonCompletion completion = new LessonCompletion(enrollment.getId(), lesson.getId());
            em.persist(completion);
            made.add(completion);
        }
        enrollment.progressed(lessons.length, lessonsInCourse);
    }

    private void moved(String update, Instant at, long id) {
        em.createQuery(update).setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    /** The rule and the enrollments it makes for the demo people it reaches. */
    private void assign(CourseAssignment rule, List<User> people) {
        em.persist(rule);
        LearningTally.Changes made = new LearningTally.Changes();
        for (User person : people) {
            Enrollment enrollment = new Enrollment(person, rule);
            em.persist(enrollment);
            made.enrolled(enrollment);
        }
        tally.enrolled(made);
    }

    private Lesson lesson(Course course, int position, String title, String body, String url) {
        Lesson lesson = new Lesson(course, position, url == null ? LessonKind.TEXT : LessonKind.LINK, title, body, url);
        em.persist(lesson);
        return lesson;
    }

    private Organization organization(String name, Organization parent) {
        Organization organization = new Organization(name, parent);
        em.persist(organization);
        organization.assignPath();
        return organization;
    }

    private User user(String email, String name, Organization organization, BuiltInRole role, String hash, String locale) {
        User user = new User(email, name, organization, roles.apply(role));
        user.changePasswordHash(hash);
        user.changeLocale(locale);
        em.persist(user);
        return user;
    }

    private Group group(String name, Organization organization) {
        Group group = new Group(name, organization);
        em.persist(group);
        return group;
    }

    private Course course(String title, String description, Organization organization, User author, boolean published) {
        Course course = new Course(title, description, organization, author);
        if (published) {
            course.publish();
        }
        em.persist(course);
        return course;
    }
}
