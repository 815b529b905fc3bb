package org.lms.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application on Payara Micro with the demo data, started once for all HTTP and browser tests
 * of a test run (each Micro start costs about twenty seconds) and stopped when the run ends.
 * Tests that use it say {@code @ExtendWith(RunningApplication.class)} and read {@link #url}.
 */
public final class RunningApplication implements BeforeAllCallback {

    private static final Logger LOG = Logger.getLogger(RunningApplication.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private static volatile Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningApplication.class) {
            if (server == null) {
                Server started = Server.start();
                // The root store closes its values when the whole test run ends.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningApplication.class.getName(), started);
                server = started;
            }
        }
    }

    /** An absolute URL of the running application, e.g. {@code url("/login.xhtml")}. */
    public static String url(String path) {
        return "http://localhost:" + server().httpPort + path;
    }

    /** The same page over HTTPS (Micro's self-signed certificate). */
    public static String secureUrl(String path) {
        return "https://localhost:" + server().httpsPort + path;
    }

    /**
     * The processor time the server's process has used since it started (all its threads: requests,
     * garbage collection, compilation), when the platform reports it.
     */
    public static Optional<Duration> serverCpuTime() {
        return server().process.info().totalCpuDuration();
    }

    private static Server server() {
        if (server == null) {
            throw new IllegalStateException("annotate the test with @ExtendWith(RunningApplication.class)");
        }
        return server;
    }

    private static final class Server implements ExtensionContext.Store.CloseableResource {

        private final Process process;
        private final int httpPort;
        private final int httpsPort;

        private Server(Process process, int httpPort, int httpsPort) {
            this.process = process;
            this.httpPort = httpPort;
            this.httpsPort = httpsPort;
        }

        static Server start() {
            int httpPort = FreePorts.next();
            int httpsPort = FreePorts.next();
            Path work = TestPaths.work("running-application-" + Instant.now().toEpochMilli());
            Path log = work.resolve("server.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m",
                    "-Dlms.data.dir=" + work.resolve("data"),
                    "-Dderby.system.home=" + work.resolve("data"),
                    "-Dlms.demo=true",
                    // Sign-in stays PBKDF2; fewer iterations keep the many test sign-ins quick.
                    "-Dlms.password.iterations=1000"));
            // Extra JVM options for a profiling run, e.g. -Dlms.test.serverJvmOptions=-XX:StartFlightRecording=...
            String extra = System.getProperty("lms.test.serverJvmOptions", "").strip();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            command.addAll(List.of(
                    "-jar", TestPaths.microJar().toString(),
                    "--nocluster",
                    "--port", Integer.toString(httpPort),
                    "--sslport", Integer.toString(httpsPort),
                    "--contextroot", "/",
                    "--addLibs", TestPaths.serverLibs().toString(),
                    "--postbootcommandfile", TestPaths.postBootCommands().toString(),
                    "--deploy", TestPaths.applicationWar().toString(),
                    // The throughput benchmarks' yardstick, in its own context root.
                    "--deploy", HelloWorldPage.war(work) + ":" + HelloWorldPage.CONTEXT_ROOT));
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                Server server = new Server(process, httpPort, httpsPort);
                server.awaitReady(log);
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("cannot start Payara Micro", e);
            }
        }

        private void awaitReady(Path log) {
            Instant started = Instant.now();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI signIn = URI.create("http://localhost:" + httpPort + "/login.xhtml");
            while (Duration.between(started, Instant.now()).compareTo(STARTUP_TIMEOUT) < 0) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped during start-up:\n" + tail(log));
                }
                try {
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(signIn).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        LOG.info(() -> "Application ready on port " + httpPort + " after "
                                + Duration.between(started, Instant.now()).toSeconds() + " s; log: " + log);
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(Duration.ofMillis(500));
            }
            close();
            throw new IllegalStateException("the application did not answer within " + STARTUP_TIMEOUT + ":\n" + tail(log));
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
