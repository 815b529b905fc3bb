package org.lms.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.lms.service.demo.LearningGenerator;
import org.lms.service.demo.SequenceIds;
import org.lms.service.reports.OrganizationSummary;
import org.lms.service.reports.ReportService;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.lms.it.support.PortalClient;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
                .addClasses(BenchmarkIT.class, BenchmarkReport.class, PortalClient.class, ResponseCapture.class, SignedInAs.class, DemoUsers.class, TestPaths.class,
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

    /**
     * Learning records on the people of the import: 2,000 courses and 1,000,000 enrollments spread
     * as a year of training looks (the data generator's size L), and a subtree of 10,000 people (ten
     * of the imported organizations moved below one new organization).
     */
    @Test
    @Order(3)
    void oneMillionEnrollments() throws Exception {
        MatrixWorld.World w = world.build();
        long start = System.nanoTime();
        long made;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long[] people = longs(connection, "SELECT ID FROM LMS_USER WHERE EMAIL LIKE 'bench.%' ORDER BY ID");
            assertEquals(PEOPLE, people.length, "the benchmark needs the imported people");
            List<Long> organizations = new ArrayList<>();
            for (long id : longs(connection, "SELECT DISTINCT ORGANIZATION_ID FROM LMS_USER WHERE EMAIL LIKE 'bench.%'")) {
                organizations.add(id);
            }
            made = new LearningGenerator(connection, new java.util.Random(20261123L), new SequenceIds(connection))
                    .generate(2_000, ENROLLMENTS, organizations, people);
            tenThousandPeopleBelowOneOrganization(connection, w.home(), w.homePath());
            connection.commit();
        }
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals(ENROLLMENTS, made);
        BenchmarkReport.line(String.format(Locale.ROOT, "Generated 2,000 courses and %,d enrollments for %,d people in %.1f s",
                made, PEOPLE, (System.nanoTime() - start) / 1e9));
    }

    /**
     * The organization summary of the whole account and of the 10,000-person subtree through the
     * service, beside the same figures as one hand-written SQL query, in the same run.
     */
    @Test
    @Order(4)
    void organizationSummaryAgainstOneHandWrittenQuery() throws Exception {
        signIn.user(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        long root;
        long tenThousand;
        try (Connection connection = dataSource.getConnection()) {
            root = longs(connection, "SELECT ID FROM ORGANIZATION WHERE PARENT_ID IS NULL")[0];
            tenThousand = longs(connection, "SELECT ID FROM ORGANIZATION WHERE NAME = '" + TEN_THOUSAND + "'")[0];
        }
        for (long organization : new long[] {root, tenThousand}) {
            String path = path(organization);
            OrganizationSummary summary = reports.organizationSummary(organization);
            long[] hand = handWrittenSummary(path);
            assertEquals(List.of(hand[0], hand[1], hand[2], hand[3]),
                    List.of(summary.people(), summary.enrollments(), summary.completed(), summary.overdue()),
                    "the service counts what the hand-written query counts");
            int rounds = 5;
            double service = 0;
            double handTime = 0;
            for (int round = 0; round < rounds + 2; round++) {
                long started = System.nanoTime();
                reports.organizationSummary(organization);
                long serviceTime = System.nanoTime() - started;
                started = System.nanoTime();
                handWrittenSummary(path);
                long sqlTime = System.nanoTime() - started;
                if (round >= 2) {
                    service += serviceTime;
                    handTime += sqlTime;
                }
            }
            BenchmarkReport.line(String.format(Locale.ROOT, "Organization summary of %s (%,d people, %,d enrollments; mean of %d):"
                    + " service %.0f ms, one hand-written SQL query %.0f ms, ratio %.2f",
                    organization == root ? "the whole account" : "a subtree", summary.people(), summary.enrollments(), rounds,
                    service / rounds / 1e6, handTime / rounds / 1e6, service / handTime));
        }
        // The drill-down below the whole account: a page of its organizations, each with its subtree's totals.
        OrganizationSummary whole = reports.organizationSummary(root);
        List<OrganizationSummary> children = reports.organizationChildren(root, 0, 20);
        assertTrue(!children.isEmpty() && children.stream().mapToLong(OrganizationSummary::people).sum() <= whole.people()
                && children.stream().mapToLong(OrganizationSummary::enrollments).sum() <= whole.enrollments(), "the children lie within the whole");
        int rounds = 5;
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            reports.organizationChildren(root, 0, 20);
        }
        BenchmarkReport.line(String.format(Locale.ROOT, "Organization summary drill-down, a page of %d organizations below the whole account"
                + " (mean of %d): %.0f ms", children.size(), rounds, (System.nanoTime() - started) / rounds / 1e6));
    }

    /**
     * The Reports page's export of its Enrollments tab for the whole account (1,000,000 rows) as
     * XLSX, downloaded over HTTP by a signed-in Administrator from the page's export address: the
     * code the page's background export runs too (the report read from one database cursor, POI's
     * streaming workbook). Time, file size, and the server's heap while it ran, both as the most in
     * use (garbage included) and as the most that stayed live after a collection of the old
     * generation.
     */
    @Test
    @Order(5)
    void xlsxOfOneMillionRows() throws Exception {
        PortalClient portal = new PortalClient(base.toString().replaceAll("/$", ""));
        assertEquals(302, portal.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD).statusCode(), "signed in");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                        + "/admin/reports/export?report=enrollments&format=xlsx"))
                .header("Cookie", portal.cookieHeader()).GET().build();
        HeapWatch heap = new HeapWatch();
        long bytes = 0;
        heap.start();
        long start = System.nanoTime();
        byte[] workbookStart = new byte[4];
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            try (InputStream body = response.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = body.read(buffer)) > 0;) {
                    if (bytes < workbookStart.length) {
                        System.arraycopy(buffer, 0, workbookStart, 0, Math.min(read, workbookStart.length));
                    }
                    bytes += read;
                }
            }
        } finally {
            heap.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows;
        try (Connection connection = dataSource.getConnection()) {
            rows = longs(connection, "SELECT COUNT(*) FROM ENROLLMENT")[0];
        }
        assertTrue(rows >= ENROLLMENTS, "the whole account's enrollments: " + rows);
        assertEquals("PK", new String(workbookStart, 0, 2, StandardCharsets.US_ASCII), "an XLSX file (a zip)");
        assertTrue(bytes > 20_000_000, "a workbook of a million rows: " + bytes);
        BenchmarkReport.line(String.format(Locale.ROOT, "XLSX export of the Enrollments report, whole account (%,d enrollments,"
                + " 11 columns) over HTTP: %.1f s (%,.0f rows/s), %,d bytes; server heap in use at most %,d MB (%,d MB before),"
                + " live after old-generation collections at most %,d MB, maximum heap %,d MB", rows, seconds, rows / seconds,
                bytes, heap.peak / (1024 * 1024), heap.before / (1024 * 1024), heap.livePeak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    }

    @ArquillianResource
    private URL base;

    private static final long ENROLLMENTS = 1_000_000;
    private static final String TEN_THOUSAND = "Benchmark ten thousand";

    @Inject
    private ReportService reports;

    @PersistenceContext
    private EntityManager em;

    /** The ten imported organizations right below home (about 1,000 people each) move below a new one. */
    private void tenThousandPeopleBelowOneOrganization(Connection connection, long home, String homePath) throws Exception {
        long id = new SequenceIds(connection).next("ORGANIZATION_SEQ");
        String path = homePath + id + "/";
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ORGANIZATION (ID, NAME, PARENT_ID, PATH, VERSION) VALUES (?, ?, ?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, TEN_THOUSAND);
            insert.setLong(3, home);
            insert.setString(4, path);
            insert.executeUpdate();
        }
        long[] moved = longs(connection, "SELECT DISTINCT o.ID FROM ORGANIZATION o JOIN LMS_USER u ON u.ORGANIZATION_ID = o.ID"
                + " WHERE o.PARENT_ID = " + home + " AND u.EMAIL LIKE 'bench.%'");
        for (long organization : moved) {
            String newPath = path + organization + "/";
            try (PreparedStatement org = connection.prepareStatement("UPDATE ORGANIZATION SET PARENT_ID = ?, PATH = ? WHERE ID = ?");
                 PreparedStatement people = connection.prepareStatement("UPDATE LMS_USER SET ORGANIZATION_PATH = ? WHERE ORGANIZATION_ID = ?")) {
                org.setLong(1, id);
                org.setString(2, newPath);
                org.setLong(3, organization);
                org.executeUpdate();
                people.setString(1, newPath);
                people.setLong(2, organization);
                people.executeUpdate();
            }
        }
    }

    /** People, enrollments, finished and overdue enrollments of a subtree, as one query. */
    private long[] handWrittenSummary(String path) throws Exception {
        try (Connection connection = dataSource.getConnection();
             // Derby takes no subquery beside aggregates: the people and the enrollments are two derived tables of one query.
             PreparedStatement query = connection.prepareStatement("SELECT p.N, a.E, a.F, a.O FROM"
                     + " (SELECT COUNT(*) AS N FROM LMS_USER WHERE ORGANIZATION_PATH LIKE ?) p,"
                     + " (SELECT COUNT(*) AS E, SUM(CASE WHEN e.STATUS IN ('COMPLETED', 'PASSED', 'FAILED') THEN 1 ELSE 0 END) AS F,"
                     + " SUM(CASE WHEN e.STATUS IN ('NOT_STARTED', 'IN_PROGRESS') AND e.DUE_ON < CURRENT_DATE THEN 1 ELSE 0 END) AS O"
                     + " FROM ENROLLMENT e JOIN LMS_USER u ON u.ID = e.USER_ID WHERE u.ORGANIZATION_PATH LIKE ?) a")) {
            query.setString(1, path + "%");
            query.setString(2, path + "%");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            }
        }
    }

    private String path(long organization) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT PATH FROM ORGANIZATION WHERE ID = ?")) {
            query.setLong(1, organization);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long[] longs(Connection connection, String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** The bytes of the file, counted and dropped: the writer's cost, not the disk's. */
    private static final class CountingSink extends java.io.OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /**
     * The most heap in use while the work ran, sampled every 20 ms after a collection before it,
     * and the most the old generation held right after one of its collections (what stayed live).
     */
    private static final class HeapWatch {

        private volatile boolean running;
        private long before;
        private volatile long peak;
        private volatile long livePeak;
        private Thread sampler;

        void start() {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            before = runtime.totalMemory() - runtime.freeMemory();
            peak = before;
            running = true;
            sampler = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        MemoryUsage afterCollection = pool.getCollectionUsage();
                        if (pool.getType() == MemoryType.HEAP && afterCollection != null && isOldGeneration(pool.getName())) {
                            livePeak = Math.max(livePeak, afterCollection.getUsed());
                        }
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        private static boolean isOldGeneration(String pool) {
            return pool.contains("Old") || pool.contains("Tenured");
        }
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
