package org.lms.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.domain.roles.BuiltInRole;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.TestPaths;
import org.lms.service.imports.ImportAction;
import org.lms.service.imports.ImportPlan;
import org.lms.service.imports.ImportProgress;
import org.lms.service.imports.UserImport;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.service.users.UserRow;

/**
 * Benchmarks on real sizes; they print figures and assert only that the work was done. Not part
 * of the normal test run (they take minutes): {@code mvn verify -pl lms-ear -Dit.test=BenchmarkIT
 * -Dlms.benchmark=true}. The condition is checked in the client and again in the container, which gets the
 * property through arquillian.xml.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "lms.benchmark", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkIT {

    private static final int PEOPLE = 100_000;

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, TestPaths.applicationWar().toFile())
                .addClasses(BenchmarkIT.class, BenchmarkReport.class, ResponseCapture.class, SignedInAs.class, DemoUsers.class, TestPaths.class,
                        MatrixWorld.class, MatrixWorld.World.class)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-public.jar")
                        .addAsManifestResource("arquillian-runner/web-fragment.xml", "web-fragment.xml"));
    }

    @Inject
    private SignedInAs signIn;

    @Inject
    private MatrixWorld world;

    @Inject
    private UserImport imports;

    @Inject
    private UserDirectory directory;

    @Resource(lookup = "jdbc/lms")
    private DataSource dataSource;

    /** 100,000 new people in 100 organizations: the dry run and the import, timed. */
    @Test
    @Order(1)
    void importOf100000People() throws Exception {
        MatrixWorld.World w = world.build();
        List<String> organizations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            organizations.add(world.organizationName(world.organization(i % 10 == 0 ? w.home() : w.homeSub())));
        }
        StringBuilder csv = new StringBuilder("email,name,organization,role\n");
        for (int i = 0; i < PEOPLE; i++) {
            csv.append("bench.").append(i).append("@generated.example,Bench Person ").append(i).append(',')
                    .append(organizations.get(i % organizations.size())).append(i % 20 == 0 ? ",INSTRUCTOR\n" : ",LEARNER\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        signIn.user(DemoUsers.ADMIN, DemoUsers.PASSWORD);

        long start = System.nanoTime();
        ImportPlan plan = imports.dryRun(file, false);
        long dryRun = System.nanoTime() - start;
        assertEquals(PEOPLE, plan.count(ImportAction.CREATE));

        start = System.nanoTime();
        String job = imports.start(file, false, 0);
        ImportProgress progress = imports.progress(job);
        while (!progress.finished()) {
            Thread.sleep(200);  // the import runs in the background; its progress is the only signal
            progress = imports.progress(job);
        }
        long imported = System.nanoTime() - start;
        assertEquals(PEOPLE, progress.created(), String.valueOf(progress.failure()));
        BenchmarkReport.line(String.format(Locale.ROOT, "Import of %,d people (%,d bytes): dry run %.1f s, import %.1f s (%.0f people/s)",
                PEOPLE, file.length, dryRun / 1e9, imported / 1e9, PEOPLE / (imported / 1e9)));
    }

    /** A page of 50 people of a subtree sorted by name, through the service and as one raw SQL query. */
    @Test
    @Order(2)
    void userListPageAgainstRawJdbc() throws Exception {
        MatrixWorld.World w = world.build();
        signIn.user(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        UserQuery query = new UserQuery(null, null, w.homeSub(), null, null, UserQuery.SortField.NAME, false);
        String path;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT PATH FROM ORGANIZATION WHERE ID = ?")) {
            statement.setLong(1, w.homeSub());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                path = rs.getString(1);
            }
        }
        long total = directory.count(query);
        assertTrue(total > 50_000, "the benchmark needs the imported people: " + total);
        double service = 0;
        double raw = 0;
        int rounds = 20;
        for (int round = 0; round < rounds + 5; round++) {
            int first = (round % 10) * 50;
            long start = System.nanoTime();
            List<UserRow> page = directory.page(query, first, 50);
            directory.count(query);
            long serviceTime = System.nanoTime() - start;
            start = System.nanoTime();
            int rows = rawPage(path, first);
            long rawTime = System.nanoTime() - start;
            assertEquals(50, page.size());
            assertEquals(50, rows);
            if (round >= 5) {
                service += serviceTime;
                raw += rawTime;
            }
        }
        BenchmarkReport.line(String.format(Locale.ROOT, "User list, a page of 50 of %,d people in a subtree by name (mean of %d):"
                + " service (page and count) %.1f ms, raw JDBC (page and count) %.1f ms, ratio %.2f",
                total, rounds, service / rounds / 1e6, raw / rounds / 1e6, service / raw));
    }

    private int rawPage(String path, int first) throws Exception {
        int rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement page = connection.prepareStatement("SELECT u.ID, u.NAME, u.EMAIL, o.NAME, r.BUILT_IN_KEY, r.NAME,"
                    + " u.STATUS, u.LAST_SIGN_IN_AT FROM LMS_USER u JOIN ORGANIZATION o ON o.ID = u.ORGANIZATION_ID"
                    + " JOIN LMS_ROLE r ON r.ID = u.ROLE_ID WHERE u.ORGANIZATION_PATH LIKE ? ORDER BY u.NAME, u.ID"
                    + " OFFSET ? ROWS FETCH NEXT 50 ROWS ONLY")) {
                page.setString(1, path + "%");
                page.setInt(2, first);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM LMS_USER u WHERE u.ORGANIZATION_PATH LIKE ?")) {
                count.setString(1, path + "%");
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                }
            }
        }
        return rows;
    }
}
