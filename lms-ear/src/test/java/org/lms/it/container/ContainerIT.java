package org.lms.it.container;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.domain.roles.BuiltInRole;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.PermissionMatrixFile;
import org.lms.it.support.TestPaths;

/**
 * Everything that runs inside the container, in one deployment (each one costs a Payara Micro
 * start): the permission matrix of docs/permissions.csv, cell by cell, against the real EJBs.
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
                .addAsResource(new File("../docs/permissions.csv"), "permissions.csv");
    }

    @Inject
    private SignedInAs signIn;

    @Inject
    private MatrixWorld world;

    @Inject
    private MatrixOperations operations;

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
