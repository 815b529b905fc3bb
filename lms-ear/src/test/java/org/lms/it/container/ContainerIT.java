package org.lms.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Role;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.PermissionMatrixFile;
import org.lms.it.support.TestPaths;
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
                        PermissionMatrixFile.Row.class, PermissionMatrixFile.Expected.class)
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
    private MatrixOperations operations;

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
