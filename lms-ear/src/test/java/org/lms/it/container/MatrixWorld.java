package org.lms.it.container;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.lms.domain.account.Account;
import org.lms.domain.audit.AuditEvent;
import org.lms.domain.audit.AuditOutcome;
import org.lms.domain.content.Course;
import org.lms.domain.discussion.DiscussionPost;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.content.Question;
import org.lms.domain.content.QuestionKind;
import org.lms.domain.content.QuestionOption;
import org.lms.domain.groups.Group;
import org.lms.domain.learning.CourseAssignment;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.learning.LessonCompletion;
import org.lms.domain.learning.QuizAttempt;
import org.lms.domain.learning.Submission;
import org.lms.domain.organizations.Organization;
import org.lms.domain.profiles.CustomField;
import org.lms.domain.profiles.CustomFieldType;
import org.lms.domain.profiles.ProfileFieldRule;
import org.lms.domain.profiles.ProfileValue;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;
import org.lms.service.account.AccountSettings;
import org.lms.service.content.LessonFiles;
import org.lms.service.learning.LearningTally;
import org.lms.service.learning.SubmissionFiles;
import org.lms.service.security.PasswordHasher;

/**
 * Test-only: builds the permission matrix's world and the objects each cell acts on, directly in
 * the database and bypassing the services (each method commits on its own), and fingerprints the
 * database so a test can prove a refused call changed nothing.
 *
 * <p>The world: organization "Matrix" below the account's root, with "Matrix Home" (where every
 * actor lives), "Matrix Home Sub" below it, and "Matrix Other" beside it; one actor per built-in
 * role except the Owner, who is the account's one Owner.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MatrixWorld {

    public static final String PASSWORD = "Matrix-Password-2026";
    /** The start of a PDF: enough for the type check, which reads the first bytes. */
    public static final byte[] PDF = "%PDF-1.4\n% a lesson file of the permission matrix\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    /** What the world consists of, by id. */
    public record World(long matrix, long home, long homeSub, long other, String homePath, long author,
            Map<BuiltInRole, Long> actors, Map<BuiltInRole, String> emails) {
    }

    @Inject
    private LessonFiles files;

    @Inject
    private SubmissionFiles submissionFiles;

    @Inject
    private LearningTally tally;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Resource(lookup = "jdbc/lms")
    private DataSource dataSource;

    public World build() {
        Organization root = em.createNamedQuery(Organization.FIND_ROOT, Organization.class).getSingleResult();
        List<Organization> existing = em.createQuery("SELECT o FROM Organization o WHERE o.name = 'Matrix'", Organization.class)
                .getResultList();
        Organization matrix = existing.isEmpty() ? organization("Matrix", root) : existing.get(0);
        Organization home = child(matrix, "Matrix Home");
        Organization homeSub = child(home, "Matrix Home Sub");
        Organization other = child(matrix, "Matrix Other");
        Map<BuiltInRole, Long> actors = new EnumMap<>(BuiltInRole.class);
        Map<BuiltInRole, String> emails = new EnumMap<>(BuiltInRole.class);
        String hash = hasher.hash(PASSWORD);
        for (BuiltInRole role : BuiltInRole.values()) {
            if (role == BuiltInRole.ACCOUNT_OWNER) {
                User owner = em.createQuery("SELECT u FROM User u WHERE u.role.builtIn = :owner", User.class)
                        .setParameter("owner", BuiltInRole.ACCOUNT_OWNER).getSingleResult();
                actors.put(role, owner.getId());
                emails.put(role, owner.getEmail());
                continue;
            }
            String email = role.name().toLowerCase().replace('_', '-') + "@matrix.example";
            User actor = findUser(email);
            if (actor == null) {
                actor = new User(email, "Matrix " + role.name(), home, role(role));
                actor.changePasswordHash(hash);
                em.persist(actor);
            }
            actors.put(role, actor.getId());
            emails.put(role, email);
        }
        User author = findUser("author@matrix.example");
        if (author == null) {
            author = new User("author@matrix.example", "Matrix Author", matrix, role(BuiltInRole.PUBLISHER));
            em.persist(author);
        }
        em.flush();
        return new World(matrix.getId(), home.getId(), homeSub.getId(), other.getId(), home.getPath(), author.getId(),
                actors, emails);
    }

    public long user(long organizationId, BuiltInRole role) {
        User user = new User("person-" + SEQUENCE.incrementAndGet() + "@matrix.example", "Matrix Person",
                em.find(Organization.class, organizationId), role(role));
        em.persist(user);
        em.flush();
        return user.getId();
    }

    /** {@code count} people of a role in one organization, made in one transaction. */
    public List<Long> people(long organizationId, BuiltInRole role, int count) {
        Organization organization = em.find(Organization.class, organizationId);
        Role roleOfThem = role(role);
        List<User> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            User user = new User("person-" + SEQUENCE.incrementAndGet() + "@matrix.example", "Matrix Person " + i,
                    organization, roleOfThem);
            em.persist(user);
            made.add(user);
        }
        em.flush();
        return made.stream().map(User::getId).toList();
    }

    /**
     * {@code count} published courses of two lessons each, all assigned to one learner, with a
     * spread of due dates; every third one started and every fifth one completed.
     */
    public void coursesFor(long userId, long organizationId, long authorId, int count) {
        User learner = em.find(User.class, userId);
        Organization organization = em.find(Organization.class, organizationId);
        User author = em.find(User.class, authorId);
        for (int i = 0; i < count; i++) {
            Course course = new Course("Matrix course " + SEQUENCE.incrementAndGet(), null, organization, author);
            course.publish();
            em.persist(course);
            Lesson first = new Lesson(course, 0, LessonKind.TEXT, "First", "<p>Text</p>", null);
            em.persist(first);
            em.persist(new Lesson(course, 1, LessonKind.TEXT, "Second", "<p>Text</p>", null));
            Enrollment enrollment = new Enrollment(learner, course, i % 2 == 0, LocalDate.now().plusDays(i - count / 4));
            em.persist(enrollment);
            em.flush();
            if (i % 3 == 0 || i % 5 == 0) {
                enrollment.opened(first.getId());
                em.persist(new LessonCompletion(enrollment.getId(), first.getId()));
                enrollment.progressed(i % 5 == 0 ? 2 : 1, 2);
            }
            tally.enrolled(enrollment);
        }
        em.flush();
    }

    /** Enrolls each of {@code userIds} in a course, in one transaction. */
    public void enrollAll(long courseId, List<Long> userIds) {
        Course course = em.find(Course.class, courseId);
        for (long userId : userIds) {
            enrolled(new Enrollment(em.find(User.class, userId), course, true, null));
        }
        em.flush();
    }

    /** An enrollment stored, and counted in the learning tally as the services count the ones they make. */
    private void enrolled(Enrollment enrollment) {
        em.persist(enrollment);
        tally.enrolled(enrollment);
    }

    public String email(long userId) {
        return em.find(User.class, userId).getEmail();
    }

    public org.lms.service.users.UserDetails details(long userId) {
        return org.lms.service.users.UserDetails.of(em.find(User.class, userId), org.lms.service.profiles.Profile.NONE);
    }

    public long userVersion(long userId) {
        return em.find(User.class, userId).getVersion();
    }

    public void password(long userId, String password) {
        em.find(User.class, userId).changePasswordHash(hasher.hash(password));
    }

    public int credentialsVersion(long userId) {
        return em.find(User.class, userId).getCredentialsVersion();
    }

    /** Moves the expiry of the user's set-password links into the past. */
    public void expireInvitations(long userId) {
        em.createQuery("UPDATE PasswordInvitation i SET i.expiresAt = :past WHERE i.user.id = :user")
                .setParameter("past", Instant.now().minusSeconds(60)).setParameter("user", userId).executeUpdate();
    }

    public void deactivate(long userId) {
        em.find(User.class, userId).deactivate();
    }

    public long organization(long parentId) {
        return organization("Matrix unit " + SEQUENCE.incrementAndGet(), em.find(Organization.class, parentId)).getId();
    }

    public String organizationName(long organizationId) {
        return em.find(Organization.class, organizationId).getName();
    }

    public long organizationVersion(long organizationId) {
        return em.find(Organization.class, organizationId).getVersion();
    }

    public long groupVersion(long groupId) {
        return em.find(Group.class, groupId).getVersion();
    }

    public String groupName() {
        return "Matrix group " + SEQUENCE.incrementAndGet();
    }

    public long group(long organizationId, String name) {
        Group group = new Group(name, em.find(Organization.class, organizationId));
        em.persist(group);
        em.flush();
        return group.getId();
    }

    public void addMember(long groupId, long userId) {
        em.find(Group.class, groupId).addMember(em.find(User.class, userId));
    }

    public long course(long organizationId, long authorId, boolean published) {
        Course course = new Course("Matrix course " + SEQUENCE.incrementAndGet(), null,
                em.find(Organization.class, organizationId), em.find(User.class, authorId));
        if (published) {
            course.publish();
        }
        em.persist(course);
        em.flush();
        return course.getId();
    }

    public String courseTitle(long courseId) {
        return em.find(Course.class, courseId).getTitle();
    }

    public void enroll(long userId, long courseId) {
        enrolled(new Enrollment(em.find(User.class, userId), em.find(Course.class, courseId), true, null));
    }

    /** An enrollment finished, due a week ago: late, but not overdue. */
    public void enrollCompleted(long userId, long courseId) {
        Enrollment enrollment = new Enrollment(em.find(User.class, userId), em.find(Course.class, courseId), true,
                java.time.LocalDate.now().minusDays(7));
        enrollment.progressed(1, 1);
        enrolled(enrollment);
        em.flush();
    }

    /** An enrollment not started, due a week ago: overdue. */
    public void enrollOverdue(long userId, long courseId) {
        enrolled(new Enrollment(em.find(User.class, userId), em.find(Course.class, courseId), true,
                java.time.LocalDate.now().minusDays(7)));
        em.flush();
    }

    /**
     * Moves an enrollment's assignment, and its completion when {@code completedAt} is given, to
     * other moments: an enrollment takes the moment it is made, and reports count by moments.
     */
    public void enrollmentMoments(long userId, long courseId, Instant assignedAt, Instant completedAt) {
        em.createQuery("UPDATE Enrollment e SET e.assignedAt = :at WHERE e.user.id = :user AND e.course.id = :course")
                .setParameter("at", assignedAt).setParameter("user", userId).setParameter("course", courseId).executeUpdate();
        if (completedAt != null) {
            em.createQuery("UPDATE Enrollment e SET e.completedAt = :at WHERE e.user.id = :user AND e.course.id = :course")
                    .setParameter("at", completedAt).setParameter("user", userId).setParameter("course", courseId)
                    .executeUpdate();
        }
    }

    /** An enrollment not started, due on {@code dueOn} (none when null). */
    public void enrollDue(long userId, long courseId, LocalDate dueOn) {
        enrolled(new Enrollment(em.find(User.class, userId), em.find(Course.class, courseId), true, dueOn));
        em.flush();
    }

    /** An enrollment the learner has started: a learning record that stays. */
    public void enrollStarted(long userId, long courseId) {
        Enrollment enrollment = new Enrollment(em.find(User.class, userId), em.find(Course.class, courseId), true, null);
        enrolled(enrollment);
        enrollment.opened(lesson(courseId));
    }

    /** A thread of a course's discussion opened by {@code authorId}, stored as the service stores one. */
    public long thread(long courseId, long authorId) {
        DiscussionPost thread = DiscussionPost.openThread(em.find(Course.class, courseId), "Matrix thread", "Matrix opening",
                em.find(User.class, authorId));
        em.persist(thread);
        em.flush();
        return thread.getId();
    }

    /** A reply by {@code authorId} in a thread made by {@link #thread(long, long)}. */
    public long reply(long threadId, long authorId) {
        DiscussionPost reply = em.find(DiscussionPost.class, threadId).reply("Matrix reply", em.find(User.class, authorId));
        em.persist(reply);
        em.flush();
        return reply.getId();
    }

    /** A text lesson at the end of a course. */
    public long lesson(long courseId) {
        return appended(courseId, LessonKind.TEXT, "Matrix lesson ", "<p>Text</p>");
    }

    /** A lesson of kind File at the end of a course, with a small PDF stored. */
    public long fileLesson(long courseId) {
        long lesson = appended(courseId, LessonKind.FILE, "Matrix file ", null);
        files.store(lesson, "matrix.pdf", new java.io.ByteArrayInputStream(PDF));
        return lesson;
    }

    /** A quiz lesson at the end of a course, with one single-choice question (option 1 is right). */
    public long quiz(long courseId) {
        long lesson = appended(courseId, LessonKind.QUIZ, "Matrix quiz ", null);
        question(lesson);
        return lesson;
    }

    private long appended(long courseId, LessonKind kind, String titlePrefix, String body) {
        Course course = em.find(Course.class, courseId);
        long position = em.createNamedQuery(Lesson.COUNT_OF_COURSE, Long.class).setParameter("course", courseId).getSingleResult();
        Lesson lesson = new Lesson(course, (int) position, kind, titlePrefix + SEQUENCE.incrementAndGet(), body, null);
        em.persist(lesson);
        em.flush();
        return lesson.getId();
    }

    /** A single-choice question at the end of a quiz. */
    public long question(long lessonId) {
        long position = em.createNamedQuery(Question.COUNT_OF_QUIZ, Long.class).setParameter("lesson", lessonId).getSingleResult();
        Question question = new Question(lessonId, (int) position, QuestionKind.SINGLE_CHOICE, "Matrix question "
                + SEQUENCE.incrementAndGet(), List.of(new QuestionOption("Wrong", false), new QuestionOption("Right", true)));
        em.persist(question);
        em.flush();
        return question.getId();
    }

    public long questionVersion(long questionId) {
        return em.find(Question.class, questionId).getVersion();
    }

    /** An open attempt of a person at a quiz; they are enrolled in the course first if they were not. */
    public long attempt(long userId, long courseId, long lessonId) {
        Enrollment enrollment = em.createNamedQuery(Enrollment.FIND, Enrollment.class).setParameter("user", userId)
                .setParameter("course", courseId).getResultStream().findFirst().orElse(null);
        if (enrollment == null) {
            enrollment = new Enrollment(em.find(User.class, userId), em.find(Course.class, courseId), true, null);
            enrolled(enrollment);
            em.flush();
        }
        QuizAttempt attempt = new QuizAttempt(enrollment.getId(), lessonId, Instant.now(), null);
        em.persist(attempt);
        em.flush();
        return attempt.getId();
    }

    /** An assignment lesson at the end of a course, with instructions. */
    public long assignment(long courseId) {
        return appended(courseId, LessonKind.ASSIGNMENT, "Matrix assignment ", "<p>Hand in a page</p>");
    }

    /**
     * A submission of a person waiting for its grade (with a small PDF when {@code withFile}); they
     * are enrolled in the course first if they were not.
     */
    public long submission(long userId, long courseId, long lessonId, boolean withFile) {
        Enrollment enrollment = em.createNamedQuery(Enrollment.FIND, Enrollment.class).setParameter("user", userId)
                .setParameter("course", courseId).getResultStream().findFirst().orElse(null);
        if (enrollment == null) {
            enrollment = new Enrollment(em.find(User.class, userId), em.find(Course.class, courseId), true, null);
            enrolled(enrollment);
        }
        Submission submission = new Submission(enrollment, em.find(Lesson.class, lessonId), "Matrix work", Instant.now());
        em.persist(submission);
        em.flush();
        if (withFile) {
            submissionFiles.store(submission.getId(), "work.pdf", new java.io.ByteArrayInputStream(PDF));
            submission.fileAttached();
        }
        return submission.getId();
    }

    /** Enrolls each of {@code userIds} in a course and hands in a submission for them, in one transaction. */
    public void submissionsOf(long courseId, long lessonId, List<Long> userIds) {
        Course course = em.find(Course.class, courseId);
        Lesson lesson = em.find(Lesson.class, lessonId);
        Instant at = Instant.now().minusSeconds(userIds.size());
        for (long userId : userIds) {
            Enrollment enrollment = new Enrollment(em.find(User.class, userId), course, true, null);
            enrolled(enrollment);
            at = at.plusSeconds(1);
            em.persist(new Submission(enrollment, lesson, "Work of " + userId, at));
        }
        em.flush();
    }

    public long submissionVersion(long submissionId) {
        return em.find(Submission.class, submissionId).getVersion();
    }

    public long lessonVersion(long lessonId) {
        return em.find(Lesson.class, lessonId).getVersion();
    }

    public long courseVersion(long courseId) {
        return em.find(Course.class, courseId).getVersion();
    }

    /** A rule giving a course to an organization's people, made without anyone being enrolled yet. */
    public long organizationRule(long courseId, long organizationId) {
        CourseAssignment rule = CourseAssignment.toOrganization(em.find(Course.class, courseId),
                em.find(Organization.class, organizationId), false, null, null);
        em.persist(rule);
        em.flush();
        return rule.getId();
    }

    public long roleId(BuiltInRole key) {
        return role(key).getId();
    }

    public long roleVersion(long roleId) {
        return em.find(Role.class, roleId).getVersion();
    }

    public Set<Privilege> privileges(long roleId) {
        return Set.copyOf(em.find(Role.class, roleId).getPrivileges());
    }

    public long customRole(Set<Privilege> privileges) {
        Role role = Role.custom("Matrix role " + SEQUENCE.incrementAndGet(), privileges);
        em.persist(role);
        em.flush();
        return role.getId();
    }

    /** A custom text profile field with a key nobody else uses; its id. */
    public long customField() {
        CustomField field = new CustomField("matrix_" + SEQUENCE.incrementAndGet(), "Matrix field", CustomFieldType.TEXT,
                List.of(), 1000);
        em.persist(field);
        em.flush();
        return field.getId();
    }

    public long customFieldVersion(long fieldId) {
        return em.find(CustomField.class, fieldId).getVersion();
    }

    /** A key for a custom field nobody uses yet. */
    public String customFieldKey() {
        return "matrix_" + SEQUENCE.incrementAndGet();
    }

    /** Removes a custom field (with its values and rules) if it exists, so a made one does not stay. */
    public void removeCustomField(String key) {
        for (CustomField field : em.createNamedQuery(CustomField.FIND_BY_KEY, CustomField.class).setParameter("key", key)
                .getResultList()) {
            em.createNamedQuery(ProfileValue.DELETE_OF_FIELD).setParameter("field", field).executeUpdate();
            em.createNamedQuery(ProfileFieldRule.DELETE_OF_FIELD).setParameter("fieldKey", key).executeUpdate();
            em.remove(field);
        }
    }

    /** The name a picker finds an object by: a person's email, else its name or title. */
    public String name(org.lms.service.permissions.TargetType type, long id) {
        return switch (type) {
            case USER -> em.find(User.class, id).getEmail();
            case ORGANIZATION -> em.find(Organization.class, id).getName();
            case GROUP -> em.find(Group.class, id).getName();
            case COURSE -> em.find(Course.class, id).getTitle();
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    /** A person in the organization who holds a custom role (or any role) by id. */
    public long userWithRole(long organizationId, long roleId) {
        User user = new User("person-" + SEQUENCE.incrementAndGet() + "@matrix.example", "Matrix Person",
                em.find(Organization.class, organizationId), em.find(Role.class, roleId));
        em.persist(user);
        em.flush();
        return user.getId();
    }

    public String uniqueName(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet();
    }

    /** An audit event about an object of the given organization, with a label nobody else uses. */
    public String auditEvent(long organizationId) {
        String label = "Matrix audit " + SEQUENCE.incrementAndGet();
        em.persist(new AuditEvent(Instant.now(), null, "matrix", "USER_UPDATED", AuditOutcome.DONE)
                .target("USER", 0L, label, em.find(Organization.class, organizationId).getPath()));
        return label;
    }

    public AccountSettings accountSettings() {
        return AccountSettings.of(em.find(Account.class, Account.THE_ACCOUNT));
    }

    public long accountVersion() {
        return em.find(Account.class, Account.THE_ACCOUNT).getVersion();
    }

    /** The account setting and one user's switch for "reports within their own organization if permitted". */
    public void reportAccess(boolean accountAllows, long userId, boolean userAllowed) {
        em.find(Account.class, Account.THE_ACCOUNT).letLearnersSeeOrganizationReports(accountAllows);
        em.find(User.class, userId).allowOrganizationReports(userAllowed);
    }

    /** Undoes a transfer of ownership the matrix made, if it was made. */
    public void restoreOwnerIfMoved(long ownerId, long interimOwnerId) {
        User owner = em.find(User.class, ownerId);
        User interim = em.find(User.class, interimOwnerId);
        if (interim.getRole().is(BuiltInRole.ACCOUNT_OWNER)) {
            Role ownerRole = interim.getRole();
            interim.assignRole(owner.getRole());
            owner.assignRole(ownerRole);
        }
    }

    public long auditEvents(AuditOutcome outcome) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.outcome = :outcome", Long.class)
                .setParameter("outcome", outcome).getSingleResult();
    }

    /** A hash of everything the services may change, read straight from the tables. */
    public String fingerprint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String query : List.of(
                    "SELECT ID, NAME, PATH, PARENT_ID, VERSION FROM ORGANIZATION ORDER BY ID",
                    "SELECT ID, EMAIL_KEY, NAME, ORGANIZATION_ID, ROLE_ID, STATUS, CREDENTIALS_VERSION, MAY_VIEW_ORG_REPORTS,"
                            + " LOCALE, TIME_ZONE, VERSION FROM LMS_USER ORDER BY ID",
                    "SELECT ID, BUILT_IN_KEY, NAME, VERSION FROM LMS_ROLE ORDER BY ID",
                    "SELECT ROLE_ID, PRIVILEGE FROM ROLE_PRIVILEGE ORDER BY ROLE_ID, PRIVILEGE",
                    "SELECT ID, NAME, ORGANIZATION_ID, VERSION FROM LMS_GROUP ORDER BY ID",
                    "SELECT GROUP_ID, USER_ID FROM GROUP_MEMBER ORDER BY GROUP_ID, USER_ID",
                    "SELECT ID, TITLE, STATUS, ORGANIZATION_ID, VERSION FROM COURSE ORDER BY ID",
                    "SELECT ID, USER_ID, COURSE_ID, STATUS, VERSION FROM ENROLLMENT ORDER BY ID",
                    "SELECT * FROM ACCOUNT")) {
                try (ResultSet rs = statement.executeQuery(query)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the database", e);
        }
    }

    private Organization child(Organization parent, String name) {
        List<Organization> found = em.createQuery("SELECT o FROM Organization o WHERE o.name = :name AND o.parent = :parent",
                Organization.class).setParameter("name", name).setParameter("parent", parent).getResultList();
        return found.isEmpty() ? organization(name, parent) : found.get(0);
    }

    private Organization organization(String name, Organization parent) {
        Organization organization = new Organization(name, parent);
        em.persist(organization);
        organization.assignPath();
        em.flush();
        return organization;
    }

    private User findUser(String email) {
        return em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class).setParameter("emailKey", email)
                .getResultStream().findFirst().orElse(null);
    }

    private Role role(BuiltInRole key) {
        return em.createNamedQuery(Role.FIND_BY_KEY, Role.class).setParameter("key", key).getSingleResult();
    }
}
