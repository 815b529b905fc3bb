package org.lms.it.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.domain.account.MembershipStatus;
import org.lms.domain.content.LessonKind;
import org.lms.domain.content.QuestionKind;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.learning.LearningTally;
import org.lms.service.learning.TallyRows;
import org.lms.service.content.CourseAdministration;
import org.lms.service.content.FileSink;
import org.lms.service.content.LessonDraft;
import org.lms.service.content.LessonRow;
import org.lms.service.content.QuestionDraft;
import org.lms.service.content.QuizAdministration;
import org.lms.service.content.QuizEditor;
import org.lms.service.content.QuizSettings;
import org.lms.service.groups.GroupAdministration;
import org.lms.service.learning.CoursePlayer;
import org.lms.service.learning.EnrollmentAdministration;
import org.lms.service.learning.EnrollmentFilter;
import org.lms.service.learning.EnrollmentRow;
import org.lms.service.learning.MyCourseRow;
import org.lms.service.learning.MyLearning;
import org.lms.service.learning.AttemptRow;
import org.lms.service.learning.MyQuiz;
import org.lms.service.learning.QuizResult;
import org.lms.service.learning.QuizSheet;
import org.lms.service.learning.QuizTaking;
import org.lms.service.learning.MyAssignment;
import org.lms.service.learning.MyAssignments;
import org.lms.service.learning.QueuedSubmission;
import org.lms.service.learning.SubmissionDetail;
import org.lms.service.learning.SubmissionFilter;
import org.lms.service.learning.SubmissionGrading;
import org.lms.service.learning.SubmissionRow;
import org.lms.service.learning.SubmissionSort;
import org.lms.domain.learning.Submission;
import org.lms.domain.learning.SubmissionStatus;
import org.lms.service.content.AssignmentAdministration;
import org.lms.domain.audit.AuditOutcome;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;
import org.lms.domain.profiles.CustomFieldType;
import org.lms.domain.profiles.FieldAccess;
import org.lms.domain.profiles.ProfileFieldRule;
import org.lms.service.profiles.Profile;
import org.lms.service.profiles.ProfileEntry;
import org.lms.service.profiles.ProfileFieldAdministration;
import org.lms.service.profiles.RuleChange;
import org.lms.service.users.MyChanges;
import org.lms.service.users.MySettings;
import org.lms.service.users.UserColumn;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.PermissionMatrixFile;
import org.lms.it.support.TestPaths;
import org.lms.service.account.AccountBranding;
import org.lms.service.account.AccountSettings;
import org.lms.service.account.AccountSettingsService;
import org.lms.service.account.LogoImage;
import org.lms.service.account.Membership;
import org.lms.service.account.MembershipService;
import org.lms.service.account.OwnershipTransfer;
import org.lms.service.imports.ImportAction;
import org.lms.service.imports.ImportPlan;
import org.lms.service.imports.ImportProgress;
import org.lms.service.imports.UserImport;
import org.lms.service.organizations.OrganizationAdministration;
import org.lms.service.organizations.OrganizationNode;
import org.lms.service.audit.AuditEntry;
import org.lms.service.discussion.CourseDiscussion;
import org.lms.service.discussion.DiscussionBoard;
import org.lms.service.discussion.PostRow;
import org.lms.service.discussion.Removal;
import org.lms.service.discussion.ThreadRow;
import org.lms.service.discussion.ThreadView;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditQuery;
import org.lms.service.audit.AuditTrail;
import org.lms.service.permissions.Decision;
import org.lms.service.permissions.ExplainTarget;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.PermissionExplainer;
import org.lms.service.permissions.Refusal;
import org.lms.service.permissions.TargetType;
import org.lms.service.reports.CourseProgressReport;
import org.lms.service.reports.CourseProgressRow;
import org.lms.service.reports.CourseProgressSort;
import org.lms.service.reports.GroupProgressReport;
import org.lms.service.reports.GroupProgressRow;
import org.lms.service.reports.MonthProgress;
import org.lms.service.reports.OrganizationSummary;
import org.lms.service.reports.OverdueReport;
import org.lms.service.reports.OverdueRow;
import org.lms.service.reports.OverdueSort;
import org.lms.service.reports.ProgressOverTimeReport;
import org.lms.service.reports.ReportFilter;
import org.lms.service.reports.ReportService;
import org.lms.service.reports.UserProgressReport;
import org.lms.service.reports.UserProgressRow;
import org.lms.service.reports.UserProgressSort;
import org.lms.service.roles.RoleAdministration;
import org.lms.service.roles.RoleChangePreview;
import org.lms.service.security.CallerIdentities;
import org.lms.service.security.SessionCredential;
import org.lms.service.security.SignInOutcome;
import org.lms.service.security.SignInService;
import org.lms.domain.users.UserStatus;
import org.lms.service.security.SetPasswordLinks;
import org.lms.service.users.BulkOutcome;
import org.lms.service.users.IssuedInvitation;
import org.lms.service.users.SelfRegistration;
import org.lms.service.users.UserAdministration;
import org.lms.service.users.UserBulkActions;
import org.lms.service.users.UserDetails;
import org.lms.service.users.UserEdit;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.service.users.UserRow;

