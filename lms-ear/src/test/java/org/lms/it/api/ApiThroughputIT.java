package org.lms.it.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.RunningApplication;
import org.lms.it.support.Throughput;

/**
 * Requests per second of {@code GET /api/v1/me} with a bearer token against the public
 * {@code GET /api/v1/health} (no token, no database) on the same server in the same run: what
 * authentication (a SHA-256 and an indexed lookup of the token), the EJB call and the JSON cost.
 * A benchmark: it prints its figures and asserts only that every answer was a 200.
 */
@ExtendWith(RunningApplication.class)
class ApiThroughputIT {

    private static final Logger LOG = Logger.getLogger(ApiThroughputIT.class.getName());

    @Test
    void meWithATokenAgainstTheHealthCheck() throws Exception {
        String token = Api.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD).token();
        HttpRequest health = request("/api/v1/health", null);
        HttpRequest me = request("/api/v1/me", token);

        double healthRate = Throughput.measure(health);
        double meRate = Throughput.measure(me);

        String result = String.format(Locale.ROOT, "Throughput with %d clients over %d s: GET /api/v1/health %.0f requests/s,"
                + " GET /api/v1/me with a token %.0f requests/s = %.0f%% of the health check", Throughput.CLIENTS, Throughput.MEASURE.toSeconds(),
                healthRate, meRate, 100 * meRate / healthRate);
        LOG.info(result);
        System.out.println(result);
    }

    private static HttpRequest request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(RunningApplication.url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }
}
