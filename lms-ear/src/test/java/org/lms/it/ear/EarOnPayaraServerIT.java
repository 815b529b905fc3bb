package org.lms.it.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.PortalClient;
import org.lms.it.support.TestPaths;

/**
 * The EAR the build produces, deployed unchanged on a full Payara Server 6 the way an operator
 * would: a fresh domain, Derby on the server's class path, the {@code jdbc/lms} resource from the
 * project's asadmin file (PostgreSQL's driver and pool with the profile postgresql), the settings
 * as server system properties, then {@code asadmin deploy}.
 */
class EarOnPayaraServerIT {

    private static final Logger LOG = Logger.getLogger(EarOnPayaraServerIT.class.getName());
    private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private static PayaraDomain domain;

    @BeforeAll
    static void deployTheEarOnAFreshDomain() {
        Path work = TestPaths.work("payara-server-" + Instant.now().toEpochMilli());
        Path data = work.resolve("data");
        domain = new PayaraDomain(TestPaths.payaraServerHome(), work, "lms");

        Instant begin = Instant.now();
        domain.create(CREATE_TIMEOUT);
        Instant created = Instant.now();
        domain.start(START_TIMEOUT);
        Instant started = Instant.now();

        // Payara ships no Derby (nor PostgreSQL's driver); the domain's lib folder is on the common class
        // path, so the pool finds them.
        List<String> addLibrary = new ArrayList<>(List.of("add-library"));
        addLibrary.addAll(jars(TestPaths.serverLibs()));
        domain.remote(COMMAND_TIMEOUT, addLibrary.toArray(String[]::new));
        // Server system properties take effect at once (no restart), and the pool's
        // ${lms.data.dir} is expanded from them when the pool opens its first connection.
        domain.remote(COMMAND_TIMEOUT, "create-system-properties", String.join(":",
                "lms.data.dir=" + data,
                "derby.system.home=" + data,
                "lms.demo=true",
                // Sign-in stays PBKDF2; fewer iterations keep test sign-ins quick.
                "lms.password.iterations=1000"));
        // The same two commands an operator (and Payara Micro) runs: one source for the data source.
        domain.remote(COMMAND_TIMEOUT, "multimode", "--file", TestPaths.postBootCommands().toString());
        // Fails here, with the server's reason, if the driver is missing or the database cannot be reached.
        domain.remote(COMMAND_TIMEOUT, "ping-connection-pool", poolOf(TestPaths.postBootCommands()));
        Instant configured = Instant.now();

        domain.remote(DEPLOY_TIMEOUT, "deploy", TestPaths.ear().toString());
        Instant deployed = Instant.now();

        LOG.info(() -> String.format("Payara Server on port %d: domain created in %.1f s, started in %.1f s, "
                + "configured in %.1f s, EAR deployed in %.1f s; %.1f s in all. Log: %s",
                domain.httpPort(), seconds(begin, created), seconds(created, started), seconds(started, configured),
                seconds(configured, deployed), seconds(begin, deployed), domain.serverLog()));
    }

    @AfterAll
    static void stopTheDomain() {
        // Runs even when set-up failed half-way: a started domain must not outlive the build.
        if (domain != null && domain.created()) {
            Instant begin = Instant.now();
            domain.stop(STOP_TIMEOUT);
            LOG.info(() -> String.format("Payara Server domain stopped in %.1f s", seconds(begin, Instant.now())));
        }
    }

    @Test
    void signInPageAnswers() {
        HttpResponse<String> page = client().get("/login.xhtml");
        assertEquals(200, page.statusCode(), () -> failure(page));
    }

    @Test
    void administratorSignsInAndSeesTheDashboard() {
        PortalClient admin = client();
        HttpResponse<String> signedIn = admin.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertEquals(302, signedIn.statusCode(), () -> failure(signedIn));

        HttpResponse<String> dashboard = admin.follow(signedIn);
        assertEquals(200, dashboard.statusCode(), () -> failure(dashboard));
        assertTrue(dashboard.uri().getPath().endsWith("/index.xhtml"), () -> failure(dashboard));
        assertTrue(dashboard.body().contains("Welcome, Adam Administrator"), () -> failure(dashboard));
        assertTrue(dashboard.body().contains("You are signed in as Administrator in Acme Corporation."), () -> failure(dashboard));
    }

    /** The role mapping of the EAR's glassfish-application.xml works on the server: the admin may list users. */
    @Test
    void administratorSeesTheUserList() {
        PortalClient admin = client();
        HttpResponse<String> signedIn = admin.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertEquals(302, signedIn.statusCode(), () -> failure(signedIn));

        HttpResponse<String> users = admin.get("/admin/users.xhtml");
        assertEquals(200, users.statusCode(), () -> failure(users));
        assertTrue(users.body().contains(DemoUsers.OWNER), () -> failure(users));
    }

    @Test
    void learnerCannotOpenTheUserList() {
        PortalClient learner = client();
        HttpResponse<String> signedIn = learner.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        assertEquals(302, signedIn.statusCode(), () -> failure(signedIn));

        HttpResponse<String> users = learner.get("/admin/users.xhtml");
        assertEquals(404, users.statusCode(), () -> failure(users));
    }

    private static PortalClient client() {
        return new PortalClient("http://localhost:" + domain.httpPort());
    }

    /** What the server answered, and what it logged, for an assertion message. */
    private static String failure(HttpResponse<String> response) {
        return response.request().method() + " " + response.uri() + " answered " + response.statusCode() + ":\n"
                + response.body() + "\n" + domain.serverLogTail();
    }

    /** The jars of a folder, in name order. */
    private static List<String> jars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::toString).filter(name -> name.endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pool that the asadmin file gives jdbc/lms, to ping it. */
    private static String poolOf(Path commands) {
        try {
            Matcher pool = Pattern.compile("--connectionpoolid[= ](\\S+)").matcher(Files.readString(commands));
            assertTrue(pool.find(), "a jdbc resource with its pool in " + commands);
            return pool.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