/**
 * Everything that runs inside the container, in one deployment (each one costs a Payara Micro
 * start): migrations at start-up, built-in roles as the code defines them, EJB security with
 * organization scope, and the permission matrix of docs/permissions.csv, cell by cell, against the
 * real EJBs.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerIT {

    private static final Logger LOG = Logger.getLogger(ContainerIT.class.getName());

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, TestPaths.applicationWar().toFile())
                .addClasses(ContainerIT.class, ResponseCapture.class, SignedInAs.class, DemoUsers.class, TestPaths.class,
                        MatrixWorld.class, MatrixWorld.World.class, MatrixOperations.class, MatrixOperations.Actor.class,
                        MatrixOperations.Prepared.class, PermissionMatrixRun.class, PermissionMatrixFile.class,
                        PermissionMatrixFile.Row.class, PermissionMatrixFile.Expected.class, AuthorizationCost.class,
                        AuthorizationCost.Unsecured.class, AuthorizationCost.Secured.class, AuthorizationCost.SecuredAndScoped.class,
                        BenchmarkReport.class, StatementCounter.class, StatementCounter.Counted.class, LearningTallyCheck.class)
                .addAsResource(new File("../docs/permissions.csv"), "permissions.csv")
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-public.jar")
                        .addAsManifestResource("arquillian-runner/web-fragment.xml", "web-fragment.xml"));
    }

    @Resource(lookup = "jdbc/lms")
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserDirectory directory;

    @Inject
    private SignedInAs signIn;

    @Inject
    private MatrixWorld world;

    @Inject
    private TallyRows tallyRows;

    @Inject
    private MatrixOperations operations;

    @Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService managedExecutor;

    @Inject
    private UserAdministration users;

    @Inject
    private UserImport imports;

    @Inject
    private RoleAdministration roles;

    @Inject
    private UserBulkActions bulk;

    @Inject
    private SetPasswordLinks links;

    @Inject
    private OrganizationAdministration organizations;

    @Inject
    private OwnershipTransfer ownership;

    @Inject
    private PermissionExplainer explainer;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private CallerIdentities identities;

    @Inject
    private MembershipService membership;

    @Inject
    private AccountSettingsService accountSettings;

    @Inject
    private SelfRegistration registration;

    @Inject
    private AccountBranding branding;

    @Inject
    private SignInService signInService;

    @Inject
    private ProfileFieldAdministration profileFields;

    @Inject
    private MySettings mySettings;

    @Inject
    private CourseAdministration contentAdministration;

    @Inject
    private EnrollmentAdministration learningAdministration;

    @Inject
    private MyLearning myLearning;

    @Inject
    private QuizAdministration quizAdministration;

    @Inject
    private QuizTaking quizTaking;

    @Inject
    private CourseDiscussion discussion;

    @Inject
    private AssignmentAdministration assignmentAdministration;

    @Inject
    private MyAssignments myAssignments;

    @Inject
    private SubmissionGrading submissionGrading;

    @Inject
    private GroupAdministration groupAdministration;

    @Inject
    private ReportService reportService;

    @Inject
    private CourseProgressReport courseProgress;

    @Inject
    private UserProgressReport userProgress;

    @Inject
    private GroupProgressReport groupProgress;

    @Inject
    private OverdueReport overdueReport;

    @Inject
    private ProgressOverTimeReport progressOverTime;

    @Inject
    private AuthorizationCost.Unsecured unsecured;

    @Inject
    private AuthorizationCost.Secured secured;

    @Inject
    private AuthorizationCost.SecuredAndScoped securedAndScoped;

    @Test
    void migrationsRanAtStartUpAndNoneFailed() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            int applied = 0;
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " succeeded");
                applied++;
            }
            assertTrue(applied >= 1, "at least the core schema was applied");
        }
    }

    @Test
    void builtInRolesHoldExactlyThePrivilegesTheCodeDefines() {
        List<Role> roles = em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList();
        Set<BuiltInRole> keys = roles.stream().filter(Role::isBuiltIn).map(r -> r.getBuiltIn().orElseThrow()).collect(Collectors.toSet());
        assertEquals(Set.of(BuiltInRole.values()), keys);
        for (Role role : roles) {
            role.getBuiltIn().ifPresent(key -> assertEquals(key.privileges(), role.getPrivileges(), key.name()));
        }
    }

    @Test
    void anonymousCallersAreRefusedByTheServiceItself() {
        assertThrows(EJBAccessException.class, () -> directory.count(UserQuery.all()));
    }

    @Test
    void learnersMayNotListUsers() {
        signIn.user(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        assertThrows(EJBAccessException.class, () -> directory.page(UserQuery.all(), 0, 50));
    }

    @Test
    void administratorsSeeTheWholeAccount() {
        signIn.user(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        UserQuery demo = new UserQuery("@acme.example", null, UserQuery.SortField.NAME, false);
        assertEquals(9, directory.count(demo));
        List<String> emails = directory.page(demo, 0, 50).stream().map(UserRow::email).toList();
        assertTrue(emails.contains(DemoUsers.OWNER), emails.toString());
        assertTrue(emails.contains(DemoUsers.SALES_LEARNER), emails.toString());
    }

    @Test
    void organizationAdministratorsSeeOnlyTheirSubtree() {
        signIn.user(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        Set<String> emails = directory.page(UserQuery.all(), 0, 50).stream().map(UserRow::email).collect(Collectors.toSet());
        assertEquals(Set.of(DemoUsers.ORG_ADMIN, DemoUsers.PUBLISHER, DemoUsers.INSTRUCTOR, DemoUsers.LEARNER), emails);
        assertEquals(4, directory.count(UserQuery.all()));
        assertEquals(0, directory.count(new UserQuery("sam", null, UserQuery.SortField.NAME, false)),
                "a search never reaches outside the scope");
    }

    @Test
    void pagingAndSortingHappenInTheQuery() {
        signIn.user(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        UserQuery byEmailDescending = new UserQuery("@acme.example", null, UserQuery.SortField.EMAIL, true);
        List<String> firstPage = directory.page(byEmailDescending, 0, 3).stream().map(UserRow::email).toList();
        List<String> secondPage = directory.page(byEmailDescending, 3, 3).stream().map(UserRow::email).toList();
        assertEquals(List.of("sam@acme.example", "reporter@acme.example", "publisher@acme.example"), firstPage);
        assertEquals(3, secondPage.size());
        assertTrue(secondPage.get(0).compareTo(firstPage.get(2)) < 0);
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        signIn.user(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertEquals(0, directory.count(new UserQuery("%", null, UserQuery.SortField.NAME, false)));
        assertEquals(1, directory.count(new UserQuery("LENA", null, UserQuery.SortField.NAME, false)));
    }

    @Test
    void refusalsSayWhyAndAreAudited() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        long learner = world.user(w.home(), BuiltInRole.LEARNER);
        long before = world.auditEvents(AuditOutcome.REFUSED);
        Refusal refusal = assertThrows(Refusal.class, () -> users.assignRole(learner, world.roleId(BuiltInRole.ADMINISTRATOR)));
        assertTrue(refusal.getMessage().startsWith("Organization Administrators cannot grant Administrator"), refusal.getMessage());
        assertTrue(refusal.message(Locale.GERMAN).startsWith("Organisationsadministratoren können die Rolle Administrator nicht vergeben"),
                refusal.message(Locale.GERMAN));
        assertEquals(before + 1, world.auditEvents(AuditOutcome.REFUSED));
        assertEquals(BuiltInRole.LEARNER.name(), users.get(learner).roleKey().name(), "the role did not change");

        NotFound outside = assertThrows(NotFound.class, () -> users.get(world.user(w.other(), BuiltInRole.LEARNER)));
        assertEquals(TargetType.USER, outside.type(), "outside the scope reads as not found, never as forbidden");
    }

    @Test
    void aRoleChangeAppliesToThePersonsNextRequest() {
        MatrixWorld.World w = world.build();
        long person = world.user(w.home(), BuiltInRole.LEARNER);
        world.password(person, MatrixWorld.PASSWORD);
        SessionCredential session = new SessionCredential(person, world.credentialsVersion(person));
        assertFalse(identities.resolve(session).orElseThrow().privileges().contains(Privilege.Names.MANAGE_CONTENT));

        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        users.assignRole(person, world.roleId(BuiltInRole.PUBLISHER));

        // The mechanism validates the session's credential on every request; this is that check.
        Set<String> now = identities.resolve(session).orElseThrow().privileges();
        assertTrue(now.contains(Privilege.Names.MANAGE_CONTENT), now.toString());
        users.deactivate(person);
        assertTrue(identities.resolve(session).isEmpty(), "a deactivated person's session ends at once");
    }

    @Test
    void aCancelledMembershipAdmitsOnlyTheOwnerUntilRenewed() {
        MatrixWorld.World w = world.build();
        long person = world.user(w.home(), BuiltInRole.LEARNER);
        world.password(person, MatrixWorld.PASSWORD);
        SessionCredential session = new SessionCredential(person, world.credentialsVersion(person));
        String accountName = world.accountSettings().name();

        signIn.user(w.emails().get(BuiltInRole.ACCOUNT_OWNER), DemoUsers.OWNER_PASSWORD);
        String email = users.get(person).email();
        InvalidInput wrongName = assertThrows(InvalidInput.class, () -> membership.cancel(accountName + " typo"));
        assertEquals(Set.of("confirmation"), wrongName.fieldReasons().keySet());
        assertEquals(MembershipStatus.ACTIVE, membership.membership().status(), "a wrong confirmation changes nothing");

        membership.cancel(accountName);
        try {
            assertEquals(SignInOutcome.Result.ACCOUNT_CANCELLED, signInService.signIn(email, MatrixWorld.PASSWORD).result());
            assertEquals(SignInOutcome.Result.INVALID, signInService.signIn(email, "wrong password").result(),
                    "a wrong password is still just wrong");
            assertTrue(identities.resolve(session).isEmpty(), "open sessions end with the cancellation");
            assertEquals(SignInOutcome.Result.SIGNED_IN,
                    signInService.signIn(w.emails().get(BuiltInRole.ACCOUNT_OWNER), DemoUsers.OWNER_PASSWORD).result());
        } finally {
            membership.renew();
        }
        assertEquals(SignInOutcome.Result.SIGNED_IN, signInService.signIn(email, MatrixWorld.PASSWORD).result());
        assertTrue(identities.resolve(session).isPresent());
    }

    @Test
    void ownershipMovesOnlyByTransferAndThereIsAlwaysOneOwner() {
        MatrixWorld.World w = world.build();
        long owner = w.actors().get(BuiltInRole.ACCOUNT_OWNER);
        long administrator = world.user(w.home(), BuiltInRole.ADMINISTRATOR);
        signIn.user(w.emails().get(BuiltInRole.ACCOUNT_OWNER), DemoUsers.OWNER_PASSWORD);
        ownership.transferTo(administrator);
        try {
            assertEquals(BuiltInRole.ACCOUNT_OWNER, users.get(administrator).roleKey());
            assertEquals(BuiltInRole.ADMINISTRATOR, users.get(owner).roleKey());
            assertEquals(1L, em.createQuery("SELECT COUNT(u) FROM User u WHERE u.role.builtIn = :owner", Long.class)
                    .setParameter("owner", BuiltInRole.ACCOUNT_OWNER).getSingleResult());
        } finally {
            world.restoreOwnerIfMoved(owner, administrator);
        }
    }

    @Test
    void deletingARoleInUseReplacesItOnItsHoldersInOneStep() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        long custom = roles.create(world.uniqueName("Course helpers"), EnumSet.of(Privilege.VIEW_REPORTS, Privilege.VIEW_OWN_HISTORY));
        long person = world.user(w.home(), BuiltInRole.LEARNER);
        users.assignRole(person, custom);
        InvalidInput missing = assertThrows(InvalidInput.class, () -> roles.delete(custom, null));
        assertTrue(missing.fieldReasons().containsKey("replacementRoleId"));
        roles.delete(custom, world.roleId(BuiltInRole.REPORTER));
        assertEquals(BuiltInRole.REPORTER, users.get(person).roleKey());
        assertThrows(NotFound.class, () -> roles.get(custom));
    }

    @Test
    void movingAnOrganizationCarriesItsSubtreeAlong() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        long parent = organizations.create(w.home(), world.uniqueName("Branch"));
        long child = organizations.create(parent, world.uniqueName("Leaf"));
        long person = users.create(child, world.uniqueName("leaf").replace(' ', '-') + "@matrix.example", "Leaf Person",
                world.roleId(BuiltInRole.LEARNER), null);
        organizations.move(parent, w.other());
        String otherPath = organizations.tree().stream().filter(n -> n.id() == w.other()).findFirst().orElseThrow().path();
        OrganizationNode moved = organizations.tree().stream().filter(n -> n.id() == child).findFirst().orElseThrow();
        assertEquals(otherPath + parent + "/" + child + "/", moved.path());
        assertTrue(users.get(person).organizationPath().startsWith(otherPath));
        assertThrows(Refusal.class, () -> organizations.move(parent, child), "never below itself");
    }

    @Test
    void explainingADecisionGivesTheReasons() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        long orgAdmin = w.actors().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR);
        long outsider = world.user(w.other(), BuiltInRole.LEARNER);
        Decision decision = explainer.explain(orgAdmin, Privilege.MANAGE_USERS, TargetType.USER, outsider);
        List<String> reasons = decision.messages(Locale.ENGLISH);
        assertFalse(decision.allowed(), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("holds the privilege Manage users")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("outside it") && r.contains(w.homePath())), reasons.toString());

        long insider = world.user(w.homeSub(), BuiltInRole.LEARNER);
        assertTrue(explainer.explain(orgAdmin, Privilege.MANAGE_USERS, TargetType.USER, insider).allowed());
        Decision learnerReports = explainer.explain(world.user(w.home(), BuiltInRole.LEARNER), Privilege.VIEW_REPORTS,
                TargetType.ORGANIZATION, w.home());
        assertFalse(learnerReports.allowed(), "learners see organization reports only if permitted");
    }

    @Test
    void previewingARoleChangeCountsItsHoldersInTheCallersScopeAndChangesNothing() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        long helpers = roles.create(world.uniqueName("Preview helpers"), EnumSet.of(Privilege.VIEW_REPORTS, Privilege.VIEW_OWN_HISTORY));
        world.userWithRole(w.home(), helpers);
        world.userWithRole(w.homeSub(), helpers);
        world.userWithRole(w.other(), helpers);
        Set<Privilege> wanted = EnumSet.of(Privilege.VIEW_OWN_HISTORY, Privilege.MANAGE_GROUPS);
        String before = world.fingerprint();
        long done = world.auditEvents(AuditOutcome.DONE);

        RoleChangePreview preview = roles.previewChange(helpers, wanted);

        assertEquals(3, preview.holders());
        assertTrue(preview.wholeAccount());
        assertEquals(List.of(new RoleChangePreview.PrivilegeChange(Privilege.MANAGE_GROUPS, true, 3),
                new RoleChangePreview.PrivilegeChange(Privilege.VIEW_REPORTS, false, 3)), preview.changes());
        assertEquals(world.roleVersion(helpers), preview.version());
        assertTrue(roles.previewChange(helpers, EnumSet.of(Privilege.VIEW_REPORTS, Privilege.VIEW_OWN_HISTORY)).changesNothing());
        assertEquals(before, world.fingerprint(), "a preview changes nothing");
        assertEquals(done, world.auditEvents(AuditOutcome.DONE));

        // Someone who manages roles within one organization counts only the holders there.
        long scopedManagers = roles.create(world.uniqueName("Scoped role managers"), EnumSet.of(Privilege.MANAGE_ROLES,
                Privilege.VIEW_REPORTS, Privilege.VIEW_OWN_HISTORY, Privilege.MANAGE_GROUPS));
        long manager = world.userWithRole(w.home(), scopedManagers);
        world.password(manager, MatrixWorld.PASSWORD);
        signIn.user(world.email(manager), MatrixWorld.PASSWORD);
        RoleChangePreview scoped = roles.previewChange(helpers, wanted);
        assertEquals(2, scoped.holders(), "the holders in Matrix Home and below, not the one in Matrix Other");
        assertFalse(scoped.wholeAccount());

        // The update's rules apply, in the reader's language, but a preview leaves no audit entry.
        long refusedBefore = world.auditEvents(AuditOutcome.REFUSED);
        Refusal above = assertThrows(Refusal.class,
                () -> roles.previewChange(helpers, EnumSet.of(Privilege.VIEW_REPORTS, Privilege.MANAGE_CONTENT)));
        assertEquals("rule.composeAbove", above.reasonKey());
        assertTrue(above.message(Locale.GERMAN).contains("Inhalte veröffentlichen"), above.message(Locale.GERMAN));
        assertEquals("rule.membershipOwnerOnly", assertThrows(Refusal.class,
                () -> roles.previewChange(helpers, EnumSet.of(Privilege.VIEW_REPORTS, Privilege.MANAGE_MEMBERSHIP))).reasonKey());
        assertEquals("rule.builtInRoleFixed", assertThrows(Refusal.class,
                () -> roles.previewChange(world.roleId(BuiltInRole.LEARNER), Set.of())).reasonKey());
        assertThrows(NotFound.class, () -> roles.previewChange(Long.MAX_VALUE, Set.of()));
        assertEquals(refusedBefore, world.auditEvents(AuditOutcome.REFUSED), "a preview is not an attempt");
        long version = world.roleVersion(helpers);
        assertThrows(Refusal.class, () -> roles.update(helpers, version, "Preview helpers changed",
                EnumSet.of(Privilege.VIEW_REPORTS, Privilege.MANAGE_CONTENT)));
        assertEquals(refusedBefore + 1, world.auditEvents(AuditOutcome.REFUSED), "the change itself is audited");
    }

    @Test
    void theWhyPagesPickersOfferOnlyTheCallersScope() {
        MatrixWorld.World w = world.build();
        long inside = world.user(w.homeSub(), BuiltInRole.LEARNER);
        long outside = world.user(w.other(), BuiltInRole.LEARNER);
        long group = world.group(w.homeSub(), world.groupName());
        long outsideCourse = world.course(w.other(), w.author(), true);
        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);

        List<ExplainTarget> found = explainer.candidates(TargetType.USER, world.email(inside).toUpperCase(Locale.ROOT), 10);
        assertEquals(List.of(new ExplainTarget(TargetType.USER, inside, "Matrix Person", world.email(inside))), found);
        assertEquals(List.of(), explainer.candidates(TargetType.USER, world.email(outside), 10), "nobody of another branch");
        assertEquals(List.of(), explainer.candidates(TargetType.USER, "%", 10), "wildcards are taken literally");
        assertTrue(explainer.candidates(TargetType.ORGANIZATION, "Matrix", 50).stream().map(ExplainTarget::name)
                .toList().containsAll(List.of("Matrix Home", "Matrix Home Sub")));
        assertTrue(explainer.candidates(TargetType.ORGANIZATION, "Matrix Other", 50).isEmpty());
        assertEquals(1, explainer.candidates(TargetType.USER, "matrix person", 1).size(), "at most as many as asked for");

        assertEquals(new ExplainTarget(TargetType.GROUP, group, em.find(org.lms.domain.groups.Group.class, group).getName(),
                "Matrix Home Sub"), explainer.target(TargetType.GROUP, group));
        assertThrows(NotFound.class, () -> explainer.target(TargetType.USER, outside));
        assertThrows(NotFound.class, () -> explainer.target(TargetType.COURSE, outsideCourse));
        assertThrows(NotFound.class, () -> explainer.target(TargetType.USER, Long.MAX_VALUE));
        InvalidInput role = assertThrows(InvalidInput.class, () -> explainer.candidates(TargetType.ROLE, "x", 10));
        assertTrue(role.fieldReasons().containsKey("targetType"));

        assertTrue(explainer.explain(inside, Privilege.VIEW_OWN_HISTORY, null, null).allowed());
        Decision denied = explainer.explain(inside, Privilege.MANAGE_USERS, TargetType.GROUP, group);
        assertFalse(denied.allowed());
        assertTrue(denied.messages(Locale.ENGLISH).contains("The role does not hold the privilege Manage users."),
                denied.messages(Locale.ENGLISH).toString());
    }

    @Test
    void theAuditTrailFiltersByTargetKindOutcomeAndTimeInTheQuery() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        String token = world.uniqueName("audited").replace(' ', '-');
        roles.create(token + " readers", EnumSet.of(Privilege.VIEW_REPORTS));
        assertThrows(Refusal.class, () -> roles.create(token + " owners", EnumSet.of(Privilege.MANAGE_MEMBERSHIP)));
        Instant now = Instant.now();

        assertEquals(2, auditTrail.count(new AuditQuery(null, token, null, null, null, null)));
        AuditQuery refusedCreations = new AuditQuery(null, token.toUpperCase(Locale.ROOT), AuditKind.ROLE_CREATED,
                AuditOutcome.REFUSED, null, null);
        List<AuditEntry> refused = auditTrail.page(refusedCreations, 0, 10);
        assertEquals(List.of(token + " owners"), refused.stream().map(AuditEntry::target).toList());
        assertTrue(refused.get(0).reason().startsWith("Account membership stays with the Account Owner"), refused.get(0).reason());
        assertTrue(refused.get(0).actor().contains(w.emails().get(BuiltInRole.ADMINISTRATOR)), refused.get(0).actor());
        assertEquals(0, auditTrail.count(new AuditQuery(null, token, AuditKind.ROLE_CHANGED, null, null, null)));
        assertEquals(2, auditTrail.count(new AuditQuery(null, token, null, null, now.minusSeconds(3600), now.plusSeconds(3600))));
        assertEquals(0, auditTrail.count(new AuditQuery(null, token, null, null, now.plusSeconds(3600), null)));
        assertEquals(0, auditTrail.count(new AuditQuery(null, token, null, null, null, now.minusSeconds(3600))));
        assertEquals(1, auditTrail.count(new AuditQuery("matrix administrator", token, null, AuditOutcome.DONE, null, null)));
    }

    @Test
    void theUserListFiltersByOrganizationSubtreeRoleAndGroupInTheQuery() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        long inHome = world.user(w.home(), BuiltInRole.PUBLISHER);
        long inSub = world.user(w.homeSub(), BuiltInRole.LEARNER);
        long group = world.group(w.homeSub(), world.groupName());
        world.addMember(group, inSub);

        UserQuery inHomeSubtree = new UserQuery(null, null, w.home(), null, null, UserQuery.SortField.NAME, false);
        assertTrue(listed(inHomeSubtree, inHome) && listed(inHomeSubtree, inSub), "the organization and everything below it");
        UserQuery belowHome = new UserQuery(null, null, w.homeSub(), null, null, UserQuery.SortField.NAME, false);
        assertTrue(listed(belowHome, inSub) && !listed(belowHome, inHome));
        UserQuery publishers = new UserQuery(null, null, w.home(), world.roleId(BuiltInRole.PUBLISHER), null,
                UserQuery.SortField.NAME, false);
        assertTrue(listed(publishers, inHome) && !listed(publishers, inSub));
        UserQuery members = new UserQuery(null, null, null, null, group, UserQuery.SortField.NAME, false);
        assertEquals(List.of(inSub), directory.page(members, 0, 10).stream().map(UserRow::id).toList());
        assertEquals(1, directory.count(members));

        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        UserQuery otherBranch = new UserQuery(null, null, w.other(), null, null, UserQuery.SortField.NAME, false);
        assertThrows(NotFound.class, () -> directory.count(otherBranch), "an organization outside the scope is not found");
        long otherGroup = world.group(w.other(), world.groupName());
        assertThrows(NotFound.class, () -> directory.page(new UserQuery(null, null, null, null, otherGroup,
                UserQuery.SortField.NAME, false), 0, 10));
    }

    /** Whether the user is in the list the query gives (narrowed to their unique email). */
    private boolean listed(UserQuery query, long userId) {
        return directory.page(query.withText(world.email(userId)), 0, 10).stream().anyMatch(row -> row.id() == userId);
    }

    @Test
    void editUserSavesEverythingOrNothingAndRefusesAStaleVersion() {
        MatrixWorld.World w = world.build();
        long person = world.user(w.home(), BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        UserDetails loaded = users.get(person);

        users.save(person, loaded.version(), w.homeSub(), new UserEdit("Saved Name", loaded.email(),
                world.roleId(BuiltInRole.PUBLISHER), UserStatus.ACTIVE));
        UserDetails saved = users.get(person);
        assertEquals("Saved Name", saved.name());
        assertEquals(BuiltInRole.PUBLISHER, saved.roleKey());
        assertEquals(w.homeSub(), saved.organizationId());

        InvalidInput stale = assertThrows(InvalidInput.class, () -> users.save(person, loaded.version(), w.home(),
                new UserEdit("Second Name", loaded.email(), world.roleId(BuiltInRole.LEARNER), UserStatus.ACTIVE)));
        assertTrue(stale.isConflict());
        assertEquals("input.changedBySomeoneElse", stale.fieldReasons().get("version").key());

        assertThrows(Refusal.class, () -> users.save(person, saved.version(), w.home(), new UserEdit("Third Name",
                saved.email(), world.roleId(BuiltInRole.ADMINISTRATOR), UserStatus.ACTIVE)));
        UserDetails after = users.get(person);
        assertEquals("Saved Name", after.name(), "a refused role leaves the name as it was too");
        assertEquals(w.homeSub(), after.organizationId());
        assertThrows(NotFound.class, () -> users.save(person, after.version(), w.other(), new UserEdit("Moved Out",
                after.email(), after.roleId(), UserStatus.ACTIVE)), "nobody moves people out of their scope");
    }

    @Test
    void aBulkActionHandlesEachPersonOnTheirOwnAndSaysWhy() {
        MatrixWorld.World w = world.build();
        long learner = world.user(w.home(), BuiltInRole.LEARNER);
        long administrator = world.user(w.home(), BuiltInRole.ADMINISTRATOR);
        long outsider = world.user(w.other(), BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);

        BulkOutcome outcome = bulk.deactivate(List.of(learner, administrator, outsider));

        assertEquals(1, outcome.done());
        assertEquals(3, outcome.total());
        BulkOutcome.Skipped refused = outcome.skipped().get(0);
        assertEquals(administrator, refused.userId());
        assertEquals(BulkOutcome.Why.REFUSED, refused.why());
        assertTrue(refused.label().startsWith("Matrix Person <"), refused.label());
        assertTrue(refused.reason().message(Locale.ENGLISH).startsWith("Organization Administrators cannot manage"));
        BulkOutcome.Skipped missing = outcome.skipped().get(1);
        assertEquals(BulkOutcome.Why.NOT_FOUND, missing.why());
        assertEquals(null, missing.label(), "nobody out of scope is named");
        assertEquals(UserStatus.DEACTIVATED, users.get(learner).status());
        assertEquals(UserStatus.ACTIVE, users.get(administrator).status(), "the refusal changed nothing for its person");
        assertThrows(InvalidInput.class, () -> bulk.deactivate(List.of()));
    }

    @Test
    void aSetPasswordLinkWorksOnceUntilItExpiresAndANewOneReplacesIt() {
        MatrixWorld.World w = world.build();
        long person = world.user(w.home(), BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        IssuedInvitation first = users.inviteToSetPassword(person);
        IssuedInvitation second = users.inviteToSetPassword(person);
        assertFalse(first.toString().contains(first.token()), "the secret is never logged");

        assertEquals(SetPasswordLinks.LinkState.UNKNOWN, links.check(first.token()).state(), "a new link replaces the old one");
        assertEquals(world.email(person), links.check(second.token()).email());
        InvalidInput weak = assertThrows(InvalidInput.class, () -> links.choosePassword(second.token(), "weak"));
        assertTrue(weak.fieldReasons().containsKey("password"));
        int before = world.credentialsVersion(person);
        assertEquals(SetPasswordLinks.LinkState.VALID, links.choosePassword(second.token(), "Chosen-Password-2026"));
        assertTrue(world.credentialsVersion(person) > before, "the password changed");
        assertEquals(SetPasswordLinks.LinkState.USED, links.choosePassword(second.token(), "Another-Password-2026"));
        assertEquals(SetPasswordLinks.LinkState.USED, links.check(second.token()).state());

        IssuedInvitation third = users.inviteToSetPassword(person);
        world.expireInvitations(person);
        assertEquals(SetPasswordLinks.LinkState.EXPIRED, links.check(third.token()).state());
        assertEquals(SetPasswordLinks.LinkState.UNKNOWN, links.check("x".repeat(500)).state());

        world.deactivate(person);
        assertThrows(Refusal.class, () -> users.inviteToSetPassword(person));
    }

    /**
     * Prints what authorization costs per EJB call: the three variants take turns for several
     * rounds, the first two warm up, and each variant's median round counts. A benchmark: it
     * asserts nothing about time.
     */
    @Test
    void selfRegistrationOpensWithTheSettingAndMakesLearnersInTheTopOrganization() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        boolean wasOpen = accountSettings.settings().selfRegistration();
        String email = "self-" + System.nanoTime() + "@matrix.example";
        try {
            allowSelfRegistration(false);
            assertFalse(registration.isOpen());
            assertThrows(Refusal.class, () -> registration.register(email, "Selma Self", MatrixWorld.PASSWORD));

            allowSelfRegistration(true);
            assertTrue(registration.isOpen());
            InvalidInput weak = assertThrows(InvalidInput.class, () -> registration.register(email, "Selma Self", "short"));
            assertEquals(Set.of("password"), weak.fieldReasons().keySet());
            InvalidInput bad = assertThrows(InvalidInput.class, () -> registration.register("not an email", "Selma Self",
                    MatrixWorld.PASSWORD));
            assertEquals(Set.of("email"), bad.fieldReasons().keySet());
            assertEquals(SignInOutcome.Result.INVALID, signInService.signIn(email, MatrixWorld.PASSWORD).result(),
                    "refused registrations create nobody");

            long id = registration.register(email, "Selma Self", MatrixWorld.PASSWORD);
            UserDetails created = users.get(id);
            assertEquals(BuiltInRole.LEARNER, created.roleKey());
            assertEquals(em.createNamedQuery(Organization.FIND_ROOT, Organization.class).getSingleResult().getId(),
                    created.organizationId());
            assertEquals(SignInOutcome.Result.SIGNED_IN, signInService.signIn(email, MatrixWorld.PASSWORD).result());
            InvalidInput taken = assertThrows(InvalidInput.class, () -> registration.register(email.toUpperCase(Locale.ROOT),
                    "Selma Again", MatrixWorld.PASSWORD));
            assertEquals(Set.of("email"), taken.fieldReasons().keySet());
        } finally {
            allowSelfRegistration(wasOpen);
        }
    }

    private void allowSelfRegistration(boolean open) {
        AccountSettings s = accountSettings.settings();
        accountSettings.update(new AccountSettings(s.name(), s.defaultLocale(), s.defaultTimeZone(), s.passwordMinLength(),
                s.passwordNeedsMix(), s.sessionTimeoutMinutes(), s.lockoutThreshold(), s.lockoutMinutes(),
                s.learnersSeeOrganizationReports(), open, s.version()));
    }

    @Test
    void assignmentRulesReachPeopleWhoJoinLaterAndProgressFollowsTheLessons() {
        MatrixWorld.World w = world.build();
        long learner = w.actors().get(BuiltInRole.LEARNER);
        long team = world.group(w.home(), world.groupName());
        world.addMember(team, learner);
        long later = world.user(w.home(), BuiltInRole.LEARNER);

        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        long course = contentAdministration.create(w.home(), "Rules " + System.nanoTime(), null);
        InvalidInput bad = assertThrows(InvalidInput.class, () -> contentAdministration.addLesson(course,
                new LessonDraft(LessonKind.LINK, " ", "<p>x</p>", "javascript:alert(1)")));
        assertEquals(Set.of("title", "url"), bad.fieldReasons().keySet());
        long first = contentAdministration.addLesson(course, new LessonDraft(LessonKind.TEXT, "One",
                "<p onclick=\"steal()\">Hi<script>alert(1)</script></p>", null));
        long second = contentAdministration.addLesson(course, new LessonDraft(LessonKind.TEXT, "Two", "<p>Two</p>", null));
        assertEquals("<p>Hi</p>", contentAdministration.course(course).lessons().get(0).body(), "script and handler are gone");
        assertEquals(List.of(first, second), contentAdministration.course(course).lessons().stream().map(LessonRow::id).toList());
        contentAdministration.publish(course);

        long teamRule = learningAdministration.assignToGroup(course, team, true, LocalDate.now().plusDays(7)).assignmentId();
        assertEquals(1, learningAdministration.countEnrollments(course, EnrollmentFilter.all()));
        assertEquals(Set.of("dueOn"), assertThrows(InvalidInput.class, () -> learningAdministration.assignToOrganization(course,
                w.homeSub(), false, LocalDate.now().minusDays(1))).fieldReasons().keySet());
        learningAdministration.assignToOrganization(course, w.homeSub(), false, null);
        assertThrows(Refusal.class, () -> learningAdministration.unassign(course, learner), "it came through the group");

        // People who join later get the course: a member added to the group, a person created in the subtree.
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        groupAdministration.addMember(team, later);
        long newcomer = users.create(w.homeSub(), "newcomer-" + System.nanoTime() + "@matrix.example", "Nina Newcomer",
                world.roleId(BuiltInRole.LEARNER), null);
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        Set<Long> enrolled = learnersOf(course);
        assertTrue(enrolled.containsAll(Set.of(learner, later, newcomer)), enrolled.toString());

        // The learner's side: progress, resuming, and a removed lesson counting no more.
        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        assertEquals(first, myLearning.player(course).resumeLessonId());
        CoursePlayer halfway = myLearning.complete(course, first);
        assertEquals(50, halfway.progress());
        assertEquals(LearnerStatus.IN_PROGRESS, halfway.status());
        assertEquals(second, myLearning.player(course).resumeLessonId(), "resumes at the first lesson not done");
        myLearning.lesson(course, second);
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        contentAdministration.removeLesson(course, second);
        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        CoursePlayer done = myLearning.player(course);
        assertEquals(100, done.progress());
        assertEquals(LearnerStatus.COMPLETED, done.status());
        assertTrue(myLearning.courses().stream().anyMatch(c -> c.courseId() == course && c.status() == LearnerStatus.COMPLETED));

        // Removing the group's rule keeps the record with progress and takes the course from who never started.
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        learningAdministration.removeAssignment(course, teamRule);
        Set<Long> after = learnersOf(course);
        assertTrue(after.contains(learner), "the completed record stays");
        assertFalse(after.contains(later), "never started, and no other rule reaches them");
        assertTrue(after.contains(newcomer), "the organization's rule still reaches them");
        assertEquals(1, learningAdministration.countEnrollments(course, new EnrollmentFilter(null, LearnerStatus.COMPLETED,
                null, true)));
        assertThrows(Refusal.class, () -> contentAdministration.delete(course), "learners have records: archive instead");
    }

    /**
     * A lesson's file: typed by its content (a script named .pdf is refused), its name stripped of
     * folders, sent in slices, to the course's editors and its assigned learners only, and gone when
     * the lesson stops being a file lesson.
     */
    @Test
    void lessonFilesAreCheckedStoredAndSentOnlyToThoseWhoMaySeeTheCourse() throws Exception {
        MatrixWorld.World w = world.build();
        long learner = w.actors().get(BuiltInRole.LEARNER);
        long stranger = world.user(w.home(), BuiltInRole.LEARNER);
        world.password(stranger, MatrixWorld.PASSWORD);
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        long course = contentAdministration.create(w.home(), "Files " + System.nanoTime(), null);
        long lesson = contentAdministration.addLesson(course, new LessonDraft(LessonKind.FILE, "Handbook", null, null));
        long text = contentAdministration.addLesson(course, new LessonDraft(LessonKind.TEXT, "Words", "<p>x</p>", null));

        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Set.of("file"), assertThrows(InvalidInput.class, () -> contentAdministration.attachFile(course, lesson,
                "evil.pdf", new ByteArrayInputStream(script))).fieldReasons().keySet());
        assertThrows(InvalidInput.class, () -> contentAdministration.attachFile(course, lesson, "empty.pdf",
                new ByteArrayInputStream(new byte[0])));
        assertThrows(InvalidInput.class, () -> contentAdministration.attachFile(course, text, "a.pdf",
                new ByteArrayInputStream(MatrixWorld.PDF)), "a text lesson takes no file");
        assertThrows(NotFound.class, () -> contentAdministration.lessonFile(course, lesson), "nothing was stored");

        var stored = contentAdministration.attachFile(course, lesson, "../../handbook.pdf", new ByteArrayInputStream(MatrixWorld.PDF));
        assertEquals("handbook.pdf", stored.name());
        assertEquals(MatrixWorld.PDF.length, stored.size());
        assertEquals(stored, contentAdministration.course(course).lessons().get(0).file());
        contentAdministration.publish(course);
        learningAdministration.assign(course, learner, true, null);

        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        assertEquals(stored, myLearning.lesson(course, lesson).file());
        java.io.ByteArrayOutputStream slice = new java.io.ByteArrayOutputStream();
        myLearning.sendLessonFile(course, lesson, file -> new FileSink.Slice(1, 3, slice));
        assertEquals("PDF", slice.toString(StandardCharsets.US_ASCII));
        assertThrows(NotFound.class, () -> myLearning.lessonFile(course, text), "a text lesson has no file");
        assertThrows(EJBAccessException.class, () -> contentAdministration.lessonFile(course, lesson), "not the editor's view");

        signIn.user(world.email(stranger), MatrixWorld.PASSWORD);
        assertThrows(NotFound.class, () -> myLearning.lessonFile(course, lesson), "not assigned to them");
        assertThrows(NotFound.class, () -> myLearning.sendLessonFile(course, lesson, file -> {
            throw new AssertionError("no byte for someone not assigned");
        }));

        // Made a text lesson, it has no file any more.
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        contentAdministration.changeLesson(course, lesson, new LessonDraft(LessonKind.TEXT, "Handbook", "<p>Now text</p>", null),
                contentAdministration.course(course).lessons().get(0).version());
        assertThrows(NotFound.class, () -> contentAdministration.lessonFile(course, lesson));
    }

    /**
     * "My learning" with 200 courses and a page of the largest size (200) of a course's 1,000
     * learners each cost a fixed handful of SQL statements: a query per row (N+1) would cost
     * hundreds and fails here.
     */
    @Test
    void myLearningAndACoursesLearnersReadTheirRowsInAFewStatements() {
        MatrixWorld.World w = world.build();
        long unit = world.organization(w.home());
        long learner = world.user(unit, BuiltInRole.LEARNER);
        world.password(learner, MatrixWorld.PASSWORD);
        world.coursesFor(learner, unit, w.author(), 200);
        signIn.user(world.email(learner), MatrixWorld.PASSWORD);
        myLearning.courses(); // the first call also reads the caller and their role: warm like a page view
        StatementCounter.Counted<List<MyCourseRow>> mine = StatementCounter.count(em, () -> myLearning.courses());
        assertEquals(200, mine.result().size());
        assertTrue(mine.result().stream().anyMatch(row -> row.status() == LearnerStatus.OVERDUE), "the spread has overdue courses");
        // Values are bound, not written into the SQL: one statement text serves every learner and page,
        // so the database compiles it once instead of once per learner.
        String myCourses = mine.sql().stream().filter(sql -> sql.contains("ENROLLMENT")).findFirst().orElseThrow();
        assertTrue(myCourses.contains("?") && !myCourses.matches("(?s).*\\b" + learner + "\\b.*"), myCourses);

        long course = world.course(unit, w.author(), true);
        world.lesson(course);
        world.enrollAll(course, world.people(unit, BuiltInRole.LEARNER, 1_000));
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        learningAdministration.countEnrollments(course, EnrollmentFilter.all());
        StatementCounter.Counted<List<EnrollmentRow>> learners = StatementCounter.count(em,
                () -> learningAdministration.enrollments(course, EnrollmentFilter.all(), 800, 200));
        assertEquals(200, learners.result().size(), "the last of five full pages");
        StatementCounter.Counted<Long> counted = StatementCounter.count(em,
                () -> learningAdministration.countEnrollments(course, EnrollmentFilter.all()));
        assertEquals(1_000L, counted.result());

        String figures = String.format(Locale.ROOT, "SQL statements: My learning with 200 courses %d;"
                + " a page of 200 of a course's 1,000 learners %d; their count %d",
                mine.statements(), learners.statements(), counted.statements());
        LOG.info(figures);
        assertTrue(mine.statements() >= 1 && learners.statements() >= 1, "the counter sees the queries: " + figures);
        assertTrue(mine.statements() <= 5, figures);
        assertTrue(learners.statements() <= 5, figures);
        assertTrue(counted.statements() <= 3, figures);
    }

    /**
     * "My learning" lists open courses first, the overdue and soonest due before those due later and
     * those without a due date, courses due the same day by title whatever its case, and finished
     * courses last. The order is kept on the enrollments, so retitling a course and finishing one
     * must both move them.
     */
    @Test
    void myLearningOrderFollowsDueDatesTitlesRetitlingAndFinishing() {
        MatrixWorld.World w = world.build();
        long unit = world.organization(w.home());
        long learner = world.user(unit, BuiltInRole.LEARNER);
        world.password(learner, MatrixWorld.PASSWORD);
        LocalDate soon = LocalDate.now().plusDays(3);
        long lower = world.course(unit, w.author(), true);
        long upper = world.course(unit, w.author(), true);
        long undated = world.course(unit, w.author(), true);
        long overdue = world.course(unit, w.author(), true);
        long finished = world.course(unit, w.author(), true);
        long draft = world.course(unit, w.author(), false);
        long lesson = world.lesson(undated);
        world.enrollDue(learner, lower, soon);
        world.enrollDue(learner, upper, soon);
        world.enrollDue(learner, undated, null);
        world.enrollOverdue(learner, overdue);
        world.enrollCompleted(learner, finished);
        world.enrollDue(learner, draft, soon);
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        contentAdministration.describe(lower, "beta course", null, world.courseVersion(lower));
        contentAdministration.describe(upper, "Alpha course", null, world.courseVersion(upper));

        signIn.user(world.email(learner), MatrixWorld.PASSWORD);
        assertEquals(List.of(overdue, upper, lower, undated, finished), myCourseIds(), "A before b, case aside; drafts never");
        assertEquals(List.of(upper, lower), myLearning.courses(1, 2).stream().map(MyCourseRow::courseId).toList(), "a page");

        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        contentAdministration.describe(lower, "aardvark course", null, world.courseVersion(lower));
        signIn.user(world.email(learner), MatrixWorld.PASSWORD);
        assertEquals(List.of(overdue, lower, upper, undated, finished), myCourseIds(), "the retitled course moved");

        myLearning.complete(undated, lesson);
        // Finished courses by due date too: the one due a week ago, then the one without a date.
        assertEquals(List.of(overdue, lower, upper, finished, undated), myCourseIds(), "the completed course went last");
    }

    private List<Long> myCourseIds() {
        return myLearning.courses().stream().map(MyCourseRow::courseId).toList();
    }

    /** A published course of the world's home with two assigned learners, made by its Publisher. */
    private long discussedCourse(MatrixWorld.World w, long... learners) {
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        long course = contentAdministration.create(w.home(), "Discussed " + System.nanoTime(), null);
        contentAdministration.addLesson(course, new LessonDraft(LessonKind.TEXT, "Intro", "<p>Read me</p>", null));
        contentAdministration.publish(course);
        for (long learner : learners) {
            learningAdministration.assign(course, learner, false, null);
        }
        return course;
    }

    private long learnerWithPassword(long organization) {
        long id = world.user(organization, BuiltInRole.LEARNER);
        world.password(id, MatrixWorld.PASSWORD);
        return id;
    }

    private void signInAs(long userId) {
        signIn.user(world.email(userId), MatrixWorld.PASSWORD);
    }

    /**
     * A course's discussion is for the learners it is assigned to and for those who may change the
     * course, who moderate it. Anyone else (a learner not assigned, an Instructor of someone else's
     * course, a Publisher of another organization) gets "not found", whatever they try.
     */
    @Test
    void aCourseDiscussionIsForItsAssignedLearnersAndItsEditors() {
        MatrixWorld.World w = world.build();
        long anna = learnerWithPassword(w.home());
        long ben = learnerWithPassword(w.homeSub());
        long outsider = learnerWithPassword(w.home());
        long elsewhere = world.user(w.other(), BuiltInRole.PUBLISHER);
        world.password(elsewhere, MatrixWorld.PASSWORD);
        long course = discussedCourse(w, anna, ben);

        signInAs(anna);
        DiscussionBoard empty = discussion.board(course, 0, 20);
        assertEquals(0, empty.total());
        assertFalse(empty.moderator());
        assertTrue(empty.mayPost());
        long thread = discussion.startThread(course, " How long does it take? ", "About an hour?\nOr two?");
        signInAs(ben);
        PostRow first = discussion.reply(course, thread, "An hour.");
        assertTrue(first.removable(), "one's own reply");
        discussion.reply(course, thread, "Maybe less.");

        ThreadView view = discussion.thread(course, thread, 0, 10);
        assertEquals("How long does it take?", view.title());
        assertEquals("About an hour?\nOr two?", view.opening().body(), "line breaks kept");
        assertFalse(view.opening().removable(), "another learner's post");
        assertEquals(List.of("An hour.", "Maybe less."), view.replies().stream().map(PostRow::body).toList());
        assertEquals(2, view.replyCount());
        assertEquals(List.of("Maybe less."), discussion.thread(course, thread, 1, 1).replies().stream().map(PostRow::body).toList(),
                "replies are paged, oldest first");
        ThreadRow listed = discussion.board(course, 0, 20).threads().get(0);
        assertEquals(2, listed.replies());
        assertEquals(view.replies().get(1).postedAt(), listed.lastPostAt(), "the last post's time");

        for (long stranger : List.of(outsider, elsewhere, w.actors().get(BuiltInRole.INSTRUCTOR),
                w.actors().get(BuiltInRole.REPORTER))) {
            signInAs(stranger);
            assertThrows(NotFound.class, () -> discussion.board(course, 0, 20), "board for " + stranger);
            assertThrows(NotFound.class, () -> discussion.thread(course, thread, 0, 20));
            assertThrows(NotFound.class, () -> discussion.startThread(course, "Hello", "Me too"));
            assertThrows(NotFound.class, () -> discussion.reply(course, thread, "Me too"));
            assertThrows(NotFound.class, () -> discussion.remove(course, first.id()));
        }

        // A course's editors moderate: its Publisher, and an Instructor in their own course.
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        DiscussionBoard moderated = discussion.board(course, 0, 20);
        assertTrue(moderated.moderator());
        assertTrue(discussion.thread(course, thread, 0, 10).replies().stream().allMatch(PostRow::removable));
        signIn.user(w.emails().get(BuiltInRole.INSTRUCTOR), MatrixWorld.PASSWORD);
        long own = contentAdministration.create(w.home(), "Instructor's " + System.nanoTime(), null);
        assertTrue(discussion.board(own, 0, 20).moderator(), "the Instructor who made the course");
        discussion.startThread(own, "Draft talk", "Editors may talk before learners come.");
        signInAs(anna);
        assertThrows(NotFound.class, () -> discussion.board(own, 0, 20), "a draft not assigned to her");

        // A person deleted (their course never started) leaves their posts, no longer named.
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        users.delete(ben);
        signInAs(anna);
        ThreadView after = discussion.thread(course, thread, 0, 10);
        assertEquals(Arrays.asList(null, null), after.replies().stream().map(PostRow::authorName).toList());
        assertEquals("An hour.", after.replies().get(0).body());
    }

    /**
     * An author removes their own post, a moderator any post, another learner none (refused and
     * audited). A removed post keeps its place without its text; a removed thread leaves the
     * learners' list. An archived course's discussion can be read but not changed.
     */
    @Test
    void postsAreRemovedByTheirAuthorOrAModeratorAndAnArchivedDiscussionIsReadOnly() {
        MatrixWorld.World w = world.build();
        long anna = learnerWithPassword(w.home());
        long ben = learnerWithPassword(w.home());
        long course = discussedCourse(w, anna, ben);
        signInAs(anna);
        long thread = discussion.startThread(course, "Removals", "Opening");
        long kept = discussion.startThread(course, "Kept", "Stays");
        signInAs(ben);
        long byAuthor = discussion.reply(course, thread, "Oops, wrong thread").id();
        long byModerator = discussion.reply(course, thread, "Something rude").id();

        signInAs(anna);
        assertEquals("rule.onlyAuthorOrModerator", assertThrows(Refusal.class, () -> discussion.remove(course, byModerator))
                .reasonKey());
        signInAs(ben);
        discussion.remove(course, byAuthor);
        discussion.remove(course, byAuthor); // again: nothing changes
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        discussion.remove(course, byModerator);

        signInAs(anna);
        List<PostRow> replies = discussion.thread(course, thread, 0, 10).replies();
        assertEquals(Arrays.asList(Removal.BY_AUTHOR, Removal.BY_MODERATOR), replies.stream().map(PostRow::removal).toList());
        assertTrue(replies.stream().allMatch(r -> r.body() == null && !r.removable()), "no text once removed");
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        String courseTitle = contentAdministration.course(course).title();
        assertEquals(1, auditTrail.count(new AuditQuery(null, courseTitle, AuditKind.DISCUSSION_POST_REMOVED, AuditOutcome.REFUSED,
                null, null)), "the refusal is audited");
        List<AuditEntry> removals = auditTrail.page(new AuditQuery(null, courseTitle, AuditKind.DISCUSSION_POST_REMOVED,
                AuditOutcome.DONE, null, null), 0, 10);
        assertEquals(List.of("removed by a moderator", "removed by its author"),
                removals.stream().map(AuditEntry::after).toList(), "newest first, the second removal of the same post is none");
        assertEquals("Something rude", removals.get(0).before());

        // The moderator takes the thread out: gone from the learners' list, still listed to moderators.
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        discussion.remove(course, thread);
        DiscussionBoard moderated = discussion.board(course, 0, 20);
        assertEquals(2, moderated.total());
        ThreadRow removed = moderated.threads().stream().filter(t -> t.id() == thread).findFirst().orElseThrow();
        assertEquals(Removal.BY_MODERATOR, removed.removal());
        assertNull(removed.title());
        signInAs(anna);
        DiscussionBoard learners = discussion.board(course, 0, 20);
        assertEquals(1, learners.total());
        assertEquals(List.of(kept), learners.threads().stream().map(ThreadRow::id).toList());
        assertThrows(NotFound.class, () -> discussion.thread(course, thread, 0, 10));
        assertThrows(NotFound.class, () -> discussion.reply(course, thread, "Still there?"));

        // Archived: moderators read it, nobody changes it; learners no longer see the course at all.
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        contentAdministration.archive(course);
        DiscussionBoard archived = discussion.board(course, 0, 20);
        assertTrue(archived.readOnly());
        assertFalse(discussion.thread(course, kept, 0, 10).mayReply());
        assertEquals("rule.discussionReadOnly", assertThrows(Refusal.class,
                () -> discussion.startThread(course, "Late", "Too late")).reasonKey());
        assertEquals("rule.discussionReadOnly", assertThrows(Refusal.class,
                () -> discussion.reply(course, kept, "Too late")).reasonKey());
        assertEquals("rule.discussionReadOnly", assertThrows(Refusal.class, () -> discussion.remove(course, kept)).reasonKey());
        assertEquals(2, discussion.board(course, 0, 20).total(), "nothing was stored");
        signInAs(anna);
        assertThrows(NotFound.class, () -> discussion.board(course, 0, 20), "learners see published courses only");
    }

    /** Bad input names its field and stores nothing; the limits themselves are accepted. */
    @Test
    void discussionInputIsCheckedByFieldAndNothingIsStoredOnBadInput() {
        MatrixWorld.World w = world.build();
        long anna = learnerWithPassword(w.home());
        long course = discussedCourse(w, anna);
        signInAs(anna);
        assertEquals(Set.of("title"), assertThrows(InvalidInput.class, () -> discussion.startThread(course, "  ", "Body"))
                .fieldReasons().keySet());
        assertEquals("input.tooLong", assertThrows(InvalidInput.class, () -> discussion.startThread(course, "t".repeat(201),
                "Body")).fieldReasons().get("title").key());
        assertEquals(Set.of("body"), assertThrows(InvalidInput.class, () -> discussion.startThread(course, "Title", "\n "))
                .fieldReasons().keySet());
        assertEquals(Set.of("title", "body"), assertThrows(InvalidInput.class, () -> discussion.startThread(course, null, null))
                .fieldReasons().keySet(), "both named at once");
        assertEquals("input.tooLong", assertThrows(InvalidInput.class, () -> discussion.startThread(course, "Title",
                "b".repeat(10_001))).fieldReasons().get("body").key());
        assertEquals(0, discussion.board(course, 0, 20).total(), "nothing stored");

        long thread = discussion.startThread(course, "t".repeat(200), "b".repeat(10_000));
        assertEquals(10_000, discussion.thread(course, thread, 0, 1).opening().body().length());
        assertEquals(Set.of("body"), assertThrows(InvalidInput.class, () -> discussion.reply(course, thread, null))
                .fieldReasons().keySet());
        assertEquals("input.tooLong", assertThrows(InvalidInput.class, () -> discussion.reply(course, thread, "r".repeat(10_001)))
                .fieldReasons().get("body").key());
        discussion.reply(course, thread, "r".repeat(10_000));
        assertEquals(1, discussion.thread(course, thread, 0, 10).replyCount(), "only the reply within the limit");
        assertThrows(NotFound.class, () -> discussion.reply(course, thread + 1_000_000, "No such thread"));
    }

    /**
     * A page of threads reads its rows, with each thread's reply count and last post, in one
     * statement, and their total in another: a statement per thread (N+1) would cost dozens here.
     */
    @Test
    void aPageOfThreadsIsOneStatementWhateverItHolds() {
        MatrixWorld.World w = world.build();
        long anna = learnerWithPassword(w.home());
        long course = discussedCourse(w, anna);
        signInAs(anna);
        for (int i = 0; i < 30; i++) {
            long thread = discussion.startThread(course, "Thread " + i, "Opening " + i);
            discussion.reply(course, thread, "First answer");
            if (i % 3 == 0) {
                discussion.reply(course, thread, "Second answer");
            }
        }
        discussion.board(course, 0, 1); // warm like a page view: the caller, their role and the course are read
        StatementCounter.Counted<DiscussionBoard> one = StatementCounter.count(em, () -> discussion.board(course, 0, 1));
        StatementCounter.Counted<DiscussionBoard> page = StatementCounter.count(em, () -> discussion.board(course, 0, 25));
        assertEquals(25, page.result().threads().size());
        assertEquals(30, page.result().total());
        assertEquals("Thread 29", page.result().threads().get(0).title(), "latest activity first");
        assertEquals(2, page.result().threads().get(2).replies(), "thread 27 has two replies");
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        discussion.board(course, 0, 1);
        StatementCounter.Counted<DiscussionBoard> moderated = StatementCounter.count(em, () -> discussion.board(course, 0, 25));
        String figures = String.format(Locale.ROOT, "SQL statements of a page of threads: a learner's page of 1 %d, of 25 %d;"
                + " a moderator's page of 25 %d", one.statements(), page.statements(), moderated.statements());
        LOG.info(figures);
        assertTrue(page.statements() >= 2, "the counter sees the queries: " + figures);
        assertEquals(one.statements(), page.statements(), "no statement per thread: " + figures);
        // The learner's: their enrollment, the page of rows, the total. The moderator's: the rows and the total.
        assertTrue(page.statements() <= 3, figures);
        assertTrue(moderated.statements() <= 2, figures);
    }

    @Test
    void aQuizIsWrittenThenTakenAndGradedOnTheServer() {
        MatrixWorld.World w = world.build();
        long learner = w.actors().get(BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        long course = contentAdministration.create(w.home(), "Quiz " + System.nanoTime(), null);
        long intro = contentAdministration.addLesson(course, new LessonDraft(LessonKind.TEXT, "Intro", "<p>Read me</p>", null));
        long quiz = contentAdministration.addLesson(course, new LessonDraft(LessonKind.QUIZ, "Check", "<p>Three questions</p>", null));
        assertThrows(NotFound.class, () -> quizAdministration.quiz(course, intro), "a text lesson has no quiz");

        // The rules: every bad field named at once, then a pass mark of two thirds, two attempts, ten minutes.
        assertEquals(Set.of("passMark", "maxAttempts", "timeLimitMinutes"), assertThrows(InvalidInput.class,
                () -> quizAdministration.configure(course, quiz, new QuizSettings(120, 0, -5), 0)).fieldReasons().keySet());
        quizAdministration.configure(course, quiz, new QuizSettings(67, 2, 10), 0);
        assertTrue(assertThrows(InvalidInput.class, () -> quizAdministration.configure(course, quiz,
                new QuizSettings(50, null, null), 0)).isConflict(), "a stale version");

        InvalidInput bad = assertThrows(InvalidInput.class, () -> quizAdministration.addQuestion(course, quiz,
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, " ", List.of(option("A", true), option("B", true)))));
        assertEquals(Set.of("text", "options"), bad.fieldReasons().keySet());
        long single = quizAdministration.addQuestion(course, quiz, new QuestionDraft(QuestionKind.SINGLE_CHOICE, "Capital of France?",
                List.of(option("Lyon", false), option("Paris", true), option("Nice", false))));
        long multiple = quizAdministration.addQuestion(course, quiz, new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, "Even numbers?",
                List.of(option("2", true), option("3", false), option("4", true))));
        long trueFalse = quizAdministration.addQuestion(course, quiz, new QuestionDraft(QuestionKind.TRUE_FALSE, "Water is wet",
                List.of(option("Wrong", false), option("Wrong too", true))));
        QuizEditor editor = quizAdministration.quiz(course, quiz);
        long version = editor.questions().get(2).version();
        quizAdministration.changeQuestion(course, quiz, trueFalse, new QuestionDraft(QuestionKind.TRUE_FALSE, "Water is wet",
                List.of(option("True", true), option("False", false))), version);
        assertTrue(assertThrows(InvalidInput.class, () -> quizAdministration.changeQuestion(course, quiz, trueFalse,
                new QuestionDraft(QuestionKind.TRUE_FALSE, "Stale", List.of(option("T", true), option("F", false))), version))
                .isConflict());
        long extra = quizAdministration.addQuestion(course, quiz, new QuestionDraft(QuestionKind.TRUE_FALSE, "Goes away",
                List.of(option("True", true), option("False", false))));
        quizAdministration.moveQuestion(course, quiz, extra, -1);
        quizAdministration.removeQuestion(course, quiz, extra);
        editor = quizAdministration.quiz(course, quiz);
        assertEquals(List.of(single, multiple, trueFalse), editor.questions().stream().map(QuizEditor.QuestionRow::id).toList());
        assertEquals(List.of(0, 1, 2), editor.questions().stream().map(QuizEditor.QuestionRow::position).toList());
        assertEquals(67, editor.passMark());
        assertTrue(editor.questions().get(0).options().get(1).correct(), "the editor sees the correct answers");
        assertThrows(NotFound.class, () -> quizAdministration.removeQuestion(course, quiz, extra));

        // A draft's quiz does not reach its learner; nor does a course not assigned to the caller.
        learningAdministration.assign(course, learner, true, null);
        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        assertThrows(NotFound.class, () -> quizTaking.start(course, quiz), "a draft");
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        contentAdministration.publish(course);
        assertThrows(NotFound.class, () -> quizTaking.quiz(course, quiz), "not assigned to the publisher");
        signIn.user(w.emails().get(BuiltInRole.REPORTER), MatrixWorld.PASSWORD);
        assertThrows(NotFound.class, () -> quizTaking.start(course, quiz), "not assigned to the reporter");

        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        assertThrows(NotFound.class, () -> quizTaking.start(course, intro), "a text lesson is no quiz");
        assertThrows(Refusal.class, () -> myLearning.complete(course, quiz), "a quiz is completed by passing it");
        MyQuiz before = quizTaking.quiz(course, quiz);
        assertEquals(2, before.attemptsLeft());
        assertEquals(3, before.questions());
        QuizSheet sheet = quizTaking.start(course, quiz);
        assertEquals(sheet.attemptId(), quizTaking.start(course, quiz).attemptId(), "an open attempt is resumed, not doubled");
        assertEquals(List.of("Lyon", "Paris", "Nice"), sheet.questions().get(0).options());
        assertTrue(Arrays.stream(QuizSheet.SheetQuestion.class.getRecordComponents()).noneMatch(c -> c.getName().contains("correct")),
                "the learner's sheet has no place for correct answers");
        assertFalse(sheet.toString().toLowerCase(Locale.ROOT).contains("correct"), sheet.toString());
        assertEquals(Map.of(), sheet.saved(), "a new attempt has nothing saved");

        // Answers kept while answering come back when the open attempt is continued; a bad one changes nothing.
        quizTaking.keepAnswers(course, quiz, sheet.attemptId(), Map.of(single, Set.of(1), multiple, Set.of(2, 0)));
        assertEquals(Set.of("answers"), assertThrows(InvalidInput.class, () -> quizTaking.keepAnswers(course, quiz,
                sheet.attemptId(), Map.of(single, Set.of(9)))).fieldReasons().keySet(), "no such option");
        assertEquals(Map.of(single, Set.of(1), multiple, Set.of(0, 2)), quizTaking.start(course, quiz).saved());
        assertEquals(1, quizTaking.quiz(course, quiz).attemptsLeft(), "the open attempt counts once; continuing it costs no other");

        // Two of three right (the multiple-choice question needs both even numbers): 66 %, below the pass mark.
        QuizResult first = quizTaking.submit(course, quiz, sheet.attemptId(),
                Map.of(single, Set.of(1), multiple, Set.of(0), trueFalse, Set.of(0)));
        assertEquals(2, first.rightAnswers());
        assertEquals(66, first.attempt().score());
        assertFalse(first.attempt().passed());
        assertEquals(LearnerStatus.IN_PROGRESS, first.courseStatus());
        assertThrows(Refusal.class, () -> quizTaking.submit(course, quiz, sheet.attemptId(), Map.of(single, Set.of(1))),
                "handed in already");
        assertEquals("rule.attemptSubmitted", assertThrows(Refusal.class, () -> quizTaking.keepAnswers(course, quiz,
                sheet.attemptId(), Map.of(single, Set.of(0)))).reasonKey(), "a handed-in attempt keeps what was graded");

        QuizSheet second = quizTaking.start(course, quiz);
        assertEquals(Set.of("answers"), assertThrows(InvalidInput.class, () -> quizTaking.submit(course, quiz,
                second.attemptId(), Map.of(single, Set.of(7)))).fieldReasons().keySet(), "no such option");
        assertEquals(Set.of("answers"), assertThrows(InvalidInput.class, () -> quizTaking.submit(course, quiz,
                second.attemptId(), Map.of(-1L, Set.of(0)))).fieldReasons().keySet(), "no such question");
        QuizResult passed = quizTaking.submit(course, quiz, second.attemptId(),
                Map.of(single, Set.of(1), multiple, Set.of(2, 0), trueFalse, Set.of(0)));
        assertEquals(100, passed.attempt().score());
        assertTrue(passed.attempt().passed());
        assertEquals(50, passed.progress(), "the quiz is done, the intro is not");
        assertTrue(myLearning.player(course).lessons().stream().anyMatch(l -> l.id() == quiz && l.completed()));
        assertEquals(LearnerStatus.PASSED, myLearning.complete(course, intro).status(), "all done in a course with a quiz");
        MyQuiz after = quizTaking.quiz(course, quiz);
        assertEquals(0, after.attemptsLeft());
        assertEquals(100, after.bestScore());
        assertTrue(after.passed());
        assertEquals(List.of(66, 100), after.attempts().stream().map(AttemptRow::score).toList());
        assertEquals("rule.attemptsUsedUp", assertThrows(Refusal.class, () -> quizTaking.start(course, quiz)).reasonKey());
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        EnrollmentRow record = learningAdministration.enrollments(course, EnrollmentFilter.all(), 0, 10).get(0);
        assertEquals(100, record.score(), "the best score is the enrollment's");
        assertEquals(LearnerStatus.PASSED, record.status());
    }

    @Test
    void anAssignmentIsHandedInReplacedAndGradedAgainstItsPassMark() {
        MatrixWorld.World w = world.build();
        long learner = w.actors().get(BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        long course = contentAdministration.create(w.home(), "Assignment " + System.nanoTime(), null);
        long intro = contentAdministration.addLesson(course, new LessonDraft(LessonKind.TEXT, "Intro", "<p>Read me</p>", null));
        assertEquals(Set.of("body"), assertThrows(InvalidInput.class, () -> contentAdministration.addLesson(course,
                new LessonDraft(LessonKind.ASSIGNMENT, "Essay", " ", null))).fieldReasons().keySet(), "instructions are required");
        long essay = contentAdministration.addLesson(course, new LessonDraft(LessonKind.ASSIGNMENT, "Essay",
                "<p>Write a page</p><script>alert(1)</script>", null));
        assertThrows(NotFound.class, () -> assignmentAdministration.assignment(course, intro), "a text lesson is no assignment");
        assertEquals(50, assignmentAdministration.assignment(course, essay).passMark(), "the default pass mark");
        assertEquals(Set.of("passMark"), assertThrows(InvalidInput.class,
                () -> assignmentAdministration.configure(course, essay, 101, 0)).fieldReasons().keySet());
        assertThrows(InvalidInput.class, () -> assignmentAdministration.configure(course, essay, -1, 0));
        assignmentAdministration.configure(course, essay, 70, 0);
        assertTrue(assertThrows(InvalidInput.class, () -> assignmentAdministration.configure(course, essay, 60, 0)).isConflict(),
                "a stale version");
        assertEquals(70, assignmentAdministration.assignment(course, essay).passMark());
        learningAdministration.assign(course, learner, true, null);
        contentAdministration.publish(course);

        // Someone not assigned the course, and the instructor who did not create it, get nothing.
        signIn.user(w.emails().get(BuiltInRole.REPORTER), MatrixWorld.PASSWORD);
        assertThrows(NotFound.class, () -> myAssignments.assignment(course, essay), "not assigned to the reporter");
        assertThrows(NotFound.class, () -> myAssignments.submit(course, essay, "Mine", null, null));
        signIn.user(w.emails().get(BuiltInRole.INSTRUCTOR), MatrixWorld.PASSWORD);
        assertEquals("rule.onlyOwnContent", assertThrows(Refusal.class,
                () -> assignmentAdministration.configure(course, essay, 10, 1)).reasonKey());

        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        assertFalse(myAssignments.assignment(course, essay).instructions().contains("script"), "sanitized like a text lesson");
        assertEquals("rule.assignmentCompletesByGrade", assertThrows(Refusal.class,
                () -> myLearning.complete(course, essay)).reasonKey());
        assertThrows(NotFound.class, () -> myAssignments.submit(course, intro, "Text", null, null), "a text lesson takes no work");
        assertEquals(Set.of("text"), assertThrows(InvalidInput.class,
                () -> myAssignments.submit(course, essay, "  ", null, null)).fieldReasons().keySet(), "text or file is required");
        assertEquals(Set.of("text"), assertThrows(InvalidInput.class, () -> myAssignments.submit(course, essay,
                "x".repeat(Submission.TEXT_MAX + 1), null, null)).fieldReasons().keySet());
        assertEquals(Set.of("file"), assertThrows(InvalidInput.class, () -> myAssignments.submit(course, essay, "With a script",
                "evil.pdf", new ByteArrayInputStream("<script>".getBytes(StandardCharsets.US_ASCII)))).fieldReasons().keySet(),
                "a file is told by its content");
        assertTrue(myAssignments.assignment(course, essay).submissions().isEmpty(), "refused input leaves nothing behind");
        SubmissionRow first = myAssignments.submit(course, essay, "x".repeat(Submission.TEXT_MAX), null, null);
        assertEquals(SubmissionStatus.SUBMITTED, first.status());
        assertEquals("rule.submissionAwaitsGrade", assertThrows(Refusal.class,
                () -> myAssignments.submit(course, essay, "Another", null, null)).reasonKey());
        assertTrue(assertThrows(InvalidInput.class, () -> myAssignments.replace(course, essay, first.id(), first.version() + 1,
                "Stale", null, null)).isConflict(), "a stale version");
        SubmissionRow second = myAssignments.replace(course, essay, first.id(), first.version(), "First line\n<b>second</b>",
                "../my essay.pdf", new ByteArrayInputStream(MatrixWorld.PDF));
        assertEquals("my essay.pdf", second.fileName());
        java.io.ByteArrayOutputStream handedIn = new java.io.ByteArrayOutputStream();
        myAssignments.sendFile(course, essay, second.id(), file -> new FileSink.Slice(0, file.size(), handedIn));
        assertArrayEquals(MatrixWorld.PDF, handedIn.toByteArray(), "the learner gets back the file they handed in");
        assertThrows(NotFound.class, () -> myAssignments.sendFile(course, essay, first.id(), file -> FileSink.Slice.none()),
                "the first submission has no file");
        assertThrows(NotFound.class, () -> myAssignments.sendFile(course, intro, second.id(), file -> FileSink.Slice.none()),
                "not through another lesson");
        assertEquals(List.of(SubmissionStatus.REPLACED, SubmissionStatus.SUBMITTED),
                myAssignments.assignment(course, essay).submissions().stream().map(SubmissionRow::status).toList());
        assertEquals("rule.submissionNotReplaceable", assertThrows(Refusal.class, () -> myAssignments.replace(course, essay,
                first.id(), first.version() + 1, "Again", null, null)).reasonKey());

        // Graders of other organizations do not find it; the instructor who did not write the course may not grade it.
        long outsider = world.user(w.other(), BuiltInRole.PUBLISHER);
        world.password(outsider, MatrixWorld.PASSWORD);
        signIn.user(world.email(outsider), MatrixWorld.PASSWORD);
        assertThrows(NotFound.class, () -> submissionGrading.submission(second.id()));
        assertThrows(NotFound.class, () -> submissionGrading.grade(second.id(), 90, null));
        assertEquals(0, submissionGrading.count(new SubmissionFilter(null, course, null, false)));
        signIn.user(w.emails().get(BuiltInRole.INSTRUCTOR), MatrixWorld.PASSWORD);
        assertEquals("rule.onlyOwnContentGrading", assertThrows(Refusal.class,
                () -> submissionGrading.grade(second.id(), 90, null)).reasonKey());
        assertEquals(0, submissionGrading.count(new SubmissionFilter(null, course, null, false)));

        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        List<QueuedSubmission> queued = submissionGrading.queue(new SubmissionFilter(null, course, null, false), 0, 10);
        assertEquals(List.of(second.id()), queued.stream().map(QueuedSubmission::id).toList(), "the replaced one is not queued");
        assertTrue(queued.get(0).hasFile());
        SubmissionDetail opened = submissionGrading.submission(second.id());
        assertEquals("First line\n<b>second</b>", opened.text(), "kept as written; pages escape it");
        assertEquals(70, opened.passMark());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        submissionGrading.sendFile(second.id(), file -> new FileSink.Slice(0, file.size(), bytes));
        assertArrayEquals(MatrixWorld.PDF, bytes.toByteArray());
        assertEquals("rule.submissionReplaced", assertThrows(Refusal.class,
                () -> submissionGrading.grade(first.id(), 90, null)).reasonKey());
        assertEquals(Set.of("score"), assertThrows(InvalidInput.class,
                () -> submissionGrading.grade(second.id(), 101, null)).fieldReasons().keySet());
        assertEquals(Set.of("score"), assertThrows(InvalidInput.class,
                () -> submissionGrading.grade(second.id(), -1, null)).fieldReasons().keySet());
        assertEquals(Set.of("feedback"), assertThrows(InvalidInput.class, () -> submissionGrading.grade(second.id(), 50,
                "y".repeat(Submission.FEEDBACK_MAX + 1))).fieldReasons().keySet());
        SubmissionDetail failed = submissionGrading.grade(second.id(), 69, "Almost: cite " + "y".repeat(Submission.FEEDBACK_MAX - 13));
        assertFalse(failed.passed(), "69 is below the pass mark of 70");
        assertEquals("rule.submissionGradedAlready", assertThrows(Refusal.class,
                () -> submissionGrading.grade(second.id(), 100, null)).reasonKey());
        assertEquals(1, submissionGrading.count(new SubmissionFilter(SubmissionStatus.GRADED, course, null, false)));
        assertEquals(0, submissionGrading.count(new SubmissionFilter(null, course, null, false)));
        assertEquals(LearnerStatus.IN_PROGRESS, learningAdministration.enrollments(course, EnrollmentFilter.all(), 0, 10).get(0).status());
        assertEquals(1L, em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.kind = 'SUBMISSION_GRADED'"
                + " AND e.targetId = :id AND e.outcome = :done", Long.class).setParameter("id", second.id())
                .setParameter("done", org.lms.domain.audit.AuditOutcome.DONE).getSingleResult());

        // Below the pass mark: the learner hands in anew; at the pass mark the lesson, and with the intro the course, is passed.
        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        MyAssignment afterFail = myAssignments.assignment(course, essay);
        assertTrue(afterFail.maySubmit());
        assertEquals(69, afterFail.submissions().get(1).score());
        assertTrue(afterFail.submissions().get(1).feedback().startsWith("Almost"));
        SubmissionRow third = myAssignments.submit(course, essay, "Better", null, null);
        myLearning.complete(course, intro);
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        assertTrue(submissionGrading.grade(third.id(), 70, "Good").passed(), "the pass mark itself passes");
        EnrollmentRow record = learningAdministration.enrollments(course, EnrollmentFilter.all(), 0, 10).get(0);
        assertEquals(LearnerStatus.PASSED, record.status(), "all lessons done in a graded course");
        assertEquals(100, record.progress());
        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        assertTrue(myAssignments.assignment(course, essay).passed());
        myAssignments.sendFile(course, essay, second.id(), file -> FileSink.Slice.none()); // graded, and still theirs to download
        assertTrue(myLearning.player(course).lessons().stream().anyMatch(l -> l.id() == essay && l.completed()));
        assertEquals("rule.assignmentPassed", assertThrows(Refusal.class,
                () -> myAssignments.submit(course, essay, "More", null, null)).reasonKey());
    }

    @Test
    void theGradingQueueReadsAPageInOneStatement() {
        MatrixWorld.World w = world.build();
        long unit = world.organization(w.home());
        long course = world.course(unit, w.author(), true);
        long lesson = world.assignment(course);
        world.submissionsOf(course, lesson, world.people(unit, BuiltInRole.LEARNER, 300));
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        SubmissionFilter byLearner = new SubmissionFilter(null, course, SubmissionSort.LEARNER, true);
        submissionGrading.count(byLearner); // the first call also reads the caller and their role: warm like a page view
        StatementCounter.Counted<List<QueuedSubmission>> page = StatementCounter.count(em,
                () -> submissionGrading.queue(byLearner, 250, 100));
        assertEquals(50, page.result().size(), "the last, short page");
        StatementCounter.Counted<Long> counted = StatementCounter.count(em, () -> submissionGrading.count(byLearner));
        assertEquals(300L, counted.result());
        List<String> names = submissionGrading.queue(byLearner, 0, 200).stream().map(QueuedSubmission::learnerName).toList();
        assertEquals(names.stream().sorted(java.util.Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT)).reversed())
                .toList(), names, "sorted by learner, descending");
        List<Long> oldestFirst = submissionGrading.queue(new SubmissionFilter(null, course, null, false), 0, 3).stream()
                .map(QueuedSubmission::id).toList();
        assertEquals(oldestFirst.stream().sorted().toList(), oldestFirst, "submitted first, graded first");
        String figures = String.format(Locale.ROOT, "SQL statements: a page of 100 of 300 submissions to grade %d; their count %d",
                page.statements(), counted.statements());
        LOG.info(figures);
        assertEquals(1, page.statements(), figures);
        assertEquals(1, counted.statements(), figures);
    }

    @Test
    void aQuizHandedInAfterItsTimeLimitNeverPassesAndTheLastAttemptFailedFailsTheCourse() throws SQLException {
        MatrixWorld.World w = world.build();
        long learner = w.actors().get(BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        long course = contentAdministration.create(w.home(), "Timed quiz " + System.nanoTime(), null);
        long quiz = contentAdministration.addLesson(course, new LessonDraft(LessonKind.QUIZ, "Timed", null, null));
        quizAdministration.configure(course, quiz, new QuizSettings(50, 1, 1), 0);
        long question = quizAdministration.addQuestion(course, quiz, new QuestionDraft(QuestionKind.TRUE_FALSE, "Quick?",
                List.of(option("Yes", true), option("No", false))));
        contentAdministration.publish(course);
        learningAdministration.assign(course, learner, false, null);

        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        QuizSheet sheet = quizTaking.start(course, quiz);
        assertTrue(sheet.dueAt().isAfter(sheet.startedAt()));
        // The minute ran out, and the grace with it.
        try (Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement late = connection.prepareStatement("UPDATE QUIZ_ATTEMPT SET DUE_AT = ? WHERE ID = ?")) {
            late.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(31)));
            late.setLong(2, sheet.attemptId());
            assertEquals(1, late.executeUpdate());
        }
        em.getEntityManagerFactory().getCache().evict(org.lms.domain.learning.QuizAttempt.class);
        assertEquals("rule.attemptTimeOver", assertThrows(Refusal.class, () -> quizTaking.keepAnswers(course, quiz,
                sheet.attemptId(), Map.of(question, Set.of(0)))).reasonKey(), "no saving once the time is over");
        QuizResult result = quizTaking.submit(course, quiz, sheet.attemptId(), Map.of(question, Set.of(0)));
        assertTrue(result.attempt().late());
        assertEquals(100, result.attempt().score(), "graded for the learner to see");
        assertFalse(result.attempt().passed(), "but too late to pass");
        assertEquals(LearnerStatus.FAILED, result.courseStatus(), "the only attempt is used up without a pass");
        assertEquals(null, quizTaking.quiz(course, quiz).bestScore(), "a late attempt is no score");
        assertThrows(Refusal.class, () -> quizTaking.start(course, quiz));

        // The only attempt left to run out without being handed in fails the course as well.
        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        long untouched = contentAdministration.create(w.home(), "Timed quiz " + System.nanoTime(), null);
        long timed = contentAdministration.addLesson(untouched, new LessonDraft(LessonKind.QUIZ, "Timed", null, null));
        quizAdministration.configure(untouched, timed, new QuizSettings(50, 1, 1), 0);
        quizAdministration.addQuestion(untouched, timed, new QuestionDraft(QuestionKind.TRUE_FALSE, "Quick?",
                List.of(option("Yes", true), option("No", false))));
        contentAdministration.publish(untouched);
        learningAdministration.assign(untouched, learner, false, null);
        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        long abandoned = quizTaking.start(untouched, timed).attemptId();
        assertEquals(LearnerStatus.IN_PROGRESS, myLearning.player(untouched).status());
        try (Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement over = connection.prepareStatement("UPDATE QUIZ_ATTEMPT SET DUE_AT = ? WHERE ID = ?")) {
            over.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
            over.setLong(2, abandoned);
            assertEquals(1, over.executeUpdate());
        }
        em.getEntityManagerFactory().getCache().evict(org.lms.domain.learning.QuizAttempt.class);
        MyQuiz over = quizTaking.quiz(untouched, timed);
        assertFalse(over.attempts().get(0).open());
        assertEquals(0, over.attemptsLeft());
        assertEquals(LearnerStatus.FAILED, myLearning.player(untouched).status());
    }

    private static QuestionDraft.OptionDraft option(String text, boolean correct) {
        return new QuestionDraft.OptionDraft(text, correct);
    }

    /**
     * Every learner of a course, page after page: the organization rule reaches everyone the
     * matrix made below the home organization, more than one page of them.
     */
    private Set<Long> learnersOf(long course) {
        Set<Long> learners = new java.util.HashSet<>();
        for (int first = 0;; first += 200) {
            List<EnrollmentRow> page = learningAdministration.enrollments(course, EnrollmentFilter.all(), first, 200);
            page.forEach(row -> learners.add(row.userId()));
            if (page.size() < 200) {
                return learners;
            }
        }
    }

    /**
     * One course with a learner in the home organization (overdue), one below it (completed) and
     * one in another branch (overdue), and a home group holding the home and the other learner:
     * roles of the home organization see and count the first two only, whole-account roles all three.
     */
    @Test
    void reportsShowAndCountOnlyTheViewersScope() {
        MatrixWorld.World w = world.build();
        long course = world.course(w.matrix(), w.author(), true);
        long same = world.user(w.home(), BuiltInRole.LEARNER);
        long sub = world.user(w.homeSub(), BuiltInRole.LEARNER);
        long other = world.user(w.other(), BuiltInRole.LEARNER);
        world.enrollOverdue(same, course);
        world.enrollCompleted(sub, course);
        world.enrollOverdue(other, course);
        long team = world.group(w.home(), world.groupName());
        world.addMember(team, same);
        world.addMember(team, other);
        ReportFilter ofCourse = ReportFilter.ofCourse(course);
        ReportFilter ofTeam = new ReportFilter(null, team, course, null, null, null, null, null);

        for (BuiltInRole role : List.of(BuiltInRole.REPORTER, BuiltInRole.PUBLISHER, BuiltInRole.ORGANIZATION_ADMINISTRATOR)) {
            signIn.user(w.emails().get(role), MatrixWorld.PASSWORD);
            CourseProgressRow row = courseProgress.page(ofCourse, CourseProgressSort.TITLE, false, 0, 10).get(0);
            assertEquals(List.of(2L, 1L, 0L, 1L, 1L), List.of(row.enrolled(), row.notStarted(), row.inProgress(),
                    row.completed(), row.overdue()), role + ": " + row);
            assertEquals(1, courseProgress.count(ofCourse), role.name());
            assertEquals(Set.of(same, sub), userProgress.page(ofCourse, UserProgressSort.NAME, false, 0, 10).stream()
                    .map(UserProgressRow::userId).collect(Collectors.toSet()), role.name());
            assertEquals(2, userProgress.count(ofCourse), role.name());
            List<OverdueRow> late = overdueReport.page(ofCourse, OverdueSort.DUE_ON, false, 0, 10);
            assertEquals(List.of(same), late.stream().map(OverdueRow::userId).toList(), role.name());
            assertEquals(7, late.get(0).daysOverdue());
            assertEquals(1, overdueReport.count(ofCourse), role.name());
            GroupProgressRow group = groupProgress.page(ofTeam, 0, 10).get(0);
            assertEquals(List.of(1L, 1L, 0L, 1L), List.of(group.members(), group.enrollments(), group.completed(),
                    group.overdue()), role + ": the member of the other branch is not counted");
            assertThrows(NotFound.class, () -> courseProgress.page(new ReportFilter(w.other(), null, course, null, null,
                    null, null, null), null, false, 0, 10), "a filter naming another branch");
            assertThrows(NotFound.class, () -> reportService.organizationSummary(w.other()));
        }

        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        CourseProgressRow all = courseProgress.page(ofCourse, CourseProgressSort.TITLE, false, 0, 10).get(0);
        assertEquals(List.of(3L, 2L, 1L, 2L), List.of(all.enrolled(), all.notStarted(), all.completed(), all.overdue()));
        assertEquals(Set.of(same, sub, other), userProgress.page(ofCourse, UserProgressSort.NAME, false, 0, 10).stream()
                .map(UserProgressRow::userId).collect(Collectors.toSet()));
        assertEquals(2, overdueReport.count(ofCourse));
        assertEquals(List.of(2L, 2L, 2L), List.of(groupProgress.page(ofTeam, 0, 10).get(0).members(),
                groupProgress.page(ofTeam, 0, 10).get(0).enrollments(), groupProgress.page(ofTeam, 0, 10).get(0).overdue()));
        ReportFilter overdueOnly = new ReportFilter(null, null, course, null, null, null, null, LearnerStatus.OVERDUE);
        assertEquals(2, courseProgress.page(overdueOnly, null, false, 0, 10).get(0).enrolled(), "the status filter");
        ReportFilter notStarted = new ReportFilter(null, null, course, null, null, null, null, LearnerStatus.NOT_STARTED);
        assertEquals(0, courseProgress.count(notStarted), "not started and not overdue: none");
        ReportFilter assignedLater = new ReportFilter(null, null, course, Instant.now().plusSeconds(3600), null, null, null, null);
        assertEquals(0, overdueReport.count(assignedLater), "the date range");
        assertEquals(List.of(other, same), overdueReport.page(ofCourse, OverdueSort.ORGANIZATION, true, 0, 10).stream()
                .map(OverdueRow::userId).toList(), "by organization name, descending: Matrix Other before Matrix Home");
    }

    /**
     * Progress over time counts the calendar months of the zone it is given (the page and the API
     * give the viewer's). Berlin's April began at 22:00 UTC on 31 March 2026, and its May at 22:00
     * UTC on 30 April: an enrollment assigned at 21:30 UTC is March's in both zones, one assigned at
     * 23:30 UTC is April's in Berlin, and its completion at 22:30 UTC on 30 April is May's there.
     */
    @Test
    void progressOverTimeCountsTheCalendarMonthsOfTheViewersTimeZone() {
        MatrixWorld.World w = world.build();
        long course = world.course(w.matrix(), w.author(), true);
        long before = world.user(w.home(), BuiltInRole.LEARNER);
        long after = world.user(w.homeSub(), BuiltInRole.LEARNER);
        world.enroll(before, course);
        world.enrollCompleted(after, course);
        world.enrollmentMoments(before, course, Instant.parse("2026-03-31T21:30:00Z"), null);
        world.enrollmentMoments(after, course, Instant.parse("2026-03-31T23:30:00Z"), Instant.parse("2026-04-30T22:30:00Z"));
        ReportFilter ofCourse = ReportFilter.ofCourse(course);
        YearMonth march = YearMonth.of(2026, 3);
        YearMonth april = YearMonth.of(2026, 4);
        YearMonth may = YearMonth.of(2026, 5);
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        signIn.user(w.emails().get(BuiltInRole.REPORTER), MatrixWorld.PASSWORD);
        assertEquals(List.of(new MonthProgress("2026-03", 2, 0), new MonthProgress("2026-04", 0, 1), new MonthProgress("2026-05", 0, 0)),
                progressOverTime.months(ofCourse, march, may, ZoneOffset.UTC), "UTC: both assigned in March, finished in April");
        assertEquals(List.of(new MonthProgress("2026-03", 1, 0), new MonthProgress("2026-04", 1, 0), new MonthProgress("2026-05", 0, 1)),
                progressOverTime.months(ofCourse, march, may, berlin), "Berlin: one assigned in April, finished in May");
        assertEquals(List.of(new MonthProgress("2026-04", 1, 0)), progressOverTime.months(ofCourse, april, april, berlin),
                "one month alone, from its first midnight in Berlin to the next month's");
        assertEquals(List.of(new MonthProgress("2026-04", 0, 1)), progressOverTime.months(ofCourse, april, april, ZoneOffset.UTC));

        ReportFilter assignedLate = new ReportFilter(null, null, course, Instant.parse("2026-03-31T22:00:00Z"), null, null, null, null);
        assertEquals(List.of(new MonthProgress("2026-03", 0, 0), new MonthProgress("2026-04", 1, 0)),
                progressOverTime.months(assignedLate, march, april, berlin), "the page's filter, and the months' range, in Berlin");
        assertEquals(List.of(new MonthProgress("2026-03", 1, 0), new MonthProgress("2026-04", 0, 1)),
                progressOverTime.months(assignedLate, march, april, ZoneOffset.UTC), "the same in UTC");

        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        ReportFilter sub = new ReportFilter(w.homeSub(), null, course, null, null, null, null, null);
        assertEquals(List.of(new MonthProgress("2026-03", 0, 0), new MonthProgress("2026-04", 1, 0), new MonthProgress("2026-05", 0, 1)),
                progressOverTime.months(sub, march, may, berlin), "the organization filter: the learner below home alone");
    }

    /**
     * An Instructor reads the learning reports of the courses they created, counted in the query:
     * their course's learners of their scope (home and below, not another branch), nobody's
     * learning in someone else's course, and no group or organization report. A custom role
     * holding only Reports on own content reads the same way.
     */
    @Test
    void reportsOfAnInstructorCountOnlyTheLearnersOfTheirOwnCourses() {
        MatrixWorld.World w = world.build();
        long instructor = w.actors().get(BuiltInRole.INSTRUCTOR);
        long mine = world.course(w.matrix(), instructor, true);
        long theirs = world.course(w.home(), w.author(), true);
        long same = world.user(w.home(), BuiltInRole.LEARNER);
        long sub = world.user(w.homeSub(), BuiltInRole.LEARNER);
        long other = world.user(w.other(), BuiltInRole.LEARNER);
        world.enrollOverdue(same, mine);
        world.enrollCompleted(sub, mine);
        world.enrollOverdue(other, mine);
        world.enrollOverdue(same, theirs);
        ReportFilter ofMine = ReportFilter.ofCourse(mine);
        ReportFilter ofTheirs = ReportFilter.ofCourse(theirs);

        signIn.user(w.emails().get(BuiltInRole.INSTRUCTOR), MatrixWorld.PASSWORD);
        CourseProgressRow row = courseProgress.page(ofMine, CourseProgressSort.TITLE, false, 0, 10).get(0);
        assertEquals(List.of(mine, 2L, 1L, 1L, 1L), List.of(row.courseId(), row.enrolled(), row.notStarted(), row.completed(),
                row.overdue()), "the learner of another branch is not counted: " + row);
        assertEquals(1, courseProgress.count(ofMine));
        assertEquals(List.of(), courseProgress.page(ofTheirs, null, false, 0, 10), "someone else's course is hidden");
        assertEquals(0, courseProgress.count(ofTheirs));
        assertEquals(Set.of(same, sub), userProgress.page(ofMine, UserProgressSort.NAME, false, 0, 10).stream()
                .map(UserProgressRow::userId).collect(Collectors.toSet()));
        assertEquals(0, userProgress.count(ofTheirs));
        UserProgressRow learnerOfBoth = userProgress.page(ReportFilter.ofOrganization(w.home()), UserProgressSort.NAME, false, 0,
                200).stream().filter(r -> r.userId() == same).findFirst().orElseThrow();
        assertEquals(List.of(1L, 1L), List.of(learnerOfBoth.assigned(), learnerOfBoth.overdue()),
                "only the enrollment in the Instructor's course is counted");
        assertEquals(List.of(same), overdueReport.page(ofMine, OverdueSort.DUE_ON, false, 0, 10).stream()
                .map(OverdueRow::userId).toList());
        assertEquals(0, overdueReport.count(ofTheirs));
        assertThrows(NotFound.class, () -> userProgress.count(ReportFilter.ofOrganization(w.other())), "another branch");
        for (Runnable organizationReport : List.<Runnable>of(() -> reportService.organizationSummary(w.home()),
                () -> reportService.organizationChildren(w.home(), 0, 10), () -> groupProgress.count(null),
                () -> groupProgress.page(null, 0, 10))) {
            assertEquals("rule.organizationReportsNotPermitted", assertThrows(Refusal.class, organizationReport::run).reasonKey());
        }

        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        assertEquals(1, courseProgress.count(ofTheirs), "Access reports still reads every course of the scope");

        long ownContentOnly = world.userWithRole(w.home(), world.customRole(EnumSet.of(Privilege.VIEW_OWN_CONTENT_REPORTS)));
        world.password(ownContentOnly, MatrixWorld.PASSWORD);
        long authored = world.course(w.home(), ownContentOnly, true);
        world.enrollOverdue(same, authored);
        signIn.user(world.email(ownContentOnly), MatrixWorld.PASSWORD);
        assertEquals(1, overdueReport.count(ReportFilter.ofCourse(authored)));
        assertEquals(0, overdueReport.count(ofTheirs));
        assertThrows(EJBAccessException.class, () -> reportService.countOrganizationChildren(w.home()),
                "the organization reports need Access reports or View own history");
    }

    /**
     * The Reports page's background exports run on the server's default managed executor, which
     * carries the starting request's identity into the task: report calls made there answer as
     * for the person who asked, narrowed to an Instructor's own courses and refused where they
     * are refused in the request itself.
     */
    @Test
    void reportCallsOnTheManagedExecutorAnswerAsThePersonWhoSubmittedThem() throws Exception {
        MatrixWorld.World w = world.build();
        long instructor = w.actors().get(BuiltInRole.INSTRUCTOR);
        long mine = world.course(w.home(), instructor, true);
        long theirs = world.course(w.home(), w.author(), true);
        long learner = world.user(w.home(), BuiltInRole.LEARNER);
        world.enroll(learner, mine);
        world.enroll(learner, theirs);

        signIn.user(w.emails().get(BuiltInRole.INSTRUCTOR), MatrixWorld.PASSWORD);
        java.util.concurrent.Future<List<Long>> counts = managedExecutor.submit(() -> List.of(
                courseProgress.count(ReportFilter.ofCourse(mine)), courseProgress.count(ReportFilter.ofCourse(theirs))));
        assertEquals(List.of(1L, 0L), counts.get(60, java.util.concurrent.TimeUnit.SECONDS), "the Instructor's own course only");
        java.util.concurrent.Future<Long> groups = managedExecutor.submit(() -> groupProgress.count(null));
        java.util.concurrent.ExecutionException refused = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> groups.get(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof Refusal, String.valueOf(refused.getCause()));

        signIn.user(w.emails().get(BuiltInRole.PUBLISHER), MatrixWorld.PASSWORD);
        assertEquals(1L, managedExecutor.submit(() -> courseProgress.count(ReportFilter.ofCourse(theirs)))
                .get(60, java.util.concurrent.TimeUnit.SECONDS), "Access reports reads every course of the scope");
    }

    /** The summary counts a subtree whole and drills down one level; learners need the account setting and their switch. */
    @Test
    void theOrganizationSummaryDrillsDownAndLearnersNeedTheirSwitch() {
        MatrixWorld.World w = world.build();
        long top = world.organization(w.home());
        long left = world.organization(top);
        long right = world.organization(top);
        long below = world.organization(left);
        long course = world.course(w.home(), w.author(), true);
        world.user(top, BuiltInRole.LEARNER);
        world.enrollOverdue(world.user(below, BuiltInRole.LEARNER), course);
        world.enrollCompleted(world.user(right, BuiltInRole.LEARNER), course);

        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        OrganizationSummary total = reportService.organizationSummary(top);
        assertEquals(List.of(3L, 2L, 1L, 1L), List.of(total.people(), total.enrollments(), total.completed(), total.overdue()));
        List<OrganizationSummary> children = reportService.organizationChildren(top, 0, 10);
        assertEquals(Set.of(left, right), children.stream().map(OrganizationSummary::organizationId).collect(Collectors.toSet()));
        OrganizationSummary leftRow = children.stream().filter(c -> c.organizationId() == left).findFirst().orElseThrow();
        assertEquals(List.of(1L, 1L, 0L, 1L), List.of(leftRow.people(), leftRow.enrollments(), leftRow.completed(),
                leftRow.overdue()), "the child counts its whole subtree");
        assertEquals(2, reportService.countOrganizationChildren(top));

        // The overdue learner moves from left's subtree to right: their enrollment counts there now
        // (with any course the account's organization rules give people who join right).
        long overdueLearner = em.createQuery("SELECT u.id FROM User u WHERE u.organization.id = :below", Long.class)
                .setParameter("below", below).getSingleResult();
        users.move(overdueLearner, right);
        long enrolledInRight = em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.user.organization.id = :right", Long.class)
                .setParameter("right", right).getSingleResult();
        assertTrue(enrolledInRight >= 2, "both learners' enrollments: " + enrolledInRight);
        Map<Long, List<Long>> moved = reportService.organizationChildren(top, 0, 10).stream().collect(Collectors.toMap(
                OrganizationSummary::organizationId, c -> List.of(c.people(), c.enrollments(), c.completed(), c.overdue())));
        assertEquals(Map.of(left, List.of(0L, 0L, 0L, 0L), right, List.of(2L, enrolledInRight, 1L, 1L)), moved);
        OrganizationSummary afterMove = reportService.organizationSummary(top);
        assertEquals(List.of(3L, enrolledInRight, 1L, 1L), List.of(afterMove.people(), afterMove.enrollments(),
                afterMove.completed(), afterMove.overdue()), "the whole subtree counts the same people");

        long learner = w.actors().get(BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        assertThrows(Refusal.class, () -> reportService.organizationSummary(top));
        assertThrows(Refusal.class, () -> courseProgress.count(ReportFilter.ofCourse(course)));
        world.reportAccess(true, learner, false);
        try {
            assertThrows(Refusal.class, () -> reportService.organizationChildren(top, 0, 10), "the account allows, the switch is off");
            world.reportAccess(true, learner, true);
            assertEquals(enrolledInRight, reportService.organizationSummary(top).enrollments(), "both on");
            assertEquals(1, overdueReport.count(ReportFilter.ofCourse(course)));
        } finally {
            world.reportAccess(false, learner, false);
        }
    }

    /**
     * After every test, whatever it made, finished, moved or deleted: the learning tally the
     * organization summary reads holds exactly the counts of the enrollments.
     */
    @AfterEach
    void theLearningTallyCountsTheEnrollments() throws Exception {
        assertEquals(List.of(), LearningTallyCheck.differences(dataSource), "the learning tally against the enrollments");
    }

    /** The check above sees a tally that is off; a row two transactions both want is made once. */
    @Test
    void aTallyOffByOneIsFoundAndARowIsMadeOnce() throws Exception {
        MatrixWorld.World w = world.build();
        long organization = world.organization(w.home());
        LearningTally.Key key = new LearningTally.Key(organization, java.time.LocalDate.of(2031, 1, 31));
        tallyRows.create(key);
        assertThrows(RuntimeException.class, () -> tallyRows.create(key), "the key is taken");
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE LEARNING_TALLY SET ENROLLED = 1 WHERE ORGANIZATION_ID = " + organization);
            assertEquals(List.of("organization " + organization + " due 2031-01-31: enrollments null, tally 1 enrolled / 0 finished"),
                    LearningTallyCheck.differences(dataSource));
            statement.executeUpdate("UPDATE LEARNING_TALLY SET ENROLLED = 0 WHERE ORGANIZATION_ID = " + organization);
        }
    }

    @Test
    void aLogoMustBeASmallRasterImageAndIsServedToEveryone() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        try {
            byte[] script = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
            assertEquals(Set.of("logo"), assertThrows(InvalidInput.class, () -> accountSettings.changeLogo(script))
                    .fieldReasons().keySet());
            byte[] huge = Arrays.copyOf(MatrixOperations.TINY_PNG, LogoImage.MAX_BYTES + 1);
            assertEquals(Set.of("logo"), assertThrows(InvalidInput.class, () -> accountSettings.changeLogo(huge))
                    .fieldReasons().keySet());
            assertEquals("", branding.logoTag(), "refused uploads store nothing");

            accountSettings.changeLogo(MatrixOperations.TINY_PNG);
            AccountBranding.Logo logo = branding.logo().orElseThrow();
            assertEquals("image/png", logo.contentType());
            assertTrue(Arrays.equals(MatrixOperations.TINY_PNG, logo.content()));
            assertEquals(logo.tag(), branding.logoTag());
            assertEquals(LogoImage.tag(MatrixOperations.TINY_PNG), branding.logoTag(), "the tag follows the image");
        } finally {
            accountSettings.removeLogo();
        }
        assertTrue(branding.logo().isEmpty());
    }

    @Test
    void aFullAccountTakesNobodyNewByHandByImportOrBySelfRegistration() throws Exception {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ACCOUNT_OWNER), DemoUsers.OWNER_PASSWORD);
        Membership before = membership.membership();
        membership.update(before.plan(), (int) before.seatsUsed(), before.billingContact(), before.version());
        String prefix = world.uniqueName("seat").replace(' ', '-');
        try {
            signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
            Refusal byHand = assertThrows(Refusal.class, () -> users.create(w.home(), prefix + "-a@matrix.example", "Seat A",
                    world.roleId(BuiltInRole.LEARNER), null));
            assertEquals("rule.seatLimit", byHand.reasonKey());

            byte[] file = ("email,name,organization,role\n" + prefix + "-b@matrix.example,Seat B," + world.organizationName(w.home())
                    + ",LEARNER\n").getBytes(StandardCharsets.UTF_8);
            ImportPlan plan = imports.dryRun(file, false);
            assertEquals(List.of("No seat left: the account has used all its seats."),
                    plan.rows().get(0).messages(Locale.ENGLISH));
            String fingerprint = world.fingerprint();
            ImportProgress progress = awaitImport(imports.start(file, false, 0));
            assertEquals(0, progress.created());
            assertEquals(1, progress.failed());
            assertEquals(fingerprint, world.fingerprint(), "the import created nobody");

            allowSelfRegistration(true);
            try {
                Refusal registering = assertThrows(Refusal.class, () -> registration.register(prefix + "-c@matrix.example",
                        "Seat C", MatrixWorld.PASSWORD));
                assertEquals("rule.seatLimitSelfRegistration", registering.reasonKey());
            } finally {
                allowSelfRegistration(false);
            }
        } finally {
            signIn.user(w.emails().get(BuiltInRole.ACCOUNT_OWNER), DemoUsers.OWNER_PASSWORD);
            Membership now = membership.membership();
            membership.update(before.plan(), before.seatLimit(), before.billingContact(), now.version());
        }
    }

    @Test
    void authorizationCostPerCall() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        long target = world.user(w.homeSub(), BuiltInRole.LEARNER);
        int calls = 20_000;
        int rounds = 9;
        double[][] nanos = new double[3][rounds - 2];
        for (int round = 0; round < rounds; round++) {
            double unsecuredCall = perCall(calls, () -> unsecured.noop(target));
            double securedCall = perCall(calls, () -> secured.noop(target));
            double scopedCall = perCall(calls, () -> securedAndScoped.noop(target));
            if (round >= 2) {
                nanos[0][round - 2] = unsecuredCall;
                nanos[1][round - 2] = securedCall;
                nanos[2][round - 2] = scopedCall;
            }
        }
        double plain = median(nanos[0]);
        double roles = median(nanos[1]);
        double scoped = median(nanos[2]);
        BenchmarkReport.line(String.format(Locale.ROOT, "Authorization cost per EJB call (median of %d rounds of %d calls): unsecured %.2f µs,"
                + " @RolesAllowed %.2f µs (+%.2f), @RolesAllowed and scope check %.2f µs (+%.2f)",
                rounds - 2, calls, plain / 1000, roles / 1000, (roles - plain) / 1000, scoped / 1000, (scoped - plain) / 1000));
        assertEquals(target, securedAndScoped.noop(target));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double perCall(int calls, java.util.function.LongSupplier call) {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            sink += call.getAsLong();
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            LOG.fine("unlikely");
        }
        return (double) elapsed / calls;
    }

    @Test
    void anImportDryRunChangesNothingAndTheImportIsIdempotentByEmail() throws Exception {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        String home = world.organizationName(w.home());
        String prefix = world.uniqueName("imp").replace(' ', '-');
        long existing = world.user(w.homeSub(), BuiltInRole.LEARNER);
        String existingEmail = world.email(existing);
        String file = "email,name,organization,role\n"
                + prefix + "-a@matrix.example,Imported A," + home + ",LEARNER\n"
                + prefix + "-b@matrix.example,Imported B," + home + "/Matrix Home Sub,PUBLISHER\n"
                + "not-an-email,Broken," + home + ",LEARNER\n"
                + prefix + "-c@matrix.example,Too High," + home + ",ADMINISTRATOR\n"
                + prefix + "-d@matrix.example,Elsewhere,Matrix Other,LEARNER\n"
                + prefix + "-a@matrix.example,Twice," + home + ",LEARNER\n"
                + existingEmail + ",Renamed By Import,,\n";
        byte[] bytes = file.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        String before = world.fingerprint();
        ImportPlan plan = imports.dryRun(bytes, false);
        assertEquals(before, world.fingerprint(), "a dry run changes nothing");
        assertEquals(2, plan.count(ImportAction.CREATE));
        assertEquals(1, plan.count(ImportAction.UPDATE));
        assertEquals(4, plan.count(ImportAction.ERROR));
        List<String> reasons = plan.rows().stream().filter(r -> r.action() == ImportAction.ERROR)
                .map(r -> String.join(" ", r.messages(Locale.ENGLISH))).toList();
        assertEquals(List.of("Not a valid email address.",
                "Organization Administrators cannot grant Administrator: it holds privileges they do not hold"
                        + " (Export reports, Manage roles, View audit log, Whole account, Change account settings).",
                "No organization \"Matrix Other\" in your organization.",
                "The same email address is on line 2 already."), reasons);

        ImportProgress progress = awaitImport(imports.start(bytes, false, 0));
        assertEquals(2, progress.created());
        assertEquals(1, progress.updated());
        assertEquals(4, progress.failed());
        assertEquals(2, progress.links().size(), "new people get set-password links");
        assertEquals("Renamed By Import", users.get(existing).name());

        ImportPlan again = imports.dryRun(bytes, false);
        assertEquals(0, again.count(ImportAction.CREATE), "importing the same file again creates nobody");
        assertEquals(3, again.count(ImportAction.UNCHANGED));
    }

    @Test
    void anImportDeactivatesOnlyWhenAskedAndConfirmedWithTheCount() throws Exception {
        MatrixWorld.World w = world.build();
        long branch = world.organization(w.homeSub());
        long stays = world.user(branch, BuiltInRole.LEARNER);
        long leaves = world.user(branch, BuiltInRole.LEARNER);
        // An Organization Administrator of just that branch, so "missing from the file" is a small set.
        long manager = world.user(branch, BuiltInRole.ORGANIZATION_ADMINISTRATOR);
        world.password(manager, MatrixWorld.PASSWORD);
        signIn.user(world.email(manager), MatrixWorld.PASSWORD);
        byte[] file = ("email\n" + world.email(stays) + "\n" + world.email(manager) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(0, imports.dryRun(file, false).deactivations());
        ImportPlan plan = imports.dryRun(file, true);
        assertEquals(1, plan.deactivations());
        InvalidInput unconfirmed = assertThrows(InvalidInput.class, () -> imports.start(file, true, 0));
        assertTrue(unconfirmed.fieldReasons().containsKey("confirmedDeactivations"));
        assertTrue(users.get(leaves).status() == org.lms.domain.users.UserStatus.ACTIVE);

        ImportProgress done = awaitImport(imports.start(file, true, 1));
        assertEquals(1, done.deactivated());
        assertEquals(org.lms.domain.users.UserStatus.DEACTIVATED, users.get(leaves).status());
        assertEquals(org.lms.domain.users.UserStatus.ACTIVE, users.get(stays).status());
    }

    private ImportProgress awaitImport(String job) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        ImportProgress progress = imports.progress(job);
        while (!progress.finished() && System.nanoTime() < deadline) {
            Thread.sleep(100);  // polling the job, as the page does; the import runs in the background
            progress = imports.progress(job);
        }
        assertTrue(progress.finished(), "the import finished within a minute");
        assertEquals(null, progress.failure());
        return progress;
    }

    @Test
    void aProfileFieldTheEditorMayOnlyReadIsRefusedAndAHiddenOneIsLeftOutEverywhere() {
        MatrixWorld.World w = world.build();
        long person = world.user(w.home(), BuiltInRole.LEARNER);
        long organizationAdministrators = world.roleId(BuiltInRole.ORGANIZATION_ADMINISTRATOR);
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        UserDetails loaded = users.get(person);
        users.edit(person, loaded.version(), null, null, null, null,
                Map.of("EMPLOYEE_ID", "E-1001", "HIRE_DATE", "2024-02-29", "JOB_TITLE", "Engineer"));
        profileFields.setRules(List.of(new RuleChange("EMPLOYEE_ID", organizationAdministrators, FieldAccess.READ_ONLY),
                new RuleChange("HIRE_DATE", organizationAdministrators, FieldAccess.HIDDEN)));
        try {
            assertEquals("2024-02-29", users.get(person).profile().value("HIRE_DATE"), "the Administrator still sees it");

            signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
            UserDetails seen = users.get(person);
            ProfileEntry employeeId = seen.profile().entry("EMPLOYEE_ID").orElseThrow();
            assertEquals(FieldAccess.READ_ONLY, employeeId.access());
            assertEquals("E-1001", employeeId.value());
            assertTrue(seen.profile().entry("HIRE_DATE").isEmpty(), "a hidden field is not in the view at all");
            assertEquals(FieldAccess.EDITABLE, seen.profile().entry("JOB_TITLE").orElseThrow().access());
            assertFalse(directory.columns().contains(UserColumn.HIRE_DATE), "nor in the list's columns and exports");
            assertTrue(directory.columns().contains(UserColumn.EMPLOYEE_ID));
            UserRow row = directory.page(UserQuery.all().withText(world.email(person)), 0, 5).get(0);
            assertEquals(null, row.hireDate(), "nor in the list's rows");
            assertEquals("E-1001", row.employeeId());

            long refusedBefore = world.auditEvents(AuditOutcome.REFUSED);
            Refusal readOnly = assertThrows(Refusal.class, () -> users.edit(person, seen.version(), "Renamed Person", null, null,
                    null, Map.of("JOB_TITLE", "Manager", "EMPLOYEE_ID", "E-2002")));
            assertEquals("rule.profileFieldNotEditable", readOnly.reasonKey());
            assertTrue(readOnly.getMessage().contains("Employee ID"), readOnly.getMessage());
            assertEquals(refusedBefore + 1, world.auditEvents(AuditOutcome.REFUSED), "the refusal is audited");
            Refusal hidden = assertThrows(Refusal.class, () -> users.save(person, seen.version(), w.home(),
                    new UserEdit(seen.name(), seen.email(), seen.roleId(), seen.status(), Map.of("HIRE_DATE", "2020-01-01"))));
            assertEquals("rule.profileFieldNotEditable", hidden.reasonKey());

            UserDetails after = world.details(person);
            assertEquals(seen.name(), after.name(), "nothing of the refused change happened");
            assertEquals(seen.version(), after.version());
            assertEquals("E-1001", em.find(org.lms.domain.users.User.class, person).getEmployeeId());
            assertEquals("Engineer", em.find(org.lms.domain.users.User.class, person).getJobTitle());
            assertEquals(java.time.LocalDate.of(2024, 2, 29), em.find(org.lms.domain.users.User.class, person).getHireDate());

            users.edit(person, seen.version(), null, null, null, null, Map.of("JOB_TITLE", "Manager"));
            assertEquals("Manager", users.get(person).profile().value("JOB_TITLE"), "an editable field changes");
        } finally {
            signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
            profileFields.setRules(List.of(new RuleChange("EMPLOYEE_ID", organizationAdministrators, FieldAccess.EDITABLE),
                    new RuleChange("HIRE_DATE", organizationAdministrators, FieldAccess.EDITABLE)));
        }
    }

    @Test
    void nameAndEmailCanBeReadOnlyButNeverHidden() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        long learners = world.roleId(BuiltInRole.LEARNER);
        InvalidInput hidden = assertThrows(InvalidInput.class,
                () -> profileFields.setRules(List.of(new RuleChange("EMAIL", learners, FieldAccess.HIDDEN))));
        assertEquals("input.identifyingFieldNeverHidden", hidden.fieldReasons().get("EMAIL").key());
        assertEquals(FieldAccess.EDITABLE, profileFields.matrix().access("EMAIL", learners), "nothing was stored");
    }

    @Test
    void ownSettingsFollowTheOwnRolesRules() {
        MatrixWorld.World w = world.build();
        signIn.user(w.emails().get(BuiltInRole.LEARNER), MatrixWorld.PASSWORD);
        Profile mine = mySettings.profile();
        assertTrue(mine.entry("HIRE_DATE").isEmpty(), "learners do not see hire dates, their own neither");
        assertEquals(FieldAccess.READ_ONLY, mine.entry("PHONE").orElseThrow().access());
        assertEquals(FieldAccess.EDITABLE, mine.nameAccess());
        Refusal refusal = assertThrows(Refusal.class,
                () -> mySettings.update(new MyChanges(null, null, null, null, null, Map.of("PHONE", "+49 30 1234567"))));
        assertEquals("rule.profileFieldNotEditable", refusal.reasonKey());
        assertEquals(null, em.find(org.lms.domain.users.User.class, w.actors().get(BuiltInRole.LEARNER)).getPhone());
    }

    @Test
    void customFieldValuesAreCheckedByTheirType() {
        MatrixWorld.World w = world.build();
        long person = world.user(w.home(), BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        String dateKey = world.customFieldKey();
        String choiceKey = world.customFieldKey();
        long date = profileFields.define(dateKey, "Certified on", CustomFieldType.DATE, List.of());
        long choice = profileFields.define(choiceKey, "Shirt size", CustomFieldType.CHOICE, List.of("S", "M", "L"));
        try {
            long version = users.get(person).version();
            InvalidInput badDate = assertThrows(InvalidInput.class, () -> users.edit(person, version, null, null, null, null,
                    Map.of(dateKey, "31.12.2025")));
            assertEquals("input.dateInvalid", badDate.fieldReasons().get(dateKey).key());
            InvalidInput badChoice = assertThrows(InvalidInput.class, () -> users.edit(person, version, null, null, null, null,
                    Map.of(choiceKey, "XL")));
            assertEquals("input.choiceUnknown", badChoice.fieldReasons().get(choiceKey).key());
            assertTrue(badChoice.messages(Locale.ENGLISH).get(choiceKey).contains("S, M, L"), badChoice.messages(Locale.ENGLISH).toString());
            InvalidInput tooLong = assertThrows(InvalidInput.class, () -> users.edit(person, version, null, null, null, null,
                    Map.of("JOB_TITLE", "x".repeat(151))));
            assertEquals("input.tooLong", tooLong.fieldReasons().get("JOB_TITLE").key());
            InvalidInput unknown = assertThrows(InvalidInput.class, () -> users.edit(person, version, null, null, null, null,
                    Map.of("no_such_field", "x")));
            assertEquals("input.unknownProfileField", unknown.fieldReasons().get("no_such_field").key());
            assertEquals(null, users.get(person).profile().value(dateKey), "nothing was stored");

            users.edit(person, version, null, null, null, null, Map.of(dateKey, " 2025-12-31 ", choiceKey, "M"));
            Profile saved = users.get(person).profile();
            assertEquals("2025-12-31", saved.value(dateKey));
            assertEquals("M", saved.value(choiceKey));
            assertEquals(List.of("S", "M", "L"), saved.entry(choiceKey).orElseThrow().choices());
            UserQuery byEmail = UserQuery.all().withText(world.email(person));
            assertTrue(directory.customColumns().stream().anyMatch(c -> c.key().equals(dateKey) && c.label().equals("Certified on")));
            assertEquals(Map.of(dateKey, "2025-12-31", choiceKey, "M"), directory.page(byEmail, 0, 5).get(0).custom());

            profileFields.setRules(List.of(new RuleChange(dateKey, world.roleId(BuiltInRole.ORGANIZATION_ADMINISTRATOR),
                    FieldAccess.HIDDEN)));
            signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
            assertFalse(directory.customColumns().stream().anyMatch(c -> c.key().equals(dateKey)), "a hidden custom column is not offered");
            assertEquals(Map.of(choiceKey, "M"), directory.page(byEmail, 0, 5).get(0).custom(), "nor its values");
            assertTrue(users.get(person).profile().entry(dateKey).isEmpty());
            signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);

            users.edit(person, users.get(person).version(), null, null, null, null, Map.of(choiceKey, ""));
            assertEquals(null, users.get(person).profile().value(choiceKey), "an empty value empties the field");
        } finally {
            profileFields.delete(date);
            profileFields.delete(choice);
        }
        assertTrue(users.get(person).profile().entry(dateKey).isEmpty(), "a deleted field is gone from every profile");
    }

    @Test
    void aManagerIsAPersonOfTheEditorsScopeAndOneOutsideTheViewersScopeIsNotNamed() {
        MatrixWorld.World w = world.build();
        long person = world.user(w.home(), BuiltInRole.LEARNER);
        long outsider = world.user(w.other(), BuiltInRole.LEARNER);
        long colleague = world.user(w.homeSub(), BuiltInRole.LEARNER);
        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        long version = users.get(person).version();
        assertThrows(NotFound.class, () -> users.edit(person, version, null, null, null, null,
                Map.of("MANAGER", Long.toString(outsider))), "nobody names a manager outside their scope");
        InvalidInput self = assertThrows(InvalidInput.class, () -> users.edit(person, version, null, null, null, null,
                Map.of("MANAGER", Long.toString(person))));
        assertEquals("input.managerIsSelf", self.fieldReasons().get("MANAGER").key());
        users.edit(person, version, null, null, null, null, Map.of("MANAGER", Long.toString(colleague)));
        assertEquals(Long.toString(colleague), users.get(person).profile().value("MANAGER"));
        InvalidInput cycle = assertThrows(InvalidInput.class, () -> users.edit(colleague, users.get(colleague).version(), null,
                null, null, null, Map.of("MANAGER", Long.toString(person))));
        assertEquals("input.managerCycle", cycle.fieldReasons().get("MANAGER").key(), "nobody manages their own manager");

        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        users.edit(person, users.get(person).version(), null, null, null, null, Map.of("MANAGER", Long.toString(outsider)));
        assertEquals(Long.toString(outsider), users.get(person).profile().value("MANAGER"));
        assertEquals("Matrix Person", directory.page(UserQuery.all().withText(world.email(person)), 0, 5).get(0).managerName());

        signIn.user(w.emails().get(BuiltInRole.ORGANIZATION_ADMINISTRATOR), MatrixWorld.PASSWORD);
        assertEquals(null, users.get(person).profile().value("MANAGER"), "a manager outside the scope reads as empty");
        assertEquals(null, directory.page(UserQuery.all().withText(world.email(person)), 0, 5).get(0).managerName());
    }

    @Test
    void deletingARoleRemovesItsProfileFieldRules() {
        MatrixWorld.World w = world.build();
        long role = world.customRole(EnumSet.of(Privilege.VIEW_REPORTS));
        signIn.user(w.emails().get(BuiltInRole.ADMINISTRATOR), MatrixWorld.PASSWORD);
        profileFields.setRules(List.of(new RuleChange("DEPARTMENT", role, FieldAccess.HIDDEN)));
        assertEquals(FieldAccess.HIDDEN, profileFields.matrix().access("DEPARTMENT", role));
        assertTrue(profileFields.matrix().isRuled("DEPARTMENT", role));
        roles.delete(role, null);
        assertEquals(0L, em.createQuery("SELECT COUNT(r) FROM ProfileFieldRule r WHERE r.role.id = :role", Long.class)
                .setParameter("role", role).getSingleResult());
    }

    @Test
    void matrixAsLearner() throws IOException {
        matrix(BuiltInRole.LEARNER);
    }

    @Test
    void matrixAsReporter() throws IOException {
        matrix(BuiltInRole.REPORTER);
    }

    @Test
    void matrixAsInstructor() throws IOException {
        matrix(BuiltInRole.INSTRUCTOR);
    }

    @Test
    void matrixAsPublisher() throws IOException {
        matrix(BuiltInRole.PUBLISHER);
    }

    @Test
    void matrixAsOrganizationAdministrator() throws IOException {
        matrix(BuiltInRole.ORGANIZATION_ADMINISTRATOR);
    }

    @Test
    void matrixAsAdministrator() throws IOException {
        matrix(BuiltInRole.ADMINISTRATOR);
    }

    @Test
    void matrixAsAccountOwner() throws IOException {
        matrix(BuiltInRole.ACCOUNT_OWNER);
    }

    /** One role's column: every cell's answer, and that refused calls changed nothing and were audited. */
    private void matrix(BuiltInRole role) throws IOException {
        MatrixWorld.World w = world.build();
        String password = role == BuiltInRole.ACCOUNT_OWNER ? DemoUsers.OWNER_PASSWORD : MatrixWorld.PASSWORD;
        signIn.user(w.emails().get(role), password);
        List<PermissionMatrixFile.Row> rows;
        try (InputStream in = ContainerIT.class.getResourceAsStream("/permissions.csv")) {
            rows = PermissionMatrixFile.read(in);
        }
        PermissionMatrixRun run = new PermissionMatrixRun(world, operations);
        List<String> failures = run.run(role, new MatrixOperations.Actor(role, w.actors().get(role), password), w, rows);
        LOG.info(() -> role + ": " + run.cells() + " cells of the permission matrix, " + failures.size() + " wrong");
        assertTrue(failures.isEmpty(), failures.size() + " of " + run.cells() + " cells differ for " + role + ":\n"
                + String.join("\n", failures));
    }
}
