package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.RunningApplication;

/**
 * Requests per second of {@code GET /api/v1/me} with a bearer token against the public
 * {@code GET /api/v1/health} (no token, no database) on the same server in the same run: what
 * authentication (a SHA-256 and an indexed lookup of the token), the EJB call and the JSON cost.
 * A benchmark: it prints its figures and asserts only that every answer was a 200.
 */
@ExtendWith(RunningApplication.class)
class ApiThroughputIT {

    private static final Logger LOG = Logger.getLogger(ApiThroughputIT.class.getName());
    private static final int CLIENTS = 4;
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("lms.bench.warmUpSeconds", 3));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("lms.bench.seconds", 10));

    @Test
    void meWithATokenAgainstTheHealthCheck() throws Exception {
        String token = Api.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD).token();
        HttpRequest health = request("/api/v1/health", null);
        HttpRequest me = request("/api/v1/me", token);

        run(health, WARM_UP);
        run(me, WARM_UP);
        double healthRate = run(health, MEASURE);
        double meRate = run(me, MEASURE);

        String result = String.format(Locale.ROOT, "Throughput with %d clients over %d s: GET /api/v1/health %.0f requests/s,"
                + " GET /api/v1/me with a token %.0f requests/s = %.0f%% of the health check", CLIENTS, MEASURE.toSeconds(),
                healthRate, meRate, 100 * meRate / healthRate);
        LOG.info(result);
        System.out.println(result);
    }

    /** Requests per second that {@link #CLIENTS} clients get, each sending its next request when the last is answered. */
    private static double run(HttpRequest request, Duration duration) throws Exception {
        AtomicLong answered = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                running.add(clients.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    while (System.nanoTime() < end) {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 200) {
                            answered.incrementAndGet();
                        } else {
                            wrong.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(0, wrong.get(), request.uri() + " answered other than 200");
        return answered.get() / (double) duration.toSeconds();
    }

    private static HttpRequest request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(RunningApplication.url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }
}
